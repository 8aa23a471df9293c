import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Role } from '../core/roles.js';
import { DATABASE, type Database } from '../database/database.js';

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
}
