import { Inject, Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
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

  async findRolesIn(userIds: string[], organisationId: string, executor: Executor): Promise<{ userId: string; role: Role }[]> {
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
}
