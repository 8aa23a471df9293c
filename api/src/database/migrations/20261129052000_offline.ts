import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 9, learning offline: a module downloaded for offline play reserves an attempt of its own,
// named by the key the browser made for that download (a retried download finds the same attempt).
// Two devices that downloaded the same module so play two attempts, both kept, the best counting;
// the rule "one attempt in progress per learner and module" now holds for attempts played online.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `ALTER TABLE attempts ADD COLUMN download_key text`,
    `DROP INDEX attempts_one_in_progress_key`,
    `CREATE UNIQUE INDEX attempts_one_in_progress_key ON attempts (user_id, module_id) WHERE status = 'IN_PROGRESS' AND download_key IS NULL`,
    `CREATE UNIQUE INDEX attempts_download_key ON attempts (user_id, download_key) WHERE download_key IS NOT NULL`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `DROP INDEX attempts_download_key`,
    `DROP INDEX attempts_one_in_progress_key`,
    `UPDATE attempts SET status = 'COMPLETED', completed_at = now() WHERE status = 'IN_PROGRESS' AND download_key IS NOT NULL`,
    `CREATE UNIQUE INDEX attempts_one_in_progress_key ON attempts (user_id, module_id) WHERE status = 'IN_PROGRESS'`,
    `ALTER TABLE attempts DROP COLUMN download_key`,
  ]);
}
