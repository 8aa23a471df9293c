import { Inject, Injectable } from '@nestjs/common';
import { type Transaction, sql } from 'kysely';
import type { Role } from '../core/roles.js';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';

type Executor = Database | Transaction<DB>;

export interface OrganisationRecord {
  id: string;
  kind: OrganisationKind;
  name: string;
  uai: string | null;
  parentId: string | null;
}

export interface CohortRecord {
  id: string;
  organisationId: string;
  name: string;
}

export type OrganisationKind = 'ACADEMIE' | 'ETABLISSEMENT' | 'SERVICE';

@Injectable()
export class OrganisationRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async insertOrganisation(input: { kind: OrganisationKind; name: string; uai?: string; parentId?: string }): Promise<string> {
    const row = await this.db
      .insertInto('organisations')
      .values({ kind: input.kind, name: input.name, uai: input.uai ?? null, parent_id: input.parentId ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async findOrganisationByName(name: string): Promise<{ id: string } | undefined> {
    return this.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
  }

  async countOrganisations(): Promise<number> {
    const row = await this.db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertCohort(organisationId: string, name: string): Promise<string> {
    const row = await this.db
      .insertInto('cohorts')
      .values({ organisation_id: organisationId, name })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async insertCohortMember(cohortId: string, userId: string): Promise<void> {
    await this.db
      .insertInto('cohort_members')
      .values({ cohort_id: cohortId, user_id: userId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  /** Organisations where the user holds one of these roles, and every organisation below them. */
  async findScopeIds(userId: string, roles: readonly Role[]): Promise<string[]> {
    if (roles.length === 0) return [];
    const { rows } = await sql<{ id: string }>`
      WITH RECURSIVE scope AS (
        SELECT organisation_id AS id FROM memberships WHERE user_id = ${userId} AND role = ANY(${[...roles]}::text[])
        UNION
        SELECT o.id FROM organisations o JOIN scope s ON o.parent_id = s.id
      )
      SELECT id FROM scope`.execute(this.db);
    return rows.map((r) => r.id);
  }

  findOrganisationsByIds(ids: readonly string[]): Promise<OrganisationRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('organisations')
      .select(['id', 'kind', 'name', 'uai', 'parent_id as parentId'])
      .where('id', 'in', ids)
      .orderBy('name')
      .execute();
  }

  findCohortsOfOrganisations(organisationIds: readonly string[]): Promise<CohortRecord[]> {
    if (organisationIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('cohorts')
      .select(['id', 'organisation_id as organisationId', 'name'])
      .where('organisation_id', 'in', organisationIds)
      .orderBy('name')
      .execute();
  }

  findCohortsByIds(ids: readonly string[]): Promise<CohortRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('cohorts').select(['id', 'organisation_id as organisationId', 'name']).where('id', 'in', ids).execute();
  }

  findCohortsOfUser(userId: string): Promise<CohortRecord[]> {
    return this.db
      .selectFrom('cohorts as c')
      .innerJoin('cohort_members as m', 'm.cohort_id', 'c.id')
      .select(['c.id', 'c.organisation_id as organisationId', 'c.name'])
      .where('m.user_id', '=', userId)
      .execute();
  }

  async countMembers(cohortIds: readonly string[]): Promise<Map<string, number>> {
    if (cohortIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('cohort_members')
      .select(['cohort_id as cohortId', sql<number>`count(*)::int`.as('n')])
      .where('cohort_id', 'in', cohortIds)
      .groupBy('cohort_id')
      .execute();
    return new Map(rows.map((r) => [r.cohortId, r.n]));
  }

  /** Members by name, a page at a time; `after` is the cursor of the last one of the previous page. */
  findMembers(cohortId: string, limit: number, after?: { name: string; id: string }): Promise<{ id: string; displayName: string }[]> {
    let query = this.db
      .selectFrom('cohort_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.display_name as displayName'])
      .where('m.cohort_id', '=', cohortId)
      .orderBy('u.display_name')
      .orderBy('u.id')
      .limit(limit);
    if (after) query = query.where(sql<boolean>`(u.display_name, u.id) > (${after.name}, ${after.id}::uuid)`);
    return query.execute();
  }

  findMemberIds(cohortIds: readonly string[]): Promise<{ cohortId: string; userId: string }[]> {
    if (cohortIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('cohort_members')
      .select(['cohort_id as cohortId', 'user_id as userId'])
      .where('cohort_id', 'in', cohortIds)
      .execute();
  }

  /** Serialises imports into one organisation (two at once would race on the same people). */
  async lockOrganisation(organisationId: string, executor: Executor): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`organisation:${organisationId}`}))`.execute(executor);
  }

  async findOrCreateCohort(organisationId: string, name: string, executor: Executor): Promise<{ id: string; created: boolean }> {
    const inserted = await executor
      .insertInto('cohorts')
      .values({ organisation_id: organisationId, name })
      .onConflict((oc) => oc.columns(['organisation_id', 'name']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: inserted.id, created: true };
    const row = await executor
      .selectFrom('cohorts')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return { id: row.id, created: false };
  }

  /** Says whether the person was not yet a member. */
  async addMember(cohortId: string, userId: string, executor: Executor): Promise<boolean> {
    const row = await executor
      .insertInto('cohort_members')
      .values({ cohort_id: cohortId, user_id: userId })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .executeTakeFirst();
    return row !== undefined;
  }
}
