import { Injectable } from '@nestjs/common';
import { decodeNameCursor, pageByName } from './name-page.js';
import { Role } from '../core/roles.js';
import type { CurrentUser } from '../core/current-user.js';
import { type CohortRecord, OrganisationRepository, type OrganisationKind, type OrganisationRecord } from './organisation.repository.js';

/** Organisations and cohorts. Issue 5 adds the screens, imports and manager scope; this is what the seed and CLI need. */
@Injectable()
export class OrganisationService {
  constructor(private readonly repository: OrganisationRepository) {}

  createOrganisation(input: { kind: OrganisationKind; name: string; uai?: string; parentId?: string }): Promise<string> {
    return this.repository.insertOrganisation(input);
  }

  async findOrCreateOrganisation(input: { kind: OrganisationKind; name: string; uai?: string; parentId?: string }): Promise<string> {
    return (await this.repository.findOrganisationByName(input.name))?.id ?? this.repository.insertOrganisation(input);
  }

  hasAnyOrganisation(): Promise<boolean> {
    return this.repository.countOrganisations().then((n) => n > 0);
  }

  createCohort(organisationId: string, name: string): Promise<string> {
    return this.repository.insertCohort(organisationId, name);
  }

  addToCohort(cohortId: string, userId: string): Promise<void> {
    return this.repository.insertCohortMember(cohortId, userId);
  }

  /**
   * The organisations a user may act on with one of these roles: those where they hold it, and all
   * below (an académie's manager sees its schools; a school's manager, its services). A role held in
   * one school gives nothing in another.
   */
  scopeOf(userId: string, roles: readonly Role[]): Promise<string[]> {
    return this.repository.findScopeIds(userId, roles);
  }

  async managedOrganisations(me: CurrentUser): Promise<OrganisationRecord[]> {
    return this.repository.findOrganisationsByIds(await this.scopeOf(me.id, [Role.MANAGER, Role.ADMIN]));
  }

  organisationsByIds(ids: readonly string[]): Promise<OrganisationRecord[]> {
    return this.repository.findOrganisationsByIds(ids);
  }

  cohortsOfOrganisations(ids: readonly string[]): Promise<CohortRecord[]> {
    return this.repository.findCohortsOfOrganisations(ids);
  }

  memberCounts(cohortIds: readonly string[]): Promise<Map<string, number>> {
    return this.repository.countMembers(cohortIds);
  }

  memberIds(cohortIds: readonly string[]): Promise<{ cohortId: string; userId: string }[]> {
    return this.repository.findMemberIds(cohortIds);
  }

  /** Members by name, a page at a time; the cursor is opaque to clients. */
  async members(
    cohortId: string,
    first: number,
    after?: string,
  ): Promise<{ nodes: { id: string; displayName: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
    const rows = await this.repository.findMembers(cohortId, first + 1, decodeNameCursor(after));
    return pageByName(rows, first);
  }
}
