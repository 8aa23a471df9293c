import { Injectable } from '@nestjs/common';
import { decodeNameCursor, pageByName } from './name-page.js';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { PeopleService } from '../identity/people.service.js';
import { AuditService } from '../privacy/audit.service.js';
import { OrganisationErrors } from './organisation.errors.js';
import { OrganisationService } from './organisation.service.js';

export interface PersonWithRoles {
  id: string;
  displayName: string;
  email: string | null;
  identifier: string | null;
  roles: Role[];
}

/** Roles held in an organisation: managers see who holds what, admins change it (issue 5). */
@Injectable()
export class RoleService {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  async peopleOf(
    me: CurrentUser,
    organisationId: string,
    first: number,
    after?: string,
    search?: string,
  ): Promise<{ nodes: PersonWithRoles[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
    await this.assertScope(me, organisationId, [Role.MANAGER, Role.ADMIN]);
    const rows = await this.people.peopleOf(organisationId, first + 1, decodeNameCursor(after), search?.trim() || undefined);
    return pageByName(rows, first);
  }

  /** Sets the roles a person holds in the organisation; each change is in the audit log. An admin keeps their own admin role. */
  async setRoles(me: CurrentUser, input: { userId: string; organisationId: string; roles: Role[] }): Promise<PersonWithRoles> {
    await this.assertScope(me, input.organisationId, [Role.ADMIN]);
    const wanted = new Set(input.roles);
    if (input.userId === me.id && !wanted.has(Role.ADMIN)) {
      const held = await this.people.rolesIn([me.id], input.organisationId);
      if (held.some((r) => r.role === Role.ADMIN)) throw OrganisationErrors.ownAdminRole();
    }
    await this.people.transaction(async (trx) => {
      const held = new Set((await this.people.rolesIn([input.userId], input.organisationId, trx)).map((r) => r.role));
      // Roles are given to people of the organisation (imported, or holding a role there already).
      if (held.size === 0) throw OrganisationErrors.personNotFound();
      for (const role of Object.values(Role)) {
        const change = wanted.has(role) && !held.has(role) ? 'ROLE_GRANTED' : !wanted.has(role) && held.has(role) ? 'ROLE_REVOKED' : null;
        if (!change) continue;
        if (change === 'ROLE_GRANTED') await this.people.grantRole(input.userId, input.organisationId, role, trx);
        else await this.people.revokeRole(input.userId, input.organisationId, role, trx);
        await this.audit.record(
          { actorId: me.id, action: change, organisationId: input.organisationId, targetUserId: input.userId, details: { role } },
          trx,
        );
      }
    });
    // Read after the transaction: the embedded database has one connection, which the transaction holds.
    const [person] = await this.people.peopleByIds([input.userId]);
    return { ...person!, roles: Object.values(Role).filter((role) => wanted.has(role)) };
  }

  private async assertScope(me: CurrentUser, organisationId: string, roles: Role[]): Promise<void> {
    if (!(await this.organisations.scopeOf(me.id, roles)).includes(organisationId)) throw OrganisationErrors.outOfScope();
  }
}
