import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `CREATE TABLE domains (
          code text PRIMARY KEY,
          name text NOT NULL,
          position int NOT NULL
        )`,
    `CREATE TABLE competencies (
          code text PRIMARY KEY,
          domain_code text NOT NULL CONSTRAINT competencies_domain_fk REFERENCES domains (code),
          name text NOT NULL,
          description text,
          position int NOT NULL
        )`,
    `CREATE TABLE tubes (
          id text PRIMARY KEY,
          competency_code text NOT NULL CONSTRAINT tubes_competency_fk REFERENCES competencies (code),
          name text NOT NULL
        )`,
    `CREATE TABLE skills (
          id text PRIMARY KEY,
          tube_id text NOT NULL CONSTRAINT skills_tube_fk REFERENCES tubes (id),
          competency_code text NOT NULL CONSTRAINT skills_competency_fk REFERENCES competencies (code),
          level int NOT NULL CONSTRAINT skills_level_check CHECK (level BETWEEN 1 AND 8),
          description text NOT NULL
        )`,
    `CREATE TABLE modules (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          slug text NOT NULL CONSTRAINT modules_slug_key UNIQUE,
          current_version_id uuid,
          created_at timestamptz NOT NULL DEFAULT now()
        )`,
    `CREATE TABLE module_versions (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          module_id uuid NOT NULL CONSTRAINT module_versions_module_fk REFERENCES modules (id),
          number int NOT NULL,
          content_hash text NOT NULL,
          content jsonb NOT NULL,
          public_content jsonb NOT NULL,
          title text NOT NULL,
          summary text NOT NULL,
          theme text NOT NULL,
          audience text NOT NULL,
          duration_minutes int NOT NULL,
          level int NOT NULL,
          competency_codes text[] NOT NULL,
          search_text text NOT NULL,
          graded_count int NOT NULL,
          published_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT module_versions_module_number_key UNIQUE (module_id, number)
        )`,
    `ALTER TABLE modules ADD CONSTRAINT modules_current_version_fk
          FOREIGN KEY (current_version_id) REFERENCES module_versions (id)`,
    `-- A published version is immutable: learners who started it finish it as it was.
        CREATE FUNCTION module_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'module_versions rows are immutable';
        END $$`,
    `CREATE TRIGGER module_versions_no_update BEFORE UPDATE ON module_versions
          FOR EACH ROW EXECUTE FUNCTION module_versions_immutable()`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `ALTER TABLE modules DROP CONSTRAINT modules_current_version_fk`,
    `DROP TABLE module_versions, modules, skills, tubes, competencies, domains`,
    `DROP FUNCTION module_versions_immutable`,
  ]);
}
