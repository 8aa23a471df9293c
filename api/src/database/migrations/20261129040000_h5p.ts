import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 6, H5P activities: the packages trainers upload (extracted under DATA_DIR/h5p/<id>/), and
// each learner's state inside an H5P activity, per attempt, so that a reload resumes it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `CREATE TABLE h5p_packages (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          title text NOT NULL,
          -- The main library with its version, as h5p.json names it: H5P.MultiChoice 1.16.
          main_library text NOT NULL,
          -- Null once the uploader's account is erased, and for packages installed with the CLI.
          uploaded_by uuid CONSTRAINT h5p_packages_uploaded_by_fk REFERENCES users (id) ON DELETE SET NULL,
          -- The organisation whose trainers see the package; null: installed for the whole platform.
          organisation_id uuid CONSTRAINT h5p_packages_organisation_fk REFERENCES organisations (id),
          -- Bytes of the .h5p file, and of its files once extracted.
          size_bytes bigint NOT NULL,
          expanded_bytes bigint NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now()
        )`,
    `CREATE INDEX h5p_packages_organisation_idx ON h5p_packages (organisation_id)`,
    `CREATE TABLE h5p_user_data (
          user_id uuid NOT NULL CONSTRAINT h5p_user_data_user_fk REFERENCES users (id) ON DELETE CASCADE,
          attempt_id uuid NOT NULL CONSTRAINT h5p_user_data_attempt_fk REFERENCES attempts (id) ON DELETE CASCADE,
          element_id text NOT NULL,
          package_id uuid NOT NULL CONSTRAINT h5p_user_data_package_fk REFERENCES h5p_packages (id) ON DELETE CASCADE,
          -- What the H5P content's getCurrentState() returned, as JSON text (H5P stores it so).
          data text NOT NULL,
          updated_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT h5p_user_data_pkey PRIMARY KEY (user_id, attempt_id, element_id)
        )`,
    `CREATE INDEX h5p_user_data_attempt_idx ON h5p_user_data (attempt_id)`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [`DROP TABLE h5p_user_data`, `DROP TABLE h5p_packages`]);
}
