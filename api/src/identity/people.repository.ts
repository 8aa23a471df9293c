import { Inject, Injectable } from '@nestjs/common';
import { type Transaction, sql } from 'kysely';
import type { Role } from '../core/roles.js';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';

export type Executor = Database | Transaction<DB>;

export interface PersonRecord {
  id: string;
  email: string | null;
  identifier: string | null;
  displayName: string;
}

/** People as imports and managers see them: accounts without their secrets. */
@Injectable()
export class PeopleRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async findByEmailsOrIdentifiers(emails: string[], identifiers: string[], executor: Executor = this.db): Promise<PersonRecord[]> {
    if (emails.length === 0 && identifiers.length === 0) return [];
    return executor
      .selectFrom('users')
      .select(['id', 'email', 'identifier', 'display_name as displayName'])
      .where((eb) =>
        eb.or([
          ...(emails.length ? [eb('email', 'in', emails)] : []),
          ...(identifiers.length ? [eb('identifier', 'in', identifiers)] : []),
        ]),
      )
      .execute();
  }

  findByIds(ids: readonly string[]): Promise<PersonRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('users')
      .select(['id', 'email', 'identifier', 'display_name as displayName'])
      .where('id', 'in', ids)
      .execute();
  }

  async insertPerson(person: Omit<PersonRecord, 'id'>, executor: Executor): Promise<string> {
    const row = await executor
      .insertInto('users')
      .values({ email: person.email, identifier: person.identifier, display_name: person.displayName, password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async updatePerson(id: string, changes: Partial<Omit<PersonRecord, 'id'>>, executor: Executor): Promise<void> {
    await executor
      .updateTable('users')
      .set({
        ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
        ...(changes.email !== undefined ? { email: changes.email } : {}),
        ...(changes.identifier !== undefined ? { identifier: changes.identifier } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async findRolesIn(userIds: string[], organisationId: string, executor: Executor = this.db): Promise<{ userId: string; role: Role }[]> {
    if (userIds.length === 0) return [];
    return executor
      .selectFrom('memberships')
      .select(['user_id as userId', 'role'])
      .where('organisation_id', '=', organisationId)
      .where('user_id', 'in', userIds)
      .$narrowType<{ role: Role }>()
      .execute();
  }

  /** Says whether the role was new. */
  async insertMembership(userId: string, organisationId: string, role: Role, executor: Executor): Promise<boolean> {
    const row = await executor
      .insertInto('memberships')
      .values({ user_id: userId, organisation_id: organisationId, role })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Says whether the role was held. */
  async deleteMembership(userId: string, organisationId: string, role: Role, executor: Executor): Promise<boolean> {
    const result = await executor
      .deleteFrom('memberships')
      .where('user_id', '=', userId)
      .where('organisation_id', '=', organisationId)
      .where('role', '=', role)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** People holding a role in the organisation, by name, with those roles; `search` matches name, e-mail or identifier. */
  findPeopleOf(
    organisationId: string,
    limit: number,
    after?: { name: string; id: string },
    search?: string,
  ): Promise<(PersonRecord & { roles: Role[] })[]> {
    let query = this.db
      .selectFrom('users as u')
      .innerJoin('memberships as m', 'm.user_id', 'u.id')
      .select(['u.id', 'u.email', 'u.identifier', 'u.display_name as displayName'])
      .select(sql<Role[]>`array_agg(m.role ORDER BY m.role)`.as('roles'))
      .where('m.organisation_id', '=', organisationId)
      .groupBy('u.id')
      .orderBy('u.display_name')
      .orderBy('u.id')
      .limit(limit);
    if (after) query = query.where(sql<boolean>`(u.display_name, u.id) > (${after.name}, ${after.id}::uuid)`);
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([eb('u.display_name', 'ilike', pattern), eb('u.email', 'ilike', pattern), eb('u.identifier', 'ilike', pattern)]),
      );
    }
    return query.execute();
  }
}
