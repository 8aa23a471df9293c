import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 4: the adaptive positioning test and spaced review.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `CREATE TABLE positioning_sessions (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          user_id uuid NOT NULL CONSTRAINT positioning_sessions_user_fk REFERENCES users (id) ON DELETE CASCADE,
          competency_codes text[] NOT NULL,
          status text NOT NULL CONSTRAINT positioning_sessions_status_check CHECK (status IN ('IN_PROGRESS', 'COMPLETED', 'ABANDONED')),
          -- Seeds the random choice among equally useful items, so a session replays the same way.
          seed int NOT NULL,
          -- The item the learner is shown: an answer to any other one is refused.
          pending_version_id uuid CONSTRAINT positioning_sessions_pending_version_fk REFERENCES module_versions (id),
          pending_item_key text,
          started_at timestamptz NOT NULL DEFAULT now(),
          completed_at timestamptz
        )`,
    `CREATE UNIQUE INDEX positioning_sessions_one_in_progress_key ON positioning_sessions (user_id) WHERE status = 'IN_PROGRESS'`,
    `-- Append-only, like answers: measured results are recomputed from these rows.
        CREATE TABLE positioning_answers (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          session_id uuid NOT NULL CONSTRAINT positioning_answers_session_fk REFERENCES positioning_sessions (id) ON DELETE CASCADE,
          user_id uuid NOT NULL CONSTRAINT positioning_answers_user_fk REFERENCES users (id) ON DELETE CASCADE,
          module_version_id uuid NOT NULL CONSTRAINT positioning_answers_version_fk REFERENCES module_versions (id),
          item_key text NOT NULL,
          skill_id text NOT NULL,
          response jsonb,
          correct boolean NOT NULL,
          skipped boolean NOT NULL DEFAULT false,
          idempotency_key text NOT NULL,
          answered_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT positioning_answers_user_idempotency_key UNIQUE (user_id, idempotency_key),
          CONSTRAINT positioning_answers_session_item_key UNIQUE (session_id, module_version_id, item_key)
        )`,
    `CREATE INDEX positioning_answers_user_idx ON positioning_answers (user_id, answered_at)`,
    `-- One card per learner and item (a flashcard, or a question once got wrong), scheduled with FSRS.
        CREATE TABLE review_cards (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          user_id uuid NOT NULL CONSTRAINT review_cards_user_fk REFERENCES users (id) ON DELETE CASCADE,
          module_id uuid NOT NULL CONSTRAINT review_cards_module_fk REFERENCES modules (id),
          item_key text NOT NULL,
          source text NOT NULL CONSTRAINT review_cards_source_check CHECK (source IN ('FLASHCARD', 'MISTAKE')),
          due timestamptz NOT NULL,
          stability double precision NOT NULL,
          difficulty double precision NOT NULL,
          scheduled_days int NOT NULL,
          learning_steps int NOT NULL,
          reps int NOT NULL,
          lapses int NOT NULL,
          state int NOT NULL,
          last_review timestamptz,
          created_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT review_cards_user_item_key UNIQUE (user_id, module_id, item_key)
        )`,
    `CREATE INDEX review_cards_due_idx ON review_cards (user_id, due)`,
    `-- Append-only log of reviews; a repeated idempotency key stores nothing.
        CREATE TABLE review_logs (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          card_id uuid NOT NULL CONSTRAINT review_logs_card_fk REFERENCES review_cards (id) ON DELETE CASCADE,
          user_id uuid NOT NULL CONSTRAINT review_logs_user_fk REFERENCES users (id) ON DELETE CASCADE,
          rating int NOT NULL,
          correct boolean,
          response jsonb,
          idempotency_key text NOT NULL,
          reviewed_at timestamptz NOT NULL,
          CONSTRAINT review_logs_user_idempotency_key UNIQUE (user_id, idempotency_key)
        )`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [`DROP TABLE review_logs, review_cards, positioning_answers, positioning_sessions`]);
}
