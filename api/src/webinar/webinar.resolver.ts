import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { Module } from '../catalogue/catalogue.types.js';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import { byKeys } from '../core/loaders.js';
import type { RequestContext } from '../core/request-context.js';
import { Role } from '../core/roles.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { Organisation } from '../organisation/organisation.types.js';
import { AttendanceService } from './attendance.service.js';
import { LiveService } from './live.service.js';
import { WebinarPoll, WebinarQuestion } from './live.types.js';
import { RegistrationService } from './registration.service.js';
import { WebinarService } from './webinar.service.js';
import {
  RecordAttendanceArgs,
  SetWebinarReplayArgs,
  Webinar,
  WebinarAttendee,
  WebinarAudience,
  WebinarConnection,
  WebinarInput,
  WebinarPageArgs,
  WebinarReportFile,
} from './webinar.types.js';

/** Who schedules and runs webinars; the service checks the organisation is in their scope. */
const RUNS = [Role.TRAINER, Role.ADMIN];

@Resolver(() => Webinar)
export class WebinarResolver {
  constructor(
    private readonly webinars: WebinarService,
    private readonly registrations: RegistrationService,
    private readonly attendanceService: AttendanceService,
    private readonly live: LiveService,
    private readonly organisations: OrganisationService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Query(() => WebinarConnection, { description: 'Webinars not over and open to the signed-in person, soonest first.' })
  upcomingWebinars(@Me() me: CurrentUser, @Args() args: WebinarPageArgs): Promise<WebinarConnection> {
    return this.webinars.upcomingWebinars(me, args.first, args.after);
  }

  @Query(() => WebinarConnection, { description: 'The webinars the person registered for (with a place or waiting), latest first.' })
  myWebinars(@Me() me: CurrentUser, @Args() args: WebinarPageArgs): Promise<WebinarConnection> {
    return this.webinars.myWebinars(me, args.first, args.after);
  }

  @Roles(...RUNS)
  @Query(() => WebinarConnection, { description: 'The webinars of the organisations the trainer works for, latest first.' })
  managedWebinars(@Me() me: CurrentUser, @Args() args: WebinarPageArgs): Promise<WebinarConnection> {
    return this.webinars.managedWebinars(me, args.first, args.after);
  }

  @Roles(...RUNS)
  @Query(() => [Organisation], {
    description:
      'The organisations the trainer may schedule webinars for (and address, with their cohorts): where they are trainer or admin, and those below.',
  })
  webinarHostOrganisations(@Me() me: CurrentUser): Promise<Organisation[]> {
    return this.webinars.hostOrganisations(me) as Promise<Organisation[]>;
  }

  @Query(() => Webinar, { description: 'One webinar, for its trainers, its audience and those registered.' })
  webinar(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string): Promise<Webinar> {
    return this.webinars.webinar(me, id);
  }

  @Roles(...RUNS)
  @Mutation(() => Webinar)
  scheduleWebinar(@Me() me: CurrentUser, @Args('input') input: WebinarInput): Promise<Webinar> {
    return this.webinars.scheduleWebinar(me, input);
  }

  @Roles(...RUNS)
  @Mutation(() => Webinar, { description: 'Registered people are mailed a new calendar file when the start moves.' })
  updateWebinar(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: WebinarInput): Promise<Webinar> {
    return this.webinars.updateWebinar(me, id, input);
  }

  @Roles(...RUNS)
  @Mutation(() => Webinar, { description: 'Cancels the webinar and tells those registered or waiting.' })
  cancelWebinar(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string): Promise<Webinar> {
    return this.webinars.cancelWebinar(me, id);
  }

  @Roles(...RUNS)
  @Mutation(() => Webinar)
  setWebinarReplay(@Me() me: CurrentUser, @Args() args: SetWebinarReplayArgs): Promise<Webinar> {
    return this.webinars.setReplay(me, args.webinarId, args.replayUrl ?? null);
  }

  @Mutation(() => Webinar, { description: 'A place if there is one, else the waiting list; a confirmation mail with the calendar file.' })
  async registerForWebinar(@Me() me: CurrentUser, @Args('webinarId', { type: () => ID }) webinarId: string): Promise<Webinar> {
    await this.registrations.registerForWebinar(me, webinarId);
    return this.webinars.webinar(me, webinarId);
  }

  @Mutation(() => Webinar, { description: 'Frees the place, which goes to the first person waiting.' })
  async cancelWebinarRegistration(@Me() me: CurrentUser, @Args('webinarId', { type: () => ID }) webinarId: string): Promise<Webinar> {
    await this.registrations.cancelRegistration(me, webinarId);
    return this.webinars.webinar(me, webinarId);
  }

  @Roles(...RUNS)
  @Mutation(() => WebinarAttendee, { description: 'Minutes of presence entered by the trainer (rooms the platform cannot read).' })
  recordWebinarAttendance(@Me() me: CurrentUser, @Args() args: RecordAttendanceArgs): Promise<WebinarAttendee> {
    return this.attendanceService.recordAttendance(me, args.webinarId, args.userId, args.minutesPresent);
  }

  @Roles(...RUNS)
  @Mutation(() => WebinarReportFile, { description: 'Attendance, poll results and questions as a CSV file; recorded in the audit log.' })
  exportWebinarReport(@Me() me: CurrentUser, @Args('webinarId', { type: () => ID }) webinarId: string): Promise<WebinarReportFile> {
    return this.attendanceService.exportReport(me, webinarId);
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() webinar: Webinar, @Context() context: RequestContext): Promise<Organisation> {
    const loader = context.loaders.get<string, Organisation | null>('webinarOrganisation', async (ids) =>
      byKeys(ids, (await this.organisations.organisationsByIds(ids)) as Organisation[], (o) => o.id),
    );
    return (await loader.load(webinar.organisationId))!;
  }

  @ResolveField(() => WebinarAudience)
  async audience(@Parent() webinar: Webinar, @Context() context: RequestContext): Promise<WebinarAudience> {
    const loader = context.loaders.get<string, WebinarAudience>('webinarAudience', async (ids) => {
      const audiences = await this.webinars.audienceOf(ids);
      const organisationIds = [...new Set([...audiences.values()].flatMap((a) => a.organisationIds))];
      const organisations = new Map(
        ((await this.organisations.organisationsByIds(organisationIds)) as Organisation[]).map((o) => [o.id, o]),
      );
      return ids.map((id) => {
        const audience = audiences.get(id)!;
        return {
          openToAll: false,
          organisations: audience.organisationIds.map((o) => organisations.get(o)).filter((o): o is Organisation => !!o),
          cohorts: audience.cohorts,
        };
      });
    });
    return { ...(await loader.load(webinar.id)), openToAll: webinar.openToAll };
  }

  @ResolveField(() => Module, { nullable: true, description: 'The follow-up micro-lesson (see followUpModuleSlug for who sees it).' })
  async followUpModule(@Parent() webinar: Webinar, @Context() context: RequestContext): Promise<Module | null> {
    if (!webinar.followUpModuleSlug) return null;
    const loader = context.loaders.get<string, Module | null>('webinarFollowUp', async (slugs) =>
      Promise.all(slugs.map((slug) => this.catalogue.moduleBySlug(slug))),
    );
    return loader.load(webinar.followUpModuleSlug);
  }

  @ResolveField(() => [WebinarQuestion], { description: 'For those with a place and the trainers; learners do not see hidden ones.' })
  questions(@Me() me: CurrentUser, @Parent() webinar: Webinar): Promise<WebinarQuestion[]> {
    return this.live.questions(me, webinar.id);
  }

  @ResolveField(() => [WebinarPoll], { description: 'For those with a place and the trainers.' })
  polls(@Me() me: CurrentUser, @Parent() webinar: Webinar): Promise<WebinarPoll[]> {
    return this.live.polls(me, webinar.id);
  }

  @ResolveField(() => [WebinarAttendee], { description: 'The attendance list; trainers only.' })
  attendance(@Me() me: CurrentUser, @Parent() webinar: Webinar): Promise<WebinarAttendee[]> {
    return this.attendanceService.attendance(me, webinar.id);
  }
}
