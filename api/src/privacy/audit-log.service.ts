import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { PeopleService } from '../identity/people.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import type { AuditEntry } from './audit.repository.js';
import { AuditService } from './audit.service.js';

export interface AuditPage {
  nodes: AuditEntry[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The audit log as an admin reads it: the entries of their scope, a page at a time, newest first. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly audit: AuditService,
    private readonly organisations: OrganisationService,
    private readonly people: PeopleService,
  ) {}

  async page(me: CurrentUser, first: number, before?: string, action?: string): Promise<AuditPage> {
    const scope = await this.organisations.scopeOf(me.id, [Role.ADMIN]);
    const rows = await this.audit.entriesInScope(scope, first + 1, before, action);
    const nodes = rows.slice(0, first);
    return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.at(-1)?.id ?? null } };
  }

  async peopleByIds(ids: readonly string[]): Promise<{ id: string; displayName: string }[]> {
    return (await this.people.peopleByIds(ids)).map((p) => ({ id: p.id, displayName: p.displayName }));
  }
}
