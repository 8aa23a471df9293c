import { Injectable } from '@nestjs/common';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { Clock } from '../core/clock.js';
import type { CurrentUser } from '../core/current-user.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { minutesOf } from './attendance.js';
import { BbbClient } from './bbb-client.service.js';
import { LiveRepository } from './live.repository.js';
import { RegistrationService } from './registration.service.js';
import { WebinarAccessService } from './webinar-access.service.js';
import { isJoinable, joinOpensAt, phaseOf, reminderAt } from './webinar-time.js';
import { WebinarErrors } from './webinar.errors.js';
import { type PageCursor, type Trx, type WebinarRecord, WebinarRepository, type WebinarValues } from './webinar.repository.js';
import type { MyWebinarRegistration, Webinar, WebinarConnection, WebinarInput } from './webinar.types.js';

export function encodeCursor(webinar: { startsAt: Date; id: string }): string {
  return Buffer.from(`${webinar.startsAt.toISOString()}|${webinar.id}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): PageCursor | undefined {
  if (!cursor) return undefined;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const startsAt = new Date(iso ?? '');
  if (Number.isNaN(startsAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '')) return undefined;
  return { startsAt, id: id! };
}

/** Scheduling and reading webinars (issue 7); registrations are RegistrationService, the live page LiveService. */
@Injectable()
export class WebinarService {
  constructor(
    private readonly repository: WebinarRepository,
    private readonly live: LiveRepository,
    private readonly access: WebinarAccessService,
    private readonly registrations: RegistrationService,
    private readonly organisations: OrganisationService,
    private readonly catalogue: CatalogueService,
    private readonly bbb: BbbClient,
    private readonly clock: Clock,
  ) {}

  async scheduleWebinar(me: CurrentUser, input: WebinarInput): Promise<Webinar> {
    const values = await this.checkedValues(me, input);
    if (values.startsAt.getTime() <= this.clock.now().getTime()) throw WebinarErrors.badSchedule();
    const id = await this.repository.transaction(async (trx) => {
      const now = this.clock.now();
      const webinarId = await this.repository.insertWebinar(values, me.id, now, trx);
      await this.repository.replaceAudience(
        webinarId,
        values.openToAll ? [] : input.organisationIds,
        values.openToAll ? [] : input.cohortIds,
        trx,
      );
      if (values.roomKind === 'PLATFORM_BIGBLUEBUTTON') await this.repository.setMeetingId(webinarId, webinarId, trx);
      await this.scheduleJobs(webinarId, values, false, trx);
      return webinarId;
    });
    return this.webinar(me, id);
  }

  async updateWebinar(me: CurrentUser, webinarId: string, input: WebinarInput): Promise<Webinar> {
    const before = await this.access.hosted(me, webinarId);
    const values = await this.checkedValues(me, input);
    await this.repository.transaction(async (trx) => {
      const now = this.clock.now();
      const webinar = await this.repository.lockWebinar(webinarId, trx);
      if (!webinar) throw WebinarErrors.notFound();
      if (webinar.cancelledAt) throw WebinarErrors.cancelled();
      if (phaseOf(webinar, now) === 'ENDED') throw WebinarErrors.over();
      const moved = webinar.startsAt.getTime() !== values.startsAt.getTime();
      if (moved && values.startsAt.getTime() <= now.getTime()) throw WebinarErrors.badSchedule();
      const { taken } = (await this.repository.countRegistrations([webinarId], trx)).get(webinarId)!;
      if (values.capacity < taken) throw WebinarErrors.capacityBelowRegistered(taken);
      await this.repository.updateWebinar(webinarId, values, now, trx);
      await this.repository.replaceAudience(
        webinarId,
        values.openToAll ? [] : input.organisationIds,
        values.openToAll ? [] : input.cohortIds,
        trx,
      );
      if (values.roomKind === 'PLATFORM_BIGBLUEBUTTON' && !webinar.bbbMeetingId)
        await this.repository.setMeetingId(webinarId, webinarId, trx);
      await this.scheduleJobs(webinarId, values, true, trx);
      const updated = { ...webinar, ...values, bbbMeetingId: webinar.bbbMeetingId ?? webinarId };
      if (values.capacity > before.capacity) await this.registrations.fillFreePlaces(updated, trx);
      // A new date is a new invitation: the calendar file replaces the previous one (same uid).
      if (moved) await this.registrations.mailPeople(updated, 'CONFIRMED', { statuses: ['REGISTERED'] }, trx);
    });
    return this.webinar(me, webinarId);
  }

  async cancelWebinar(me: CurrentUser, webinarId: string): Promise<Webinar> {
    await this.access.hosted(me, webinarId);
    await this.repository.transaction(async (trx) => {
      const now = this.clock.now();
      const webinar = await this.repository.lockWebinar(webinarId, trx);
      if (!webinar || webinar.cancelledAt) return;
      if (phaseOf(webinar, now) === 'ENDED') throw WebinarErrors.over();
      await this.repository.markCancelled(webinarId, now, trx);
      await this.repository.dropPendingJobs(webinarId, now, trx);
      await this.registrations.mailPeople(
        { ...webinar, cancelledAt: now },
        'WEBINAR_CANCELLED',
        { statuses: ['REGISTERED', 'WAITLISTED'] },
        trx,
      );
    });
    return this.webinar(me, webinarId);
  }

  async setReplay(me: CurrentUser, webinarId: string, replayUrl: string | null): Promise<Webinar> {
    await this.access.hosted(me, webinarId);
    await this.repository.setReplayUrl(webinarId, replayUrl, this.clock.now());
    return this.webinar(me, webinarId);
  }

  async webinar(me: CurrentUser, webinarId: string): Promise<Webinar> {
    const { webinar } = await this.access.visible(me, webinarId);
    return (await this.viewsFor(me, [webinar]))[0]!;
  }

  async upcomingWebinars(me: CurrentUser, first: number, after?: string): Promise<WebinarConnection> {
    const rows = await this.repository.findUpcomingOpenTo(me.id, this.clock.now(), first + 1, decodeCursor(after));
    return this.page(me, rows, first);
  }

  async managedWebinars(me: CurrentUser, first: number, after?: string): Promise<WebinarConnection> {
    const rows = await this.repository.findOfOrganisations(await this.access.hostScope(me), first + 1, decodeCursor(after));
    return this.page(me, rows, first);
  }

  async myWebinars(me: CurrentUser, first: number, after?: string): Promise<WebinarConnection> {
    const rows = await this.repository.findRegisteredBy(me.id, first + 1, decodeCursor(after));
    return this.page(me, rows, first);
  }

  private async page(me: CurrentUser, rows: WebinarRecord[], first: number): Promise<WebinarConnection> {
    const nodes = await this.viewsFor(me, rows.slice(0, first));
    return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes.at(-1)!) : null } };
  }

  /** Webinars as this person sees them: a few batched reads, whatever the number of webinars. */
  async viewsFor(me: CurrentUser, webinars: WebinarRecord[]): Promise<Webinar[]> {
    const ids = webinars.map((w) => w.id);
    const [scope, counts, mine, attendance] = await Promise.all([
      this.access.hostScope(me),
      this.repository.countRegistrations(ids),
      this.repository.findRegistrationsOf(me.id, ids),
      this.live.findAttendanceOf(me.id, ids),
    ]);
    const registrationOf = new Map(mine.map((r) => [r.webinarId, r]));
    const attendanceOf = new Map(attendance.map((a) => [a.webinarId, a]));
    const now = this.clock.now();
    const views: Webinar[] = [];
    for (const webinar of webinars) {
      const host = scope.includes(webinar.organisationId);
      const registration = registrationOf.get(webinar.id);
      const hasPlace = registration?.status === 'REGISTERED' || registration?.status === 'ATTENDED';
      const phase = phaseOf(webinar, now);
      const over = phase === 'ENDED';
      const { taken, waiting } = counts.get(webinar.id)!;
      const presence = attendanceOf.get(webinar.id);
      let myRegistration: MyWebinarRegistration | null = null;
      if (registration) {
        const positions =
          registration.status === 'WAITLISTED' ? await this.repository.waitlistPositions(webinar.id, [me.id]) : new Map<string, number>();
        myRegistration = {
          status: registration.status,
          waitlistPosition: positions.get(me.id) ?? null,
          requestedAt: registration.requestedAt,
          confirmedAt: registration.confirmedAt,
          joinedAt: presence?.joinedAt ?? null,
          minutesPresent: minutesOf(presence?.secondsPresent ?? 0),
          attended: registration.status === 'ATTENDED',
        };
      }
      views.push({
        id: webinar.id,
        organisationId: webinar.organisationId,
        openToAll: webinar.openToAll,
        title: webinar.title,
        description: webinar.description,
        startsAt: webinar.startsAt,
        endsAt: webinar.endsAt,
        capacity: webinar.capacity,
        placesTaken: taken,
        placesLeft: Math.max(0, webinar.capacity - taken),
        waitlistCount: waiting,
        phase,
        joinOpensAt: joinOpensAt(webinar.startsAt),
        joinable: (host || hasPlace) && isJoinable(webinar, now),
        roomKind: webinar.roomKind,
        roomUrl: host ? webinar.roomUrl : null,
        slideDeckUrl: host || hasPlace ? webinar.slideDeckUrl : null,
        followUpModuleSlug: host || (hasPlace && over) ? webinar.followUpModuleSlug : null,
        replayUrl: host || (hasPlace && over) ? webinar.replayUrl : null,
        attendanceThresholdMinutes: webinar.attendanceThresholdMinutes,
        cancelledAt: webinar.cancelledAt,
        canManage: host,
        myRegistration,
      });
    }
    return views;
  }

  /** The organisations the person may schedule for and address; the same scope the schedule checks. */
  async hostOrganisations(me: CurrentUser) {
    return this.organisations.organisationsByIds(await this.access.hostScope(me));
  }

  async audienceOf(webinarIds: readonly string[]) {
    return this.repository.findAudience(webinarIds);
  }

  /** The input's rules: scope of the organisation and of the audience, room, follow-up module. */
  private async checkedValues(me: CurrentUser, input: WebinarInput): Promise<WebinarValues> {
    const scope = await this.access.hostScope(me);
    if (!scope.includes(input.organisationId)) throw WebinarErrors.outOfScope();
    if (input.endsAt.getTime() <= input.startsAt.getTime()) throw WebinarErrors.badSchedule();
    if (!input.openToAll) {
      if (input.organisationIds.length === 0 && input.cohortIds.length === 0) throw WebinarErrors.audienceRequired();
      if (!input.organisationIds.every((id) => scope.includes(id))) throw WebinarErrors.outOfScope();
      const cohorts = new Set((await this.organisations.cohortsOfOrganisations(scope)).map((c) => c.id));
      if (!input.cohortIds.every((id) => cohorts.has(id))) throw WebinarErrors.outOfScope();
    }
    const platformRoom = input.roomKind === 'PLATFORM_BIGBLUEBUTTON';
    if (platformRoom && !this.bbb.configured) throw WebinarErrors.bbbNotConfigured();
    if (!platformRoom && !input.roomUrl) throw WebinarErrors.roomUrlRequired();
    const slug = input.followUpModuleSlug?.trim() || null;
    if (slug && !(await this.catalogue.moduleBySlug(slug))) throw WebinarErrors.moduleNotFound();
    return {
      organisationId: input.organisationId,
      title: input.title.trim(),
      description: input.description.trim(),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      openToAll: input.openToAll,
      roomKind: input.roomKind,
      roomUrl: platformRoom ? null : input.roomUrl!,
      slideDeckUrl: input.slideDeckUrl || null,
      followUpModuleSlug: slug,
      attendanceThresholdMinutes: input.attendanceThresholdMinutes,
    };
  }

  /** Reminders 24 h and 1 h before; for a platform room, attendance reads from the moment it opens. */
  private async scheduleJobs(webinarId: string, values: WebinarValues, update: boolean, trx: Trx): Promise<void> {
    const schedule = update ? this.repository.rescheduleJob.bind(this.repository) : this.repository.scheduleJob.bind(this.repository);
    await schedule(webinarId, 'REMINDER_24H', reminderAt('REMINDER_24H', values.startsAt), trx);
    await schedule(webinarId, 'REMINDER_1H', reminderAt('REMINDER_1H', values.startsAt), trx);
    if (values.roomKind === 'PLATFORM_BIGBLUEBUTTON') await schedule(webinarId, 'ATTENDANCE', joinOpensAt(values.startsAt), trx);
  }
}
