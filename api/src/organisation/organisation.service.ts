import { Injectable } from '@nestjs/common';
import type { Role } from '../core/roles.js';
import { OrganisationRepository, type OrganisationKind } from './organisation.repository.js';

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
}
