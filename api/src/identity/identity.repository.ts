import { Inject, Injectable } from '@nestjs/common';
import { type Transaction, sql } from 'kysely';
import { DATABASE, type Database, PREPARED } from '../database/database.js';
import type { DB } from '../database/schema.js';
import type { Role } from '../core/roles.js';

export interface UserRecord {
  id: string;
  email: string | null;
  displayName: string;
  passwordHash: string | null;
  roles: Role[];
  lastActiveAt: Date;
}

type Executor = Database | Transaction<DB>;

@Injectable()
export class IdentityRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async findUserByEmail(email: string): Promise<UserRecord | null> {
    return this.findUser('email', email);
  }

  async findUserById(id: string): Promise<UserRecord | null> {
    return this.findUser('id', id);
  }

  private async findUser(column: 'email' | 'id', value: string): Promise<UserRecord | null> {
    const row = await this.selectUsersWithRoles().where(`u.${column}`, '=', value).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  /**
   * The user behind a live session, with roles, in one query. Every signed-in request runs it: prepared,
   * and written as SQL (the same columns as selectUsersWithRoles), which compiles in a tenth of the query
   * builder's time.
   */
  async findUserBySessionHash(tokenHash: string): Promise<UserRecord | null> {
    const { rows } = await sql<UserRow>`
      SELECT u.id, u.email, u.display_name, u.password_hash, u.last_active_at,
             coalesce(array_agg(DISTINCT m.role) FILTER (WHERE m.role IS NOT NULL), '{}') AS roles
      FROM sessions s
      JOIN users u ON u.id = s.user_id
      LEFT JOIN memberships m ON m.user_id = u.id
      WHERE s.token_hash = ${tokenHash} AND s.expires_at > ${new Date()}
      GROUP BY u.id ${PREPARED}`.execute(this.db);
    return rows[0] ? toUser(rows[0]) : null;
  }

  private selectUsersWithRoles() {
    return this.db
      .selectFrom('users as u')
      .leftJoin('memberships as m', 'm.user_id', 'u.id')
      .select(['u.id', 'u.email', 'u.display_name', 'u.password_hash', 'u.last_active_at'])
      .select(sql<Role[]>`coalesce(array_agg(DISTINCT m.role) FILTER (WHERE m.role IS NOT NULL), '{}')`.as('roles'))
      .groupBy('u.id');
  }

  async insertUser(
    user: { email: string; displayName: string; passwordHash: string | null },
    executor: Executor = this.db,
  ): Promise<string> {
    const row = await executor
      .insertInto('users')
      .values({ email: user.email, display_name: user.displayName, password_hash: user.passwordHash })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async insertMembership(userId: string, organisationId: string, role: Role, executor: Executor = this.db): Promise<void> {
    await executor
      .insertInto('memberships')
      .values({ user_id: userId, organisation_id: organisationId, role })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async insertSession(tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
    await this.db.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt }).execute();
  }

  async updateLastActiveAt(userId: string): Promise<void> {
    await this.db.updateTable('users').set({ last_active_at: new Date() }).where('id', '=', userId).execute();
  }

  /** Cheap when nothing changes: only a last activity older than a day is moved. */
  async markActive(userId: string, now: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ last_active_at: now })
      .where('id', '=', userId)
      .where('last_active_at', '<', new Date(now.getTime() - 86_400_000))
      .execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async countRecentFailures(email: string, ip: string, since: Date): Promise<{ byEmail: number; byIp: number }> {
    const row = await this.db
      .selectFrom('sign_in_failures')
      .select([
        sql<number>`count(*) FILTER (WHERE email = ${email})::int`.as('byEmail'),
        sql<number>`count(*) FILTER (WHERE ip = ${ip})::int`.as('byIp'),
      ])
      .where('failed_at', '>', since)
      .where((eb) => eb.or([eb('email', '=', email), eb('ip', '=', ip)]))
      .executeTakeFirstOrThrow();
    return row;
  }

  async insertFailure(email: string, ip: string): Promise<void> {
    await this.db.insertInto('sign_in_failures').values({ email, ip }).execute();
  }

  async deleteFailures(email: string): Promise<void> {
    await this.db.deleteFrom('sign_in_failures').where('email', '=', email).execute();
  }
}

interface UserRow {
  id: string;
  email: string | null;
  display_name: string;
  password_hash: string | null;
  roles: Role[];
  last_active_at: Date;
}

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    roles: [...row.roles].sort(),
    lastActiveAt: row.last_active_at,
  };
}
