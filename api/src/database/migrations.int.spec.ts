import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds } from '../../test/test-database.js';
import { migrateDown, migrateToLatest } from './database.js';

describe.each(databaseKinds())('migrations on %s', (kind) => {
  it('run up, down to nothing, and up again', async () => {
    const database = await createTestDatabase(kind, { migrate: false });
    try {
      await migrateToLatest(database.db);
      await migrateDown(database.db);
      const afterDown = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%'`.execute(
        database.db,
      );
      await migrateToLatest(database.db);
      const tables = await sql<{
        table_name: string;
      }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(database.db);

      expect(afterDown.rows[0]?.n).toBe(0);
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['answers', 'attempts', 'module_versions', 'sessions', 'users']),
      );
    } finally {
      await database.drop();
    }
  });
});
