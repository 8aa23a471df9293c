import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import type { DB } from './schema.js';
import { migrationProvider } from './migrations/index.js';

export type Database = Kysely<DB>;
export const DATABASE = Symbol('DATABASE');

export interface DatabaseTarget {
  /** A PostgreSQL server; without it, PGlite. */
  url?: string;
  /** PGlite folder; absent means in memory (tests). */
  pgliteDir?: string;
}

/**
 * The single place that chooses a real PostgreSQL server or the embedded PGlite.
 * Everything above this function sees the same Kysely<DB>.
 */
export function createDatabase(target: DatabaseTarget): Database {
  if (target.url) {
    const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection the server closes (a restart, a terminated backend) is dropped from the pool
    // and replaced on next use; without a listener its error would end the process.
    pool.on('error', (error) => console.warn(`[database] idle connection closed by the server: ${error.message}`));
    return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.pgliteDir) fs.mkdirSync(path.dirname(target.pgliteDir), { recursive: true });
  const pglite = new PGlite(target.pgliteDir);
  return new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
}

export async function migrateToLatest(db: Database): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  for (const result of results ?? []) {
    if (result.status === 'Error') console.error(`migration ${result.migrationName} failed`);
  }
  if (error) throw error;
}

export async function migrateDown(db: Database): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  let result;
  do {
    result = await migrator.migrateDown();
    if (result.error) throw result.error;
  } while (result.results && result.results.length > 0);
}
