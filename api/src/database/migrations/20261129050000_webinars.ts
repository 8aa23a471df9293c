import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 7, webinars: scheduled sessions with their audience, registrations with a waiting list,
// live questions and polls, attendance, and the durable jobs that send reminders and read attendance.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `CREATE TABLE webinars (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          -- Its trainers are those of this organisation and of the organisations above it.
          organisation_id uuid NOT NULL CONSTRAINT webinars_organisation_fk REFERENCES organisations (id),
          title text NOT NULL,
          description text NOT NULL DEFAULT '',
          starts_at timestamptz NOT NULL,
          ends_at timestamptz NOT NULL,
          capacity int NOT NULL CONSTRAINT webinars_capacity_positive CHECK (capacity > 0),
          -- Open to every signed-in person; otherwise to the organisations and cohorts listed below.
          open_to_all boolean NOT NULL DEFAULT false,
          room_kind text NOT NULL CONSTRAINT webinars_room_kind_check
            CHECK (room_kind IN ('BIGBLUEBUTTON', 'VISIO', 'JITSI', 'PLATFORM_BIGBLUEBUTTON')),
          -- The address a trainer gave; null for a room the platform creates on its BigBlueButton server.
          room_url text,
          bbb_meeting_id text,
          slide_deck_url text,
          follow_up_module_slug text,
          attendance_threshold_minutes int NOT NULL DEFAULT 0 CONSTRAINT webinars_threshold_check CHECK (attendance_threshold_minutes >= 0),
          replay_url text,
          -- Null once the trainer's account is erased.
          created_by uuid CONSTRAINT webinars_created_by_fk REFERENCES users (id) ON DELETE SET NULL,
          cancelled_at timestamptz,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT webinars_ends_after_start CHECK (ends_at > starts_at)
        )`,
    `CREATE INDEX webinars_starts_idx ON webinars (starts_at)`,
    `CREATE INDEX webinars_organisation_idx ON webinars (organisation_id, starts_at)`,
    `CREATE TABLE webinar_audience_organisations (
          webinar_id uuid NOT NULL CONSTRAINT webinar_audience_organisations_webinar_fk REFERENCES webinars (id) ON DELETE CASCADE,
          organisation_id uuid NOT NULL CONSTRAINT webinar_audience_organisations_organisation_fk REFERENCES organisations (id),
          CONSTRAINT webinar_audience_organisations_pkey PRIMARY KEY (webinar_id, organisation_id)
        )`,
    `CREATE TABLE webinar_audience_cohorts (
          webinar_id uuid NOT NULL CONSTRAINT webinar_audience_cohorts_webinar_fk REFERENCES webinars (id) ON DELETE CASCADE,
          cohort_id uuid NOT NULL CONSTRAINT webinar_audience_cohorts_cohort_fk REFERENCES cohorts (id) ON DELETE CASCADE,
          CONSTRAINT webinar_audience_cohorts_pkey PRIMARY KEY (webinar_id, cohort_id)
        )`,
    `-- The order of the waiting list: a new request (or a new one after a cancellation) takes the next number.
        CREATE SEQUENCE webinar_registrations_queue_seq`,
    `CREATE TABLE webinar_registrations (
          webinar_id uuid NOT NULL CONSTRAINT webinar_registrations_webinar_fk REFERENCES webinars (id) ON DELETE CASCADE,
          user_id uuid NOT NULL CONSTRAINT webinar_registrations_user_fk REFERENCES users (id) ON DELETE CASCADE,
          status text NOT NULL CONSTRAINT webinar_registrations_status_check CHECK (status IN ('REGISTERED', 'WAITLISTED', 'CANCELLED', 'ATTENDED')),
          queue_order bigint NOT NULL DEFAULT nextval('webinar_registrations_queue_seq'),
          requested_at timestamptz NOT NULL,
          -- When the person got a place (at once, or promoted from the waiting list).
          confirmed_at timestamptz,
          cancelled_at timestamptz,
          CONSTRAINT webinar_registrations_pkey PRIMARY KEY (webinar_id, user_id)
        )`,
    `CREATE INDEX webinar_registrations_queue_idx ON webinar_registrations (webinar_id, status, queue_order)`,
    `CREATE INDEX webinar_registrations_user_idx ON webinar_registrations (user_id)`,
    `CREATE TABLE webinar_questions (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          webinar_id uuid NOT NULL CONSTRAINT webinar_questions_webinar_fk REFERENCES webinars (id) ON DELETE CASCADE,
          user_id uuid NOT NULL CONSTRAINT webinar_questions_user_fk REFERENCES users (id) ON DELETE CASCADE,
          text text NOT NULL,
          status text NOT NULL DEFAULT 'OPEN' CONSTRAINT webinar_questions_status_check CHECK (status IN ('OPEN', 'ANSWERED', 'HIDDEN')),
          -- Chosen by the browser: a question sent again after a reconnection is stored once.
          client_key text,
          asked_at timestamptz NOT NULL,
          CONSTRAINT webinar_questions_client_key UNIQUE (webinar_id, user_id, client_key)
        )`,
    `CREATE INDEX webinar_questions_webinar_idx ON webinar_questions (webinar_id, asked_at)`,
    `CREATE INDEX webinar_questions_user_idx ON webinar_questions (user_id)`,
    `CREATE TABLE webinar_question_upvotes (
          question_id uuid NOT NULL CONSTRAINT webinar_question_upvotes_question_fk REFERENCES webinar_questions (id) ON DELETE CASCADE,
          user_id uuid NOT NULL CONSTRAINT webinar_question_upvotes_user_fk REFERENCES users (id) ON DELETE CASCADE,
          upvoted_at timestamptz NOT NULL,
          CONSTRAINT webinar_question_upvotes_pkey PRIMARY KEY (question_id, user_id)
        )`,
    `CREATE INDEX webinar_question_upvotes_user_idx ON webinar_question_upvotes (user_id)`,
    `CREATE TABLE webinar_polls (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          webinar_id uuid NOT NULL CONSTRAINT webinar_polls_webinar_fk REFERENCES webinars (id) ON DELETE CASCADE,
          question text NOT NULL,
          kind text NOT NULL CONSTRAINT webinar_polls_kind_check CHECK (kind IN ('SINGLE', 'MULTIPLE')),
          -- [{"id": "1", "label": "…"}, …]
          options jsonb NOT NULL,
          status text NOT NULL DEFAULT 'OPEN' CONSTRAINT webinar_polls_status_check CHECK (status IN ('OPEN', 'CLOSED')),
          launched_at timestamptz NOT NULL,
          closed_at timestamptz
        )`,
    `CREATE INDEX webinar_polls_webinar_idx ON webinar_polls (webinar_id, launched_at)`,
    `CREATE TABLE webinar_poll_votes (
          poll_id uuid NOT NULL CONSTRAINT webinar_poll_votes_poll_fk REFERENCES webinar_polls (id) ON DELETE CASCADE,
          user_id uuid NOT NULL CONSTRAINT webinar_poll_votes_user_fk REFERENCES users (id) ON DELETE CASCADE,
          option_ids text[] NOT NULL,
          voted_at timestamptz NOT NULL,
          CONSTRAINT webinar_poll_votes_pkey PRIMARY KEY (poll_id, user_id)
        )`,
    `CREATE INDEX webinar_poll_votes_user_idx ON webinar_poll_votes (user_id)`,
    `-- Presence in the room: from BigBlueButton's getMeetingInfo, from the join button, or entered by the trainer.
        CREATE TABLE webinar_attendance (
          webinar_id uuid NOT NULL CONSTRAINT webinar_attendance_webinar_fk REFERENCES webinars (id) ON DELETE CASCADE,
          user_id uuid NOT NULL CONSTRAINT webinar_attendance_user_fk REFERENCES users (id) ON DELETE CASCADE,
          joined_at timestamptz NOT NULL,
          last_seen_at timestamptz,
          seconds_present int NOT NULL DEFAULT 0,
          CONSTRAINT webinar_attendance_pkey PRIMARY KEY (webinar_id, user_id)
        )`,
    `CREATE INDEX webinar_attendance_user_idx ON webinar_attendance (user_id)`,
    `-- Reminders and attendance reads: claimed with FOR UPDATE SKIP LOCKED and done in the transaction that
        -- queues their mail, so each is done once, by one instance, even across a restart.
        CREATE TABLE webinar_jobs (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          webinar_id uuid NOT NULL CONSTRAINT webinar_jobs_webinar_fk REFERENCES webinars (id) ON DELETE CASCADE,
          kind text NOT NULL CONSTRAINT webinar_jobs_kind_check CHECK (kind IN ('REMINDER_24H', 'REMINDER_1H', 'ATTENDANCE')),
          run_at timestamptz NOT NULL,
          done_at timestamptz,
          attempts int NOT NULL DEFAULT 0,
          last_error text,
          CONSTRAINT webinar_jobs_kind_key UNIQUE (webinar_id, kind)
        )`,
    `CREATE INDEX webinar_jobs_due_idx ON webinar_jobs (run_at) WHERE done_at IS NULL`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `DROP TABLE webinar_jobs, webinar_attendance, webinar_poll_votes, webinar_polls, webinar_question_upvotes, webinar_questions`,
    `DROP TABLE webinar_registrations`,
    `DROP SEQUENCE webinar_registrations_queue_seq`,
    `DROP TABLE webinar_audience_cohorts, webinar_audience_organisations, webinars`,
  ]);
}
