import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import { byKeys } from '../core/loaders.js';
import type { RequestContext } from '../core/request-context.js';
import { Role } from '../core/roles.js';
import { IdentityService } from '../identity/identity.service.js';
import { clearSessionCookie } from '../identity/session-cookie.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { Organisation } from '../organisation/organisation.types.js';
import type { AuditEntry as AuditRecord } from './audit.repository.js';
import { AuditLogService } from './audit-log.service.js';
import { DataExportService } from './data-export.service.js';
import { ErasureService } from './erasure.service.js';
import {
  AuditEntry,
  AuditEntryConnection,
  AuditLogArgs,
  AuditPerson,
  EraseAccountArgs,
  EraseMyAccountArgs,
  MyAccount,
} from './privacy.types.js';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly exports: DataExportService,
    private readonly erasure: ErasureService,
    private readonly identity: IdentityService,
  ) {}

  @Query(() => MyAccount, { description: 'The signed-in person\u2019s account and what is kept about them.' })
  myAccount(@Me() me: CurrentUser): Promise<MyAccount> {
    return this.exports.myAccount(me);
  }

  @Query(() => String, { description: 'Everything kept about the signed-in person, as JSON (recorded in the audit log).' })
  myDataExport(@Me() me: CurrentUser): Promise<string> {
    return this.exports.exportMyData(me);
  }

  @Mutation(() => Boolean, { description: 'Erases the signed-in person\u2019s account for good; signs them out.' })
  async eraseMyAccount(@Me() me: CurrentUser, @Args() args: EraseMyAccountArgs, @Context() context: RequestContext): Promise<boolean> {
    await this.erasure.eraseMyAccount(me, args.confirmation);
    clearSessionCookie(context.res, this.identity.cookieSecure);
    return true;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Erases an account of the admin\u2019s scope for good.' })
  async eraseAccount(@Me() me: CurrentUser, @Args() args: EraseAccountArgs): Promise<boolean> {
    await this.erasure.eraseAccount(me, args.userId);
    return true;
  }
}

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  constructor(
    private readonly log: AuditLogService,
    private readonly organisations: OrganisationService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Administrative actions in the admin\u2019s scope, newest first.' })
  async auditLog(@Me() me: CurrentUser, @Args() args: AuditLogArgs): Promise<AuditEntryConnection> {
    const page = await this.log.page(me, args.first, args.before, args.action);
    return { nodes: page.nodes.map(toAuditEntry), pageInfo: page.pageInfo };
  }

  @ResolveField(() => AuditPerson, { nullable: true, description: 'Null when there was none (an automatic task) or it was erased.' })
  actor(@Parent() entry: AuditEntry, @Context() context: RequestContext): Promise<AuditPerson | null> {
    return entry.actorId ? this.person(context).load(entry.actorId) : Promise.resolve(null);
  }

  @ResolveField(() => AuditPerson, { nullable: true })
  target(@Parent() entry: AuditEntry, @Context() context: RequestContext): Promise<AuditPerson | null> {
    return entry.targetUserId ? this.person(context).load(entry.targetUserId) : Promise.resolve(null);
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() entry: AuditEntry, @Context() context: RequestContext): Promise<Organisation | null> {
    if (!entry.organisationId) return Promise.resolve(null);
    return context.loaders
      .get<string, Organisation | null>('organisation', async (ids) =>
        byKeys(ids, (await this.organisations.organisationsByIds(ids)) as Organisation[], (o) => o.id),
      )
      .load(entry.organisationId);
  }

  private person(context: RequestContext) {
    return context.loaders.get<string, AuditPerson | null>('auditPerson', async (ids) =>
      byKeys(ids, await this.log.peopleByIds(ids), (p) => p.id),
    );
  }
}

function toAuditEntry(entry: AuditRecord): AuditEntry {
  return { ...entry, details: JSON.stringify(entry.details ?? {}) };
}
