import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 8, the learning record store: the LRS clients (key, hashed secret, read/write), the
// statements (immutable: the statement as stored in JSONB, plus the columns its queries filter on),
// their attachments' bytes, the documents of the State, Activity Profile and Agent Profile
// resources, and the pseudonymous account name under which a learner appears in statements.
// Each organisation is its own store: its clients see and write only its statements and documents.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `CREATE TABLE xapi_clients (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          organisation_id uuid NOT NULL CONSTRAINT xapi_clients_organisation_fk REFERENCES organisations (id),
          name text NOT NULL,
          -- The user name of HTTP Basic; the secret is kept only as an argon2 hash.
          key text NOT NULL CONSTRAINT xapi_clients_key_unique UNIQUE,
          secret_hash text NOT NULL,
          can_read boolean NOT NULL,
          can_write boolean NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          revoked_at timestamptz
        )`,
    `CREATE INDEX xapi_clients_organisation_idx ON xapi_clients (organisation_id)`,
    `-- The opaque name of a learner's xAPI account (homePage: PUBLIC_URL), kept so that a statement
        -- naming it can be traced back to the learner: for the write rules, the export and the erasure.
        CREATE TABLE xapi_learner_accounts (
          user_id uuid PRIMARY KEY CONSTRAINT xapi_learner_accounts_user_fk REFERENCES users (id),
          name text NOT NULL CONSTRAINT xapi_learner_accounts_name_unique UNIQUE
        )`,
    `CREATE TABLE xapi_statements (
          -- Insertion order: the order of results and of the more links, with stored.
          seq bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT xapi_statements_seq_unique UNIQUE,
          organisation_id uuid NOT NULL CONSTRAINT xapi_statements_organisation_fk REFERENCES organisations (id),
          id uuid NOT NULL,
          statement jsonb NOT NULL,
          actor_key text,
          verb_id text NOT NULL,
          activity_id text,
          registration uuid,
          -- The statement that this one's StatementRef object points to (a voided one, or any other).
          object_statement_id uuid,
          agent_keys text[] NOT NULL,
          related_agent_keys text[] NOT NULL,
          related_activity_ids text[] NOT NULL,
          stored timestamptz NOT NULL,
          "timestamp" timestamptz NOT NULL,
          voided boolean NOT NULL DEFAULT false,
          -- The platform's learner when the actor is one (export and erasure), null for anyone else.
          learner_id uuid CONSTRAINT xapi_statements_learner_fk REFERENCES users (id),
          client_id uuid CONSTRAINT xapi_statements_client_fk REFERENCES xapi_clients (id),
          CONSTRAINT xapi_statements_pkey PRIMARY KEY (organisation_id, id)
        )`,
    `CREATE INDEX xapi_statements_stored_idx ON xapi_statements (organisation_id, stored, seq)`,
    `CREATE INDEX xapi_statements_verb_idx ON xapi_statements (organisation_id, verb_id)`,
    `CREATE INDEX xapi_statements_activity_idx ON xapi_statements (organisation_id, activity_id)`,
    `CREATE INDEX xapi_statements_registration_idx ON xapi_statements (organisation_id, registration)`,
    `CREATE INDEX xapi_statements_ref_idx ON xapi_statements (organisation_id, object_statement_id)`,
    `CREATE INDEX xapi_statements_actor_idx ON xapi_statements (organisation_id, actor_key)`,
    `CREATE INDEX xapi_statements_agent_keys_idx ON xapi_statements USING gin (agent_keys)`,
    `CREATE INDEX xapi_statements_related_agents_idx ON xapi_statements USING gin (related_agent_keys)`,
    `CREATE INDEX xapi_statements_related_activities_idx ON xapi_statements USING gin (related_activity_ids)`,
    `CREATE INDEX xapi_statements_learner_idx ON xapi_statements (learner_id)`,
    `-- Attachment bytes, per statement (they go with it at erasure), addressed by their SHA-2.
        CREATE TABLE xapi_attachments (
          statement_seq bigint NOT NULL CONSTRAINT xapi_attachments_statement_fk REFERENCES xapi_statements (seq) ON DELETE CASCADE,
          sha2 text NOT NULL,
          content_type text NOT NULL,
          content bytea NOT NULL,
          CONSTRAINT xapi_attachments_pkey PRIMARY KEY (statement_seq, sha2)
        )`,
    `-- State (activity, agent, registration, stateId), Activity Profile (activity, profileId) and
        -- Agent Profile (agent, profileId) documents; '' where a part of the key does not apply.
        CREATE TABLE xapi_documents (
          organisation_id uuid NOT NULL CONSTRAINT xapi_documents_organisation_fk REFERENCES organisations (id),
          kind text NOT NULL CONSTRAINT xapi_documents_kind_check CHECK (kind IN ('STATE', 'ACTIVITY_PROFILE', 'AGENT_PROFILE')),
          activity_id text NOT NULL,
          agent_key text NOT NULL,
          registration text NOT NULL,
          document_id text NOT NULL,
          content_type text NOT NULL,
          content bytea NOT NULL,
          etag text NOT NULL,
          updated timestamptz NOT NULL,
          learner_id uuid CONSTRAINT xapi_documents_learner_fk REFERENCES users (id),
          CONSTRAINT xapi_documents_pkey PRIMARY KEY (organisation_id, kind, activity_id, agent_key, registration, document_id)
        )`,
    `CREATE INDEX xapi_documents_learner_idx ON xapi_documents (learner_id)`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `DROP TABLE xapi_documents`,
    `DROP TABLE xapi_attachments`,
    `DROP TABLE xapi_statements`,
    `DROP TABLE xapi_learner_accounts`,
    `DROP TABLE xapi_clients`,
  ]);
}
