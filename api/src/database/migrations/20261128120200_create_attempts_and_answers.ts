import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `CREATE TABLE attempts (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          user_id uuid NOT NULL CONSTRAINT attempts_user_fk REFERENCES users (id) ON DELETE CASCADE,
          module_id uuid NOT NULL CONSTRAINT attempts_module_fk REFERENCES modules (id),
          module_version_id uuid NOT NULL CONSTRAINT attempts_module_version_fk REFERENCES module_versions (id),
          status text NOT NULL CONSTRAINT attempts_status_check CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
          current_grain_index int NOT NULL DEFAULT 0,
          started_at timestamptz NOT NULL DEFAULT now(),
          completed_at timestamptz
        )`,
    `-- At most one attempt in progress per learner and module, even under concurrent starts.
        CREATE UNIQUE INDEX attempts_one_in_progress_key ON attempts (user_id, module_id) WHERE status = 'IN_PROGRESS'`,
    `CREATE INDEX attempts_user_idx ON attempts (user_id, started_at DESC)`,
    `-- Append-only: an answer is never updated; derived state is recomputed from these rows.
        CREATE TABLE answers (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          attempt_id uuid NOT NULL CONSTRAINT answers_attempt_fk REFERENCES attempts (id) ON DELETE CASCADE,
          user_id uuid NOT NULL CONSTRAINT answers_user_fk REFERENCES users (id) ON DELETE CASCADE,
          element_id text NOT NULL,
          skill_id text NOT NULL,
          response jsonb NOT NULL,
          correct boolean NOT NULL,
          idempotency_key text NOT NULL,
          answered_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT answers_user_idempotency_key UNIQUE (user_id, idempotency_key),
          CONSTRAINT answers_attempt_element_key UNIQUE (attempt_id, element_id)
        )`,
    `CREATE INDEX answers_user_idx ON answers (user_id)`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [`DROP TABLE answers, attempts`]);
}
