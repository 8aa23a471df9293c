import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, createDatabase, migrateToLatest } from '../src/database/database.js';

export type DatabaseKind = 'postgres' | 'pglite';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI), so suites prove both. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.DATABASE_URL ? ['postgres', 'pglite'] : ['pglite'];
}

export interface TestDatabase {
  db: Database;
  kind: DatabaseKind;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named by
 * DATABASE_URL (dropped afterwards), or an in-memory PGlite. Never a mock.
 */
export async function createTestDatabase(kind: DatabaseKind, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = createDatabase({});
    if (options.migrate !== false) await migrateToLatest(db);
    return { db, kind, drop: () => db.destroy() };
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is needed for a PostgreSQL test database');
  const name = `test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDatabase({ url: url.toString() });
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    db,
    kind,
    drop: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
