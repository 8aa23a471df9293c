import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds } from '../../test/test-database.js';
import { PREPARED } from './database.js';

describe.each(databaseKinds())('statements marked PREPARED on %s', (kind) => {
  it('answer as unmarked ones do, inside a transaction or not, and are prepared once per connection on PostgreSQL', async () => {
    const database = await createTestDatabase(kind, { migrate: false });
    try {
      const lookup = (n: number) => sql<{ n: number; text: string }>`SELECT ${n}::int + 1 AS n, ${'a'}::text AS text ${PREPARED}`;

      const first = await lookup(1).execute(database.db);
      const second = await lookup(2).execute(database.db);
      const inTransaction = await database.db.transaction().execute(async (trx) => {
        const { rows } = await lookup(3).execute(trx);
        const prepared =
          kind === 'postgres'
            ? await sql<{
                n: number;
              }>`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%/* prepared */%'`.execute(trx)
            : { rows: [{ n: 1 }] };
        return { row: rows[0], prepared: prepared.rows[0]!.n };
      });

      expect(first.rows).toEqual([{ n: 2, text: 'a' }]);
      expect(second.rows).toEqual([{ n: 3, text: 'a' }]);
      expect(inTransaction).toEqual({ row: { n: 4, text: 'a' }, prepared: 1 });
    } finally {
      await database.drop();
    }
  });
});
