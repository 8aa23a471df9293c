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
  };
}

export const REPO_ROOT = repoRoot;
