import type { Kysely } from 'kysely';
import { execAll } from './exec-all.js';

// Issue 5, single sign-on: which account a subject of an OpenID Connect provider is, and the logins
// on their way through the provider (state, nonce and PKCE verifier stay on the server, so any api
// instance can finish a login another one started).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [
    `CREATE TABLE sso_identities (
          issuer text NOT NULL,
          subject text NOT NULL,
          user_id uuid NOT NULL CONSTRAINT sso_identities_user_fk REFERENCES users (id) ON DELETE CASCADE,
          created_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT sso_identities_pkey PRIMARY KEY (issuer, subject)
        )`,
    `CREATE INDEX sso_identities_user_idx ON sso_identities (user_id)`,
    `-- The browser holds only a random key to its row (httpOnly cookie); rows live ten minutes.
        CREATE TABLE sso_pending_logins (
          key_hash text PRIMARY KEY,
          state text NOT NULL,
          nonce text NOT NULL,
          code_verifier text NOT NULL,
          return_to text NOT NULL,
          expires_at timestamptz NOT NULL
        )`,
  ]);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execAll(db, [`DROP TABLE sso_pending_logins`, `DROP TABLE sso_identities`]);
}
