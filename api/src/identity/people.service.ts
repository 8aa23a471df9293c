import { Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import type { Role } from '../core/roles.js';
import type { DB } from '../database/schema.js';
import { type Executor, PeopleRepository, type PersonRecord } from './people.repository.js';

/** Accounts created and updated by imports (issue 5); sign-in and sessions stay in IdentityService. */
@Injectable()
export class PeopleService {
  constructor(private readonly repository: PeopleRepository) {}

  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.repository.transaction(work);
  }

  findByEmailsOrIdentifiers(emails: string[], identifiers: string[], executor?: Executor): Promise<PersonRecord[]> {
    return this.repository.findByEmailsOrIdentifiers(emails, identifiers, executor);
  }

  peopleByIds(ids: readonly string[]): Promise<PersonRecord[]> {
    return this.repository.findByIds(ids);
  }

  /** An account without a password: the person signs in through the ENT (single sign-on). */
  createPerson(person: Omit<PersonRecord, 'id'>, executor: Executor): Promise<string> {
    return this.repository.insertPerson(person, executor);
  }

  updatePerson(id: string, changes: Partial<Omit<PersonRecord, 'id'>>, executor: Executor): Promise<void> {
    return this.repository.updatePerson(id, changes, executor);
  }

  rolesIn(userIds: string[], organisationId: string, executor?: Executor): Promise<{ userId: string; role: Role }[]> {
    return this.repository.findRolesIn(userIds, organisationId, executor);
  }

  grantRole(userId: string, organisationId: string, role: Role, executor: Executor): Promise<boolean> {
    return this.repository.insertMembership(userId, organisationId, role, executor);
  }

  revokeRole(userId: string, organisationId: string, role: Role, executor: Executor): Promise<boolean> {
    return this.repository.deleteMembership(userId, organisationId, role, executor);
  }

  peopleOf(organisationId: string, limit: number, after?: { name: string; id: string }, search?: string) {
    return this.repository.findPeopleOf(organisationId, limit, after, search);
  }
}
