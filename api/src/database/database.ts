import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
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

const PREPARED_MARK = '/* prepared */';
/** Bounds the texts a connection keeps: a statement marked by mistake with a changing text stops being prepared. */
const MAX_PREPARED_TEXTS = 100;
const preparedNames = new Map<string, string>();

/**
 * Marks a statement run on (nearly) every request: `.modifyEnd(PREPARED)` on a query, or `${PREPARED}`
 * ending a sql template. On PostgreSQL a statement ending with the mark becomes a named prepared
 * statement, parsed and planned once per connection instead of on every call (the session lookup took
 * the server 150 µs unprepared, 25 µs prepared: BENCH.md S1). Only for statements whose text never
 * changes with their arguments (no `in` lists), since each connection keeps every text it prepared
 * until it closes. PGlite reads the mark as the comment it is.
 */
export const PREPARED = sql.raw(PREPARED_MARK);

function preparedName(text: string): string | undefined {
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < MAX_PREPARED_TEXTS) {
    name = `prepared_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    preparedNames.set(text, name);
  }
  return name;
}

/** A pg client that runs the statements marked PREPARED as named prepared statements (pg prepares each once per connection). */
class PreparingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // A connection lost while checked out of the pool (the server restarted in the middle of a
    // transaction) fails its queries, and the pool drops it; without a listener, pg would also end the process.
    this.on('error', (error) => console.warn(`[database] connection lost while in use: ${error.message}`));
  }

  override query(config: any, values?: any, callback?: any): any {
    const name = typeof config === 'string' && config.endsWith(PREPARED_MARK) ? preparedName(config) : undefined;
    return super.query(name ? { name, text: config } : config, values, callback);
  }
}

/**
 * The single place that chooses a real PostgreSQL server or the embedded PGlite.
 * Everything above this function sees the same Kysely<DB>.
 */
export function createDatabase(target: DatabaseTarget): Database {
  if (target.url) {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      Client: PreparingClient,
    });
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
