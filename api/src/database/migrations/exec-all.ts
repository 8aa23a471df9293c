import { sql, type Kysely } from 'kysely';

/** PGlite runs one statement per query (extended protocol), so a migration is a list of statements. */
export async function execAll(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
