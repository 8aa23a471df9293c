import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 6, the trainer studio: module drafts (the whole module as the content format's JSON, with a
// revision for optimistic concurrency), their authors, and which modules the studio manages (the
// import of content/ files at start leaves those alone).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `ALTER TABLE modules ADD COLUMN managed_in_studio boolean NOT NULL DEFAULT false`,
    `-- An archived module leaves the catalogue; learners who started it still finish it.
        ALTER TABLE modules ADD COLUMN archived_at timestamptz`,
    `CREATE TABLE module_drafts (
          module_id uuid PRIMARY KEY CONSTRAINT module_drafts_module_fk REFERENCES modules (id),
          -- Co-authors are trainers of this organisation (or of one above it).
          organisation_id uuid NOT NULL CONSTRAINT module_drafts_organisation_fk REFERENCES organisations (id),
          content jsonb NOT NULL,
          -- Each save adds one; a save based on an older revision is refused (DRAFT_CONFLICT).
          revision int NOT NULL DEFAULT 1,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now()
        )`,
    `CREATE TABLE module_authors (
          module_id uuid NOT NULL CONSTRAINT module_authors_module_fk REFERENCES modules (id),
          user_id uuid NOT NULL CONSTRAINT module_authors_user_fk REFERENCES users (id) ON DELETE CASCADE,
          role text NOT NULL CONSTRAINT module_authors_role_check CHECK (role IN ('OWNER', 'CO_AUTHOR')),
          added_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT module_authors_pkey PRIMARY KEY (module_id, user_id)
        )`,
    `CREATE INDEX module_authors_user_idx ON module_authors (user_id)`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `DROP TABLE module_authors, module_drafts`,
    `ALTER TABLE modules DROP COLUMN archived_at`,
    `ALTER TABLE modules DROP COLUMN managed_in_studio`,
  ]);
}
