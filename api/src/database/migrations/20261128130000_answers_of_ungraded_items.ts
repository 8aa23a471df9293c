import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Flashcard ratings and poll answers are stored like answers, but count for no score (issue 3).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `ALTER TABLE answers ALTER COLUMN skill_id DROP NOT NULL`,
    `ALTER TABLE answers ADD COLUMN graded boolean NOT NULL DEFAULT true`,
    `CREATE INDEX answers_element_idx ON answers (element_id)`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `DROP INDEX answers_element_idx`,
    `ALTER TABLE answers DROP COLUMN graded`,
    `DELETE FROM answers WHERE skill_id IS NULL`,
    `ALTER TABLE answers ALTER COLUMN skill_id SET NOT NULL`,
  ]);
}
