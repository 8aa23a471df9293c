import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the repository root is, whether we run from src/ (tests) or dist/ (built). */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AppConfig {
  /** PostgreSQL server; when absent the api runs on PGlite persisted under dataDir (embedded mode). */
  databaseUrl: string | undefined;
  dataDir: string;
  contentDir: string;
  port: number;
  production: boolean;
  /** Origins allowed to send mutations from a browser (the web's public address). */
  allowedOrigins: string[];
  cookieSecure: boolean;
  /** Demo accounts are created only in embedded mode, never on a real PostgreSQL server. */
  demo: boolean;
  importContentOnStart: boolean;
  /** Highest CRCN level open for scoring (Pix opens levels progressively; default 6). */
  maxOpenLevel: number;
  /** Lets an end-to-end test move the api's clock (PUT /__test__/clock); never in production. */
  testClock: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  const publicUrl = env.PUBLIC_URL ?? 'http://localhost:3000';
  return {
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data')),
    contentDir: path.resolve(env.CONTENT_DIR ?? path.join(repoRoot, 'content')),
    port: Number(env.API_PORT ?? 4000),
    production: env.NODE_ENV === 'production',
    allowedOrigins: [new URL(publicUrl).origin, ...(env.EXTRA_ORIGINS ?? '').split(',').filter(Boolean)],
    cookieSecure: publicUrl.startsWith('https:'),
    demo: !databaseUrl && env.DEMO !== 'false',
    importContentOnStart: env.IMPORT_CONTENT !== 'false',
    maxOpenLevel: levelSetting(env.MAX_OPEN_LEVEL),
    testClock: env.TEST_CLOCK === 'on' && env.NODE_ENV !== 'production',
  };
}

function levelSetting(value: string | undefined): number {
  if (value === undefined || value === '') return 6;
  const level = Number(value);
  if (!Number.isInteger(level) || level < 1 || level > 8) throw new Error(`MAX_OPEN_LEVEL must be an integer from 1 to 8, not ${value}`);
  return level;
}

export const REPO_ROOT = repoRoot;
