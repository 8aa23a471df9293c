import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `CREATE TABLE organisations (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          kind text NOT NULL CONSTRAINT organisations_kind_check CHECK (kind IN ('ACADEMIE', 'ETABLISSEMENT', 'SERVICE')),
          name text NOT NULL,
          uai text CONSTRAINT organisations_uai_key UNIQUE,
          parent_id uuid CONSTRAINT organisations_parent_fk REFERENCES organisations (id),
          created_at timestamptz NOT NULL DEFAULT now()
        )`,
    `CREATE TABLE users (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          email text NOT NULL CONSTRAINT users_email_key UNIQUE,
          display_name text NOT NULL,
          password_hash text,
          locale text NOT NULL DEFAULT 'fr',
          created_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT users_email_lowercase_check CHECK (email = lower(email))
        )`,
    `CREATE TABLE memberships (
          user_id uuid NOT NULL CONSTRAINT memberships_user_fk REFERENCES users (id) ON DELETE CASCADE,
          organisation_id uuid NOT NULL CONSTRAINT memberships_organisation_fk REFERENCES organisations (id),
          role text NOT NULL CONSTRAINT memberships_role_check CHECK (role IN ('LEARNER', 'TRAINER', 'MANAGER', 'ADMIN')),
          CONSTRAINT memberships_pk PRIMARY KEY (user_id, organisation_id, role)
        )`,
    `CREATE TABLE cohorts (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          organisation_id uuid NOT NULL CONSTRAINT cohorts_organisation_fk REFERENCES organisations (id),
          name text NOT NULL,
          CONSTRAINT cohorts_organisation_name_key UNIQUE (organisation_id, name)
        )`,
    `CREATE TABLE cohort_members (
          cohort_id uuid NOT NULL CONSTRAINT cohort_members_cohort_fk REFERENCES cohorts (id) ON DELETE CASCADE,
          user_id uuid NOT NULL CONSTRAINT cohort_members_user_fk REFERENCES users (id) ON DELETE CASCADE,
          CONSTRAINT cohort_members_pk PRIMARY KEY (cohort_id, user_id)
        )`,
    `CREATE TABLE sessions (
          token_hash text PRIMARY KEY,
          user_id uuid NOT NULL CONSTRAINT sessions_user_fk REFERENCES users (id) ON DELETE CASCADE,
          created_at timestamptz NOT NULL DEFAULT now(),
          expires_at timestamptz NOT NULL
        )`,
    `CREATE INDEX sessions_user_idx ON sessions (user_id)`,
    `CREATE TABLE sign_in_failures (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          email text NOT NULL,
          ip text NOT NULL,
          failed_at timestamptz NOT NULL DEFAULT now()
        )`,
    `CREATE INDEX sign_in_failures_email_idx ON sign_in_failures (email, failed_at)`,
    `CREATE INDEX sign_in_failures_ip_idx ON sign_in_failures (ip, failed_at)`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [`DROP TABLE sign_in_failures, sessions, cohort_members, cohorts, memberships, users, organisations`]);
}
