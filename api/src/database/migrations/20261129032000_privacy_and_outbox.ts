import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 5, privacy: what erasure keeps (anonymous counts, no user id), the retention notices, the
// audit log's memory of erased people, and the mail outbox (kept generic: webinar reminders reuse it).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `-- Answers of erased learners, counted per version, item and organisation (the learner's school,
        -- so that a manager's item statistics still count them). No user id, no date: nothing points back to a person.
        CREATE TABLE anonymous_item_answers (
          module_version_id uuid NOT NULL CONSTRAINT anonymous_item_answers_version_fk REFERENCES module_versions (id),
          item_key text NOT NULL,
          organisation_id uuid,
          answers int NOT NULL,
          correct int NOT NULL,
          CONSTRAINT anonymous_item_answers_key UNIQUE NULLS NOT DISTINCT (module_version_id, item_key, organisation_id)
        )`,
    `-- How often each choice was taken, and how often within a wrong answer (the "most chosen wrong choice").
        CREATE TABLE anonymous_item_choices (
          module_version_id uuid NOT NULL CONSTRAINT anonymous_item_choices_version_fk REFERENCES module_versions (id),
          item_key text NOT NULL,
          organisation_id uuid,
          choice_id text NOT NULL,
          chosen int NOT NULL,
          chosen_when_wrong int NOT NULL,
          CONSTRAINT anonymous_item_choices_key UNIQUE NULLS NOT DISTINCT (module_version_id, item_key, organisation_id, choice_id)
        )`,
    `CREATE TABLE anonymous_module_attempts (
          module_id uuid NOT NULL CONSTRAINT anonymous_module_attempts_module_fk REFERENCES modules (id),
          module_version_id uuid NOT NULL CONSTRAINT anonymous_module_attempts_version_fk REFERENCES module_versions (id),
          organisation_id uuid,
          started int NOT NULL,
          completed int NOT NULL,
          CONSTRAINT anonymous_module_attempts_key UNIQUE NULLS NOT DISTINCT (module_version_id, organisation_id)
        )`,
    `CREATE TABLE anonymous_positioning_answers (
          module_version_id uuid NOT NULL CONSTRAINT anonymous_positioning_answers_version_fk REFERENCES module_versions (id),
          item_key text NOT NULL,
          organisation_id uuid,
          answers int NOT NULL,
          correct int NOT NULL,
          skipped int NOT NULL,
          CONSTRAINT anonymous_positioning_answers_key UNIQUE NULLS NOT DISTINCT (module_version_id, item_key, organisation_id)
        )`,
    `-- One notice per period of inactivity: a notice sent before the last activity no longer counts.
        CREATE TABLE retention_notices (
          user_id uuid PRIMARY KEY CONSTRAINT retention_notices_user_fk REFERENCES users (id) ON DELETE CASCADE,
          sent_at timestamptz NOT NULL
        )`,
    `CREATE INDEX users_last_active_idx ON users (last_active_at)`,
    `-- The log keeps the action when a person is erased; these say "an account that no longer exists" was there.
        ALTER TABLE audit_log ADD COLUMN actor_erased boolean NOT NULL DEFAULT false`,
    `ALTER TABLE audit_log ADD COLUMN target_erased boolean NOT NULL DEFAULT false`,
    `CREATE INDEX audit_log_actor_idx ON audit_log (actor_id)`,
    `CREATE INDEX audit_log_target_idx ON audit_log (target_user_id)`,
    `-- Mail waits here; a worker sends it when SMTP_URL is set. next_attempt_at is also the claim of a sender.
        CREATE TABLE mail_outbox (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          to_address text NOT NULL,
          subject text NOT NULL,
          text_body text NOT NULL,
          attachments jsonb,
          created_at timestamptz NOT NULL DEFAULT now(),
          sent_at timestamptz,
          attempts int NOT NULL DEFAULT 0,
          last_error text,
          next_attempt_at timestamptz
        )`,
    `CREATE INDEX mail_outbox_pending_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL`,
    `CREATE INDEX mail_outbox_to_idx ON mail_outbox (lower(to_address))`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `DROP TABLE mail_outbox`,
    `DROP INDEX audit_log_target_idx`,
    `DROP INDEX audit_log_actor_idx`,
    `ALTER TABLE audit_log DROP COLUMN target_erased`,
    `ALTER TABLE audit_log DROP COLUMN actor_erased`,
    `DROP INDEX users_last_active_idx`,
    `DROP TABLE retention_notices, anonymous_positioning_answers, anonymous_module_attempts, anonymous_item_choices, anonymous_item_answers`,
  ]);
}
