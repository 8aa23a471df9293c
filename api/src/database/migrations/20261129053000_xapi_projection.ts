import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 8, our own events as statements and forwarding to an external LRS.
//
// Projection: the learning records other features write (answers, finished attempts, positioning,
// webinar polls and attendance) are noted by triggers in xapi_projection_queue, in the transaction
// that writes them, and the api turns each note into a statement later (xapi/projector.service.ts).
// A trigger, not a cursor over those tables: their ids are uuids, an answer played offline arrives
// with a past answered_at, and a sequence hands out numbers in another order than commits, so any
// cursor over them could step over a row committed late. The features' code is untouched.
//
// Forwarding: one external LRS per organisation (its statements and its descendants'), with its
// position in xapi_statements as (tx_id, seq): tx_id is the writing transaction, read only once every
// transaction older than the reader's snapshot has ended, so no statement is ever stepped over.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `CREATE TABLE xapi_projection_queue (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          source text NOT NULL CONSTRAINT xapi_projection_queue_source_check
            CHECK (source IN ('ANSWER', 'ATTEMPT_COMPLETED', 'POSITIONING_ANSWER', 'POSITIONING_COMPLETED', 'POLL_VOTE', 'WEBINAR_ATTENDED')),
          -- The row's id, or "<webinar or poll id>/<user id>" for the tables keyed by both.
          source_id text NOT NULL,
          -- The learner the event is about: their notes go with their erasure.
          user_id uuid NOT NULL CONSTRAINT xapi_projection_queue_user_fk REFERENCES users (id) ON DELETE CASCADE,
          -- Not before: attendance waits for the end of its webinar; a failed note waits its backoff.
          due_at timestamptz NOT NULL DEFAULT now(),
          attempts int NOT NULL DEFAULT 0,
          last_error text
        )`,
    `CREATE INDEX xapi_projection_queue_due_idx ON xapi_projection_queue (due_at, id)`,
    `CREATE INDEX xapi_projection_queue_user_idx ON xapi_projection_queue (user_id)`,
    `CREATE FUNCTION xapi_note_event() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
          r jsonb := to_jsonb(NEW);
          due timestamptz := now();
        BEGIN
          IF TG_ARGV[0] = 'WEBINAR_ATTENDED' THEN
            SELECT greatest(ends_at, now()) INTO due FROM webinars WHERE id = NEW.webinar_id;
          END IF;
          INSERT INTO xapi_projection_queue (source, source_id, user_id, due_at)
          VALUES (TG_ARGV[0], coalesce(r->>'id', coalesce(r->>'webinar_id', r->>'poll_id') || '/' || (r->>'user_id')),
                  (r->>'user_id')::uuid, coalesce(due, now()));
          RETURN NULL;
        END $$`,
    `CREATE TRIGGER answers_xapi_note AFTER INSERT ON answers FOR EACH ROW EXECUTE FUNCTION xapi_note_event('ANSWER')`,
    `CREATE TRIGGER attempts_xapi_note_insert AFTER INSERT ON attempts
        FOR EACH ROW WHEN (NEW.status = 'COMPLETED') EXECUTE FUNCTION xapi_note_event('ATTEMPT_COMPLETED')`,
    `CREATE TRIGGER attempts_xapi_note_update AFTER UPDATE OF status ON attempts
        FOR EACH ROW WHEN (NEW.status = 'COMPLETED' AND OLD.status <> 'COMPLETED') EXECUTE FUNCTION xapi_note_event('ATTEMPT_COMPLETED')`,
    `CREATE TRIGGER positioning_answers_xapi_note AFTER INSERT ON positioning_answers
        FOR EACH ROW EXECUTE FUNCTION xapi_note_event('POSITIONING_ANSWER')`,
    `CREATE TRIGGER positioning_sessions_xapi_note AFTER UPDATE OF status ON positioning_sessions
        FOR EACH ROW WHEN (NEW.status = 'COMPLETED' AND OLD.status <> 'COMPLETED') EXECUTE FUNCTION xapi_note_event('POSITIONING_COMPLETED')`,
    `CREATE TRIGGER webinar_poll_votes_xapi_note AFTER INSERT ON webinar_poll_votes
        FOR EACH ROW EXECUTE FUNCTION xapi_note_event('POLL_VOTE')`,
    `CREATE TRIGGER webinar_registrations_xapi_note_insert AFTER INSERT ON webinar_registrations
        FOR EACH ROW WHEN (NEW.status = 'ATTENDED') EXECUTE FUNCTION xapi_note_event('WEBINAR_ATTENDED')`,
    `CREATE TRIGGER webinar_registrations_xapi_note_update AFTER UPDATE OF status ON webinar_registrations
        FOR EACH ROW WHEN (NEW.status = 'ATTENDED' AND OLD.status <> 'ATTENDED') EXECUTE FUNCTION xapi_note_event('WEBINAR_ATTENDED')`,
    `-- What happened before this migration becomes statements too, oldest first.
        INSERT INTO xapi_projection_queue (source, source_id, user_id)
        SELECT source, source_id, user_id FROM (
          SELECT 'ANSWER' AS source, id::text AS source_id, user_id, answered_at AS at FROM answers
          UNION ALL SELECT 'ATTEMPT_COMPLETED', id::text, user_id, completed_at FROM attempts WHERE status = 'COMPLETED'
          UNION ALL SELECT 'POSITIONING_ANSWER', id::text, user_id, answered_at FROM positioning_answers
          UNION ALL SELECT 'POSITIONING_COMPLETED', id::text, user_id, completed_at FROM positioning_sessions WHERE status = 'COMPLETED'
          UNION ALL SELECT 'POLL_VOTE', poll_id::text || '/' || user_id::text, user_id, voted_at FROM webinar_poll_votes
          UNION ALL SELECT 'WEBINAR_ATTENDED', webinar_id::text || '/' || user_id::text, user_id, requested_at
            FROM webinar_registrations WHERE status = 'ATTENDED'
        ) events ORDER BY at, source_id`,
    `ALTER TABLE xapi_statements ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id()`,
    `CREATE INDEX xapi_statements_tx_idx ON xapi_statements (tx_id, seq)`,
    `-- An external LRS that receives the statements of an organisation and of those under it.
        CREATE TABLE xapi_forwardings (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          organisation_id uuid NOT NULL CONSTRAINT xapi_forwardings_organisation_fk REFERENCES organisations (id)
            CONSTRAINT xapi_forwardings_organisation_unique UNIQUE,
          endpoint text NOT NULL,
          key text NOT NULL,
          -- AES-256-GCM under a key derived from the pseudonyms' key: never returned, never logged.
          secret_encrypted text NOT NULL,
          -- The last statement the other side accepted, in (tx_id, seq) order; '0', 0 before the first.
          sent_tx xid8 NOT NULL DEFAULT '0',
          sent_seq bigint NOT NULL DEFAULT 0,
          sent_count bigint NOT NULL DEFAULT 0,
          last_sent_at timestamptz,
          failures int NOT NULL DEFAULT 0,
          next_attempt_at timestamptz NOT NULL DEFAULT now(),
          last_error text,
          -- Claimed by one worker until then (SKIP LOCKED to take it, the lease to keep it while sending).
          lease_id uuid,
          lease_until timestamptz,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now()
        )`,
    `CREATE INDEX xapi_forwardings_due_idx ON xapi_forwardings (next_attempt_at)`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `DROP TABLE xapi_forwardings`,
    `DROP INDEX xapi_statements_tx_idx`,
    `ALTER TABLE xapi_statements DROP COLUMN tx_id`,
    `DROP TRIGGER webinar_registrations_xapi_note_update ON webinar_registrations`,
    `DROP TRIGGER webinar_registrations_xapi_note_insert ON webinar_registrations`,
    `DROP TRIGGER webinar_poll_votes_xapi_note ON webinar_poll_votes`,
    `DROP TRIGGER positioning_sessions_xapi_note ON positioning_sessions`,
    `DROP TRIGGER positioning_answers_xapi_note ON positioning_answers`,
    `DROP TRIGGER attempts_xapi_note_update ON attempts`,
    `DROP TRIGGER attempts_xapi_note_insert ON attempts`,
    `DROP TRIGGER answers_xapi_note ON answers`,
    `DROP FUNCTION xapi_note_event()`,
    `DROP TABLE xapi_projection_queue`,
  ]);
}
