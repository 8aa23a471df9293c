import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';

const KEY_FILE = 'pseudonym-secret';

/**
 * The server's key for learners' pseudonyms. PSEUDONYM_SECRET when set (required for several api
 * instances to agree); otherwise a random key written once under the data folder, so pseudonyms
 * stay the same across restarts and exports.
 */
@Injectable()
export class PseudonymKey {
  private readonly logger = new Logger(PseudonymKey.name);
  private key: Promise<Buffer> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get(): Promise<Buffer> {
    this.key ??= this.load().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async load(): Promise<Buffer> {
    if (this.config.pseudonymSecret) return Buffer.from(this.config.pseudonymSecret, 'utf8');
    const file = path.join(this.config.dataDir, KEY_FILE);
    try {
      return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'hex');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (this.config.databaseUrl) this.logger.warn('PSEUDONYM_SECRET is not set: pseudonyms use a key of this instance only.');
    await fs.mkdir(this.config.dataDir, { recursive: true });
    // Written aside then linked into place: when two instances race, the first key wins whole, and the other reads it.
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await fs.writeFile(draft, randomBytes(32).toString('hex'), { mode: 0o600 });
    try {
      await fs.link(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      await fs.rm(draft, { force: true });
    }
    return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'hex');
  }
}
