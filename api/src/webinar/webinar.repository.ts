import { Inject, Injectable } from '@nestjs/common';
import { type Selectable, type Transaction, sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB, WebinarsTable } from '../database/schema.js';

export type Trx = Transaction<DB>;
export type Executor = Database | Trx;

export type RoomKind = WebinarsTable['room_kind'];
export type RegistrationStatus = 'REGISTERED' | 'WAITLISTED' | 'CANCELLED' | 'ATTENDED';

export interface WebinarRecord {
  id: string;
  organisationId: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  openToAll: boolean;
  roomKind: RoomKind;
  roomUrl: string | null;
  bbbMeetingId: string | null;
  slideDeckUrl: string | null;
  followUpModuleSlug: string | null;
  attendanceThresholdMinutes: number;
  replayUrl: string | null;
  cancelledAt: Date | null;
}

export interface WebinarValues {
  organisationId: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  openToAll: boolean;
  roomKind: RoomKind;
  roomUrl: string | null;
  slideDeckUrl: string | null;
  followUpModuleSlug: string | null;
  attendanceThresholdMinutes: number;
}

export interface RegistrationRecord {
  webinarId: string;
  userId: string;
  status: RegistrationStatus;
  requestedAt: Date;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
}

export interface Recipient {
  userId: string;
  email: string | null;
  displayName: string;
  locale: string;
}

export interface PageCursor {
  startsAt: Date;
  id: string;
}

function toWebinar(row: Selectable<WebinarsTable>): WebinarRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    capacity: row.capacity,
    openToAll: row.open_to_all,
    roomKind: row.room_kind,
    roomUrl: row.room_url,
    bbbMeetingId: row.bbb_meeting_id,
    slideDeckUrl: row.slide_deck_url,
    followUpModuleSlug: row.follow_up_module_slug,
    attendanceThresholdMinutes: row.attendance_threshold_minutes,
    replayUrl: row.replay_url,
    cancelledAt: row.cancelled_at,
  };
}

const REGISTRATION_COLUMNS = [
  'webinar_id as webinarId',
  'user_id as userId',
  'status',
  'requested_at as requestedAt',
  'confirmed_at as confirmedAt',
  'cancelled_at as cancelledAt',
] as const;

/** Webinars, their audience, registrations and jobs: the only SQL on these tables. */
@Injectable()
export class WebinarRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (trx: Trx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  async insertWebinar(values: WebinarValues, createdBy: string, at: Date, trx: Trx): Promise<string> {
    const row = await trx
      .insertInto('webinars')
      .values({ ...this.columns(values), created_by: createdBy, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async updateWebinar(id: string, values: WebinarValues, at: Date, trx: Trx): Promise<void> {
    await trx
      .updateTable('webinars')
      .set({ ...this.columns(values), updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  private columns(values: WebinarValues) {
    return {
      organisation_id: values.organisationId,
      title: values.title,
      description: values.description,
      starts_at: values.startsAt,
      ends_at: values.endsAt,
      capacity: values.capacity,
      open_to_all: values.openToAll,
      room_kind: values.roomKind,
      room_url: values.roomUrl,
      slide_deck_url: values.slideDeckUrl,
      follow_up_module_slug: values.followUpModuleSlug,
      attendance_threshold_minutes: values.attendanceThresholdMinutes,
    };
  }

  async setMeetingId(id: string, meetingId: string, trx: Trx): Promise<void> {
    await trx.updateTable('webinars').set({ bbb_meeting_id: meetingId }).where('id', '=', id).execute();
  }

  async markCancelled(id: string, at: Date, trx: Trx): Promise<void> {
    await trx.updateTable('webinars').set({ cancelled_at: at, updated_at: at }).where('id', '=', id).execute();
  }

  async setReplayUrl(id: string, replayUrl: string | null, at: Date): Promise<void> {
    await this.db.updateTable('webinars').set({ replay_url: replayUrl, updated_at: at }).where('id', '=', id).execute();
  }

  async findWebinar(id: string, executor: Executor = this.db): Promise<WebinarRecord | undefined> {
    const row = await executor.selectFrom('webinars').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toWebinar(row);
  }

  /** Registrations and cancellations of one webinar queue behind this lock: its capacity holds whatever the concurrency. */
  async lockWebinar(id: string, trx: Trx): Promise<WebinarRecord | undefined> {
    const row = await trx.selectFrom('webinars').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    return row && toWebinar(row);
  }

  async findWebinarsByIds(ids: readonly string[]): Promise<WebinarRecord[]> {
    if (ids.length === 0) return [];
    return (await this.db.selectFrom('webinars').selectAll().where('id', 'in', ids).execute()).map(toWebinar);
  }

  async replaceAudience(webinarId: string, organisationIds: string[], cohortIds: string[], trx: Trx): Promise<void> {
    await trx.deleteFrom('webinar_audience_organisations').where('webinar_id', '=', webinarId).execute();
    await trx.deleteFrom('webinar_audience_cohorts').where('webinar_id', '=', webinarId).execute();
    if (organisationIds.length > 0)
      await trx
        .insertInto('webinar_audience_organisations')
        .values(organisationIds.map((organisation_id) => ({ webinar_id: webinarId, organisation_id })))
        .execute();
    if (cohortIds.length > 0)
      await trx
        .insertInto('webinar_audience_cohorts')
        .values(cohortIds.map((cohort_id) => ({ webinar_id: webinarId, cohort_id })))
        .execute();
  }

  /** The organisations and cohorts a webinar is open to (cohorts with their name, for the trainer's form). */
  async findAudience(
    webinarIds: readonly string[],
  ): Promise<Map<string, { organisationIds: string[]; cohorts: { id: string; name: string; organisationId: string }[] }>> {
    const result = new Map(
      webinarIds.map((id) => [
        id,
        { organisationIds: [] as string[], cohorts: [] as { id: string; name: string; organisationId: string }[] },
      ]),
    );
    if (webinarIds.length === 0) return result;
    const [organisations, cohorts] = await Promise.all([
      this.db.selectFrom('webinar_audience_organisations').selectAll().where('webinar_id', 'in', webinarIds).execute(),
      this.db
        .selectFrom('webinar_audience_cohorts as a')
        .innerJoin('cohorts as c', 'c.id', 'a.cohort_id')
        .select(['a.webinar_id as webinarId', 'c.id', 'c.name', 'c.organisation_id as organisationId'])
        .where('a.webinar_id', 'in', webinarIds)
        .orderBy('c.name')
        .execute(),
    ]);
    for (const row of organisations) result.get(row.webinar_id)?.organisationIds.push(row.organisation_id);
    for (const { webinarId, ...cohort } of cohorts) result.get(webinarId)?.cohorts.push(cohort);
    return result;
  }

  /**
   * The audience rule in SQL: open to all; or the person belongs (by a role or a cohort) to a listed
   * organisation or one below it; or is a member of a listed cohort. It reads the organisation
   * tables on purpose: listing upcoming webinars is one query, not one per webinar.
   */
  private openTo(userId: string) {
    return sql<boolean>`(w.open_to_all OR EXISTS (
      SELECT 1 FROM webinar_audience_cohorts ac JOIN cohort_members cm ON cm.cohort_id = ac.cohort_id
      WHERE ac.webinar_id = w.id AND cm.user_id = ${userId}
    ) OR EXISTS (
      WITH RECURSIVE mine AS (
        SELECT organisation_id AS id FROM memberships WHERE user_id = ${userId}
        UNION SELECT c.organisation_id FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id WHERE m.user_id = ${userId}
        UNION SELECT o.parent_id FROM organisations o JOIN mine ON o.id = mine.id WHERE o.parent_id IS NOT NULL
      )
      SELECT 1 FROM webinar_audience_organisations ao JOIN mine ON mine.id = ao.organisation_id WHERE ao.webinar_id = w.id
    ))`;
  }

  async isOpenTo(webinarId: string, userId: string, executor: Executor = this.db): Promise<boolean> {
    const row = await executor
      .selectFrom('webinars as w')
      .select(this.openTo(userId).as('open'))
      .where('w.id', '=', webinarId)
      .executeTakeFirst();
    return row?.open === true;
  }

  /** Webinars not over and not cancelled, open to the person, soonest first. */
  async findUpcomingOpenTo(userId: string, now: Date, limit: number, after?: PageCursor): Promise<WebinarRecord[]> {
    let query = this.db
      .selectFrom('webinars as w')
      .selectAll('w')
      .where('w.ends_at', '>', now)
      .where('w.cancelled_at', 'is', null)
      .where(this.openTo(userId))
      .orderBy('w.starts_at')
      .orderBy('w.id')
      .limit(limit);
    if (after) query = query.where(sql<boolean>`(w.starts_at, w.id) > (${after.startsAt}, ${after.id}::uuid)`);
    return (await query.execute()).map(toWebinar);
  }

  /** The webinars of these organisations, latest first. */
  async findOfOrganisations(organisationIds: string[], limit: number, after?: PageCursor): Promise<WebinarRecord[]> {
    if (organisationIds.length === 0) return [];
    let query = this.db
      .selectFrom('webinars as w')
      .selectAll('w')
      .where('w.organisation_id', 'in', organisationIds)
      .orderBy('w.starts_at', 'desc')
      .orderBy('w.id', 'desc')
      .limit(limit);
    if (after) query = query.where(sql<boolean>`(w.starts_at, w.id) < (${after.startsAt}, ${after.id}::uuid)`);
    return (await query.execute()).map(toWebinar);
  }

  /** The webinars the person registered for (waiting or not), latest first. */
  async findRegisteredBy(userId: string, limit: number, after?: PageCursor): Promise<WebinarRecord[]> {
    let query = this.db
      .selectFrom('webinars as w')
      .innerJoin('webinar_registrations as r', 'r.webinar_id', 'w.id')
      .selectAll('w')
      .where('r.user_id', '=', userId)
      .where('r.status', '<>', 'CANCELLED')
      .orderBy('w.starts_at', 'desc')
      .orderBy('w.id', 'desc')
      .limit(limit);
    if (after) query = query.where(sql<boolean>`(w.starts_at, w.id) < (${after.startsAt}, ${after.id}::uuid)`);
    return (await query.execute()).map(toWebinar);
  }

  findRegistration(webinarId: string, userId: string, executor: Executor = this.db): Promise<RegistrationRecord | undefined> {
    return executor
      .selectFrom('webinar_registrations')
      .select(REGISTRATION_COLUMNS)
      .where('webinar_id', '=', webinarId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  findRegistrationsOf(userId: string, webinarIds: readonly string[]): Promise<RegistrationRecord[]> {
    if (webinarIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('webinar_registrations')
      .select(REGISTRATION_COLUMNS)
      .where('user_id', '=', userId)
      .where('webinar_id', 'in', webinarIds)
      .execute();
  }

  /** Places taken (registered or attended) and people waiting, per webinar. */
  async countRegistrations(
    webinarIds: readonly string[],
    executor: Executor = this.db,
  ): Promise<Map<string, { taken: number; waiting: number }>> {
    const result = new Map(webinarIds.map((id) => [id, { taken: 0, waiting: 0 }]));
    if (webinarIds.length === 0) return result;
    const rows = await executor
      .selectFrom('webinar_registrations')
      .select([
        'webinar_id as webinarId',
        sql<number>`count(*) FILTER (WHERE status IN ('REGISTERED', 'ATTENDED'))::int`.as('taken'),
        sql<number>`count(*) FILTER (WHERE status = 'WAITLISTED')::int`.as('waiting'),
      ])
      .where('webinar_id', 'in', webinarIds)
      .groupBy('webinar_id')
      .execute();
    for (const row of rows) result.set(row.webinarId, { taken: row.taken, waiting: row.waiting });
    return result;
  }

  /** 1 for the first in line. */
  async waitlistPositions(webinarId: string, userIds: readonly string[]): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const { rows } = await sql<{ userId: string; position: number }>`
      SELECT user_id AS "userId", position::int FROM (
        SELECT user_id, row_number() OVER (ORDER BY queue_order) AS position
        FROM webinar_registrations WHERE webinar_id = ${webinarId} AND status = 'WAITLISTED'
      ) q WHERE user_id = ANY(${[...userIds]}::uuid[])`.execute(this.db);
    return new Map(rows.map((r) => [r.userId, r.position]));
  }

  /** A new request, or a new one after a cancellation: it goes to the end of the line. */
  async upsertRequest(webinarId: string, userId: string, status: 'REGISTERED' | 'WAITLISTED', at: Date, trx: Trx): Promise<void> {
    const confirmedAt = status === 'REGISTERED' ? at : null;
    await trx
      .insertInto('webinar_registrations')
      .values({ webinar_id: webinarId, user_id: userId, status, requested_at: at, confirmed_at: confirmedAt })
      .onConflict((oc) =>
        oc.columns(['webinar_id', 'user_id']).doUpdateSet({
          status,
          requested_at: at,
          confirmed_at: confirmedAt,
          cancelled_at: null,
          queue_order: sql<string>`nextval('webinar_registrations_queue_seq')`,
        }),
      )
      .execute();
  }

  async setStatus(webinarId: string, userId: string, status: RegistrationStatus, at: Date, trx: Trx): Promise<void> {
    await trx
      .updateTable('webinar_registrations')
      .set({
        status,
        ...(status === 'CANCELLED' ? { cancelled_at: at } : {}),
        ...(status === 'REGISTERED' ? { confirmed_at: at } : {}),
      })
      .where('webinar_id', '=', webinarId)
      .where('user_id', '=', userId)
      .execute();
  }

  /** The first `count` people waiting, in order, moved to REGISTERED; returns their ids. */
  async promoteWaiting(webinarId: string, count: number, at: Date, trx: Trx): Promise<string[]> {
    if (count <= 0) return [];
    const { rows } = await sql<{ userId: string }>`
      UPDATE webinar_registrations SET status = 'REGISTERED', confirmed_at = ${at}
      WHERE webinar_id = ${webinarId} AND user_id IN (
        SELECT user_id FROM webinar_registrations
        WHERE webinar_id = ${webinarId} AND status = 'WAITLISTED'
        ORDER BY queue_order
        LIMIT ${count}
      )
      RETURNING user_id AS "userId"`.execute(trx);
    return rows.map((r) => r.userId);
  }

  /**
   * Who to write to: the people of these ids, or those with a place. It reads the users table for
   * the address, name and language, inside the caller's transaction (mail is queued in it).
   */
  findRecipients(
    webinarId: string,
    filter: { userIds?: string[]; statuses?: RegistrationStatus[] },
    executor: Executor,
  ): Promise<Recipient[]> {
    let query = executor
      .selectFrom('webinar_registrations as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.id as userId', 'u.email', 'u.display_name as displayName', 'u.locale'])
      .where('r.webinar_id', '=', webinarId)
      .orderBy('r.queue_order');
    if (filter.userIds?.length === 0) return Promise.resolve([]);
    if (filter.userIds) query = query.where('r.user_id', 'in', filter.userIds);
    if (filter.statuses) query = query.where('r.status', 'in', filter.statuses);
    return query.execute();
  }

  /** Everyone registered, waiting or present, with their name: the trainer's attendance list. */
  findRegistrants(webinarId: string): Promise<(RegistrationRecord & { displayName: string })[]> {
    return this.db
      .selectFrom('webinar_registrations as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select([
        'r.webinar_id as webinarId',
        'r.user_id as userId',
        'r.status',
        'r.requested_at as requestedAt',
        'r.confirmed_at as confirmedAt',
        'r.cancelled_at as cancelledAt',
        'u.display_name as displayName',
      ])
      .where('r.webinar_id', '=', webinarId)
      .orderBy('u.display_name')
      .orderBy('u.id')
      .execute();
  }

  // Jobs (reminders and attendance reads).

  async scheduleJob(webinarId: string, kind: 'REMINDER_24H' | 'REMINDER_1H' | 'ATTENDANCE', runAt: Date, trx: Trx): Promise<void> {
    await trx
      .insertInto('webinar_jobs')
      .values({ webinar_id: webinarId, kind, run_at: runAt })
      .onConflict((oc) => oc.columns(['webinar_id', 'kind']).doUpdateSet({ run_at: runAt, done_at: null, attempts: 0, last_error: null }))
      .execute();
  }

  /** A job already done stays done (a reminder is not sent twice because the webinar moved). */
  async rescheduleJob(webinarId: string, kind: 'REMINDER_24H' | 'REMINDER_1H' | 'ATTENDANCE', runAt: Date, trx: Trx): Promise<void> {
    const updated = await trx
      .updateTable('webinar_jobs')
      .set({ run_at: runAt })
      .where('webinar_id', '=', webinarId)
      .where('kind', '=', kind)
      .where('done_at', 'is', null)
      .executeTakeFirst();
    const exists = await trx
      .selectFrom('webinar_jobs')
      .select('id')
      .where('webinar_id', '=', webinarId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0 && !exists) await this.scheduleJob(webinarId, kind, runAt, trx);
  }

  async dropPendingJobs(webinarId: string, at: Date, trx: Trx): Promise<void> {
    await trx
      .updateTable('webinar_jobs')
      .set({ done_at: at, last_error: 'webinar cancelled' })
      .where('webinar_id', '=', webinarId)
      .where('done_at', 'is', null)
      .execute();
  }

  /** Claims one due job: locked until the caller's transaction ends, skipped by every other worker meanwhile. */
  claimDueJob(now: Date, trx: Trx) {
    return trx
      .selectFrom('webinar_jobs')
      .select([sql<string>`id::text`.as('id'), 'webinar_id as webinarId', 'kind', 'run_at as runAt', 'attempts'])
      .where('done_at', 'is', null)
      .where('run_at', '<=', now)
      .orderBy('run_at')
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
  }

  async finishJob(id: string, at: Date, trx: Trx): Promise<void> {
    await trx.updateTable('webinar_jobs').set({ done_at: at }).where('id', '=', id).execute();
  }

  async postponeJob(id: string, runAt: Date, error: string | null, trx: Executor): Promise<void> {
    await trx
      .updateTable('webinar_jobs')
      .set((eb) => ({ run_at: runAt, last_error: error, attempts: eb('attempts', '+', error ? 1 : 0) }))
      .where('id', '=', id)
      .execute();
  }
}
