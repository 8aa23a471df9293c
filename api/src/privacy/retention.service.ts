import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import { SerialPass } from '../core/serial-pass.js';
import type { AppConfig } from '../core/config.js';
import { MailService } from '../mail/mail.service.js';
import { ErasureRepository } from './erasure.repository.js';
import { ErasureService } from './erasure.service.js';
import { retentionNotice } from './retention-notice.js';
import { RetentionRepository } from './retention.repository.js';
import { erasureDate, retentionCutoffs } from './retention.js';

const FIRST_PASS_DELAY_MS = 60_000;
const PASS_INTERVAL_MS = 3600_000;
const NOTICE_BATCH = 50;
const ERASURE_BATCH = 20;

export interface RetentionPassResult {
  noticesQueued: number;
  erased: number;
}

/**
 * Retention (issue 5): accounts without activity for RETENTION_MONTHS are erased, after an e-mail
 * notice RETENTION_NOTICE_DAYS before (once per period of inactivity; using the account again
 * cancels it). The pass runs hourly in every api instance unless RETENTION_JOB=off; instances
 * share the work through SKIP LOCKED. All times come from the Clock, so tests move it.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timers: NodeJS.Timeout[] = [];
  private readonly passes = new SerialPass(() => this.pass());

  constructor(
    private readonly repository: RetentionRepository,
    private readonly erasureRepository: ErasureRepository,
    private readonly erasure: ErasureService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.retention.job) return;
    const pass = () => void this.runPass().catch((error: unknown) => this.logger.error(String(error)));
    this.timers = [setTimeout(pass, FIRST_PASS_DELAY_MS), setInterval(pass, PASS_INTERVAL_MS)];
    for (const timer of this.timers) timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.passes.settled();
  }

  /** One pass: queues the notices due, then erases the accounts whose notice period is over. */
  runPass(): Promise<RetentionPassResult> {
    return this.passes.run();
  }

  private async pass(): Promise<RetentionPassResult> {
    const now = this.clock.now();
    const policy = this.config.retention;
    const cutoffs = retentionCutoffs(now, policy);
    const signInUrl = new URL('/connexion', this.config.publicUrl).href;
    const result: RetentionPassResult = { noticesQueued: 0, erased: 0 };

    for (;;) {
      const queued = await this.erasureRepository.transaction(async (trx) => {
        const candidates = await this.repository.claimNoticeCandidates(cutoffs, NOTICE_BATCH, trx);
        for (const person of candidates) {
          const notice = retentionNotice({
            to: person.email,
            displayName: person.displayName,
            locale: person.locale,
            erasureDate: erasureDate(person.lastActiveAt, now, policy),
            months: policy.months,
            signInUrl,
          });
          await this.mail.queue(notice, trx);
          await this.repository.upsertNotice(person.id, now, trx);
        }
        return candidates.length;
      });
      result.noticesQueued += queued;
      if (queued < NOTICE_BATCH) break;
    }

    for (;;) {
      const erased = await this.erasureRepository.transaction(async (trx) => {
        const ids = await this.repository.claimErasureCandidates(cutoffs, ERASURE_BATCH, trx);
        for (const id of ids) await this.erasure.eraseLocked(id, 'RETENTION', null, trx);
        return ids.length;
      });
      result.erased += erased;
      if (erased < ERASURE_BATCH) break;
    }

    if (result.noticesQueued || result.erased) this.logger.log(`${result.noticesQueued} notices queued, ${result.erased} accounts erased`);
    return result;
  }
}
