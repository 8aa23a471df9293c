import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { Module } from '../catalogue/catalogue.types.js';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import { byKeys } from '../core/loaders.js';
import type { RequestContext } from '../core/request-context.js';
import { Role } from '../core/roles.js';
import { AssignmentService } from './assignment.service.js';
import { OrganisationService } from './organisation.service.js';
import {
  Assignment,
  AssignModulesInput,
  Cohort,
  CohortMemberConnection,
  MembersArgs,
  MyAssignment,
  Organisation,
  OrganisationPersonConnection,
  OrganisationPerson,
  PeopleArgs,
  PeopleImportInput,
  PeopleImportReport,
  SetRolesInput,
} from './organisation.types.js';
import { RoleService } from './role.service.js';
import { PeopleImportService } from './people-import.service.js';

const MANAGES = [Role.MANAGER, Role.ADMIN];

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly imports: PeopleImportService,
    private readonly roles: RoleService,
  ) {}

  @Roles(...MANAGES)
  @Query(() => OrganisationPersonConnection, { description: 'People holding a role in an organisation of the caller\u2019s scope.' })
  organisationPeople(@Me() me: CurrentUser, @Args() args: PeopleArgs): Promise<OrganisationPersonConnection> {
    return this.roles.peopleOf(me, args.organisationId, args.first, args.after, args.search);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganisationPerson, { description: 'Sets the roles a person holds in an organisation (admins of it only).' })
  setRoles(@Me() me: CurrentUser, @Args('input') input: SetRolesInput): Promise<OrganisationPerson> {
    return this.roles.setRoles(me, input);
  }

  @Roles(...MANAGES)
  @Query(() => [Organisation], { description: 'The organisations the manager or admin may act on.' })
  managedOrganisations(@Me() me: CurrentUser): Promise<Organisation[]> {
    return this.organisations.managedOrganisations(me) as Promise<Organisation[]>;
  }

  @ResolveField(() => [Cohort])
  cohorts(@Parent() organisation: Organisation, @Context() context: RequestContext): Promise<Cohort[]> {
    return context.loaders
      .get<string, Cohort[]>('cohortsOfOrganisation', async (ids) => {
        const rows = await this.organisations.cohortsOfOrganisations(ids);
        return ids.map((id) => rows.filter((c) => c.organisationId === id));
      })
      .load(organisation.id);
  }

  @Roles(...MANAGES)
  @Mutation(() => PeopleImportReport, { description: 'What importing this file would do, line by line; changes nothing.' })
  previewPeopleImport(@Me() me: CurrentUser, @Args('input') input: PeopleImportInput): Promise<PeopleImportReport> {
    return this.imports.preview(me, input.organisationId, input.csv) as Promise<PeopleImportReport>;
  }

  @Roles(...MANAGES)
  @Mutation(() => PeopleImportReport, { description: 'Creates or updates people, roles and cohorts; the same file twice changes nothing.' })
  importPeople(@Me() me: CurrentUser, @Args('input') input: PeopleImportInput): Promise<PeopleImportReport> {
    return this.imports.import(me, input.organisationId, input.csv) as Promise<PeopleImportReport>;
  }
}

@Resolver(() => Cohort)
export class CohortResolver {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly assignmentService: AssignmentService,
  ) {}

  @Roles(...MANAGES)
  @Query(() => Cohort, { nullable: true, description: 'A cohort of the manager\u2019s scope.' })
  async cohort(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string): Promise<Cohort | null> {
    return this.assignmentService.cohortInScope(me, id).catch(() => null);
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() cohort: Cohort, @Context() context: RequestContext): Promise<Organisation> {
    const organisation = await context.loaders
      .get<string, Organisation | null>('organisation', async (ids) =>
        byKeys(ids, (await this.organisations.organisationsByIds(ids)) as Organisation[], (o) => o.id),
      )
      .load(cohort.organisationId);
    return organisation!;
  }

  @ResolveField(() => Int)
  memberCount(@Parent() cohort: Cohort, @Context() context: RequestContext): Promise<number> {
    return context.loaders
      .get<string, number>('cohortMemberCount', async (ids) => {
        const counts = await this.organisations.memberCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(cohort.id);
  }

  @ResolveField(() => CohortMemberConnection, { description: 'Members by name, a page at a time.' })
  members(@Parent() cohort: Cohort, @Args() args: MembersArgs): Promise<CohortMemberConnection> {
    return this.organisations.members(cohort.id, args.first, args.after);
  }

  @ResolveField(() => [Assignment])
  assignments(@Parent() cohort: Cohort, @Context() context: RequestContext): Promise<Assignment[]> {
    return context.loaders
      .get<string, Assignment[]>('assignmentsOfCohort', async (ids) => {
        const rows = await this.assignmentService.assignmentsOfCohorts(ids);
        return ids.map((id) => rows.filter((a) => a.cohortId === id));
      })
      .load(cohort.id);
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Roles(...MANAGES)
  @Mutation(() => [Assignment], { description: 'Assigns modules to a cohort with a due date; assigning again moves the date.' })
  assignModules(@Me() me: CurrentUser, @Args('input') input: AssignModulesInput): Promise<Assignment[]> {
    return this.assignments.assign(me, input) as Promise<Assignment[]>;
  }

  @Roles(...MANAGES)
  @Mutation(() => Boolean)
  removeAssignment(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.assignments.remove(me, id);
  }

  @Query(() => [MyAssignment], { description: 'Modules assigned to the learner\u2019s cohorts: not completed and overdue first.' })
  myAssignments(@Me() me: CurrentUser): Promise<MyAssignment[]> {
    return this.assignments.mine(me) as Promise<MyAssignment[]>;
  }

  @ResolveField(() => Module)
  module(@Parent() assignment: Assignment, @Context() context: RequestContext): Promise<Module> {
    return loadModule(context, this.catalogue, assignment.moduleId);
  }
}

@Resolver(() => MyAssignment)
export class MyAssignmentResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @ResolveField(() => Module)
  module(@Parent() assignment: MyAssignment, @Context() context: RequestContext): Promise<Module> {
    return loadModule(context, this.catalogue, assignment.moduleId);
  }
}

async function loadModule(context: RequestContext, catalogue: CatalogueService, id: string): Promise<Module> {
  const module = await context.loaders
    .get<string, Module | null>('moduleById', async (ids) => byKeys(ids, await catalogue.modulesByIds(ids), (m) => m.id))
    .load(id);
  return module!;
}
