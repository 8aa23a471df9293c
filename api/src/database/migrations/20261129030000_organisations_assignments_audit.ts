import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 5: people known by an ENT identifier, assignments of modules to cohorts, sharing of
// positioning results, and the audit log of administrative actions.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `ALTER TABLE users ALTER COLUMN email DROP NOT NULL`,
    `-- The identifier an ENT or a school's administration gives (when there is no e-mail, as for many pupils).
        ALTER TABLE users ADD COLUMN identifier text CONSTRAINT users_identifier_key UNIQUE`,
    `ALTER TABLE users ADD CONSTRAINT users_email_or_identifier_check CHECK (email IS NOT NULL OR identifier IS NOT NULL)`,
    `-- Retention: accounts without activity for a configurable time are erased (issue 5).
        ALTER TABLE users ADD COLUMN last_active_at timestamptz NOT NULL DEFAULT now()`,
    `CREATE INDEX memberships_organisation_idx ON memberships (organisation_id, role)`,
    `CREATE INDEX organisations_parent_idx ON organisations (parent_id)`,
    `CREATE INDEX cohort_members_user_idx ON cohort_members (user_id)`,
    `CREATE TABLE assignments (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          cohort_id uuid NOT NULL CONSTRAINT assignments_cohort_fk REFERENCES cohorts (id) ON DELETE CASCADE,
          module_id uuid NOT NULL CONSTRAINT assignments_module_fk REFERENCES modules (id),
          due_on date NOT NULL,
          assigned_by uuid CONSTRAINT assignments_assigned_by_fk REFERENCES users (id) ON DELETE SET NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT assignments_cohort_module_key UNIQUE (cohort_id, module_id)
        )`,
    `-- As on Pix Orga: a positioning result reaches the organisation only once the learner shares it.
        ALTER TABLE positioning_sessions ADD COLUMN shared_at timestamptz`,
    `-- Administrative actions (role changes, imports, erasures, exports): who, what, on whom, when.
        CREATE TABLE audit_log (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          at timestamptz NOT NULL DEFAULT now(),
          actor_id uuid CONSTRAINT audit_log_actor_fk REFERENCES users (id) ON DELETE SET NULL,
          action text NOT NULL,
          organisation_id uuid CONSTRAINT audit_log_organisation_fk REFERENCES organisations (id),
          target_user_id uuid CONSTRAINT audit_log_target_fk REFERENCES users (id) ON DELETE SET NULL,
          details jsonb NOT NULL DEFAULT '{}'
        )`,
    `CREATE INDEX audit_log_at_idx ON audit_log (at DESC)`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `DROP TABLE audit_log, assignments`,
    `ALTER TABLE positioning_sessions DROP COLUMN shared_at`,
    `DROP INDEX cohort_members_user_idx`,
    `DROP INDEX organisations_parent_idx`,
    `DROP INDEX memberships_organisation_idx`,
    `ALTER TABLE users DROP COLUMN last_active_at`,
    `ALTER TABLE users DROP CONSTRAINT users_email_or_identifier_check`,
    `ALTER TABLE users DROP COLUMN identifier`,
    `DELETE FROM users WHERE email IS NULL`,
    `ALTER TABLE users ALTER COLUMN email SET NOT NULL`,
  ]);
}
