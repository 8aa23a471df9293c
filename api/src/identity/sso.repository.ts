import { Inject, Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';

type Executor = Database | Transaction<DB>;

/** What the api remembers between sending the browser to the provider and its coming back. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** The only file with SQL for the single sign-on tables (sso_identities, sso_pending_logins). */
@Injectable()
export class SsoRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async insertPendingLogin(keyHash: string, login: PendingLogin, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('sso_pending_logins')
      .values({
        key_hash: keyHash,
        state: login.state,
        nonce: login.nonce,
        code_verifier: login.codeVerifier,
        return_to: login.returnTo,
        expires_at: expiresAt,
      })
      .execute();
  }

  async deleteExpiredPendingLogins(now: Date): Promise<void> {
    await this.db.deleteFrom('sso_pending_logins').where('expires_at', '<=', now).execute();
  }

  /** Single use: the row is deleted as it is read, so an answer of the provider is accepted once. */
  async takePendingLogin(keyHash: string, now: Date): Promise<PendingLogin | undefined> {
    const row = await this.db
      .deleteFrom('sso_pending_logins')
      .where('key_hash', '=', keyHash)
      .returning(['state', 'nonce', 'code_verifier', 'return_to', 'expires_at'])
      .executeTakeFirst();
    if (!row || row.expires_at <= now) return undefined;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
  }

  async findUserIdBySubject(issuer: string, subject: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('sso_identities')
      .select('user_id')
      .where('issuer', '=', issuer)
      .where('subject', '=', subject)
      .executeTakeFirst();
    return row?.user_id;
  }

  async findUserIdByIdentifier(identifier: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('users').select('id').where('identifier', '=', identifier).executeTakeFirst();
    return row?.id;
  }

  // Read here rather than through OrganisationService, which has no look-up by UAI yet.
  async findOrganisationIdByUai(uai: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('organisations').select('id').where('uai', '=', uai).executeTakeFirst();
    return row?.id;
  }

  /** An account known only through the provider: no password. */
  async insertUser(
    user: { email: string | null; identifier: string | null; displayName: string },
    executor: Executor = this.db,
  ): Promise<string> {
    const row = await executor
      .insertInto('users')
      .values({ email: user.email, identifier: user.identifier, display_name: user.displayName, password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async insertIdentity(issuer: string, subject: string, userId: string, executor: Executor = this.db): Promise<void> {
    await executor.insertInto('sso_identities').values({ issuer, subject, user_id: userId }).execute();
  }
}
