import { Injectable, Logger } from '@nestjs/common';
import { type Cell, toCsv } from '../analytics/csv.js';
import { Clock } from '../core/clock.js';
import type { CurrentUser } from '../core/current-user.js';
import { parisDate } from '../organisation/due-date.js';
import { AuditService } from '../privacy/audit.service.js';
import { type PresenceSoFar, addReading, minutesOf } from './attendance.js';
import { BbbClient } from './bbb-client.service.js';
import { calendarFilename } from './calendar.js';
import { LiveRepository } from './live.repository.js';
import { pollFor } from './live-view.js';
import { WebinarAccessService } from './webinar-access.service.js';
import { WebinarErrors } from './webinar.errors.js';
import { type Trx, type WebinarRecord, WebinarRepository } from './webinar.repository.js';
import type { WebinarAttendee } from './webinar.types.js';

/** Attendance (issue 7): read from BigBlueButton, entered by the trainer, listed and exported after the session. */
@Injectable()
export class AttendanceService {
  private readonly logger = new Logger('WebinarAttendance');

  constructor(
    private readonly repository: WebinarRepository,
    private readonly live: LiveRepository,
    private readonly access: WebinarAccessService,
    private readonly bbb: BbbClient,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Everyone registered (or present), with when they joined and how long they stayed. Trainers only. */
  async attendance(me: CurrentUser, webinarId: string): Promise<WebinarAttendee[]> {
    const webinar = await this.access.hosted(me, webinarId);
    return this.attendanceList(webinar);
  }

  private async attendanceList(webinar: WebinarRecord): Promise<WebinarAttendee[]> {
    const [registrants, attendance] = await Promise.all([
      this.repository.findRegistrants(webinar.id),
      this.live.findAttendance(webinar.id),
    ]);
    const presence = new Map(attendance.map((a) => [a.userId, a]));
    return registrants
      .filter((r) => r.status !== 'CANCELLED' || presence.has(r.userId))
      .map((r) => {
        const seen = presence.get(r.userId);
        return {
          userId: r.userId,
          displayName: r.displayName,
          status: r.status,
          joinedAt: seen?.joinedAt ?? null,
          minutesPresent: minutesOf(seen?.secondsPresent ?? 0),
          attended: r.status === 'ATTENDED',
        };
      });
  }

  /** For rooms the platform cannot read: the trainer enters the minutes a person was there. */
  async recordAttendance(me: CurrentUser, webinarId: string, userId: string, minutesPresent: number): Promise<WebinarAttendee> {
    const webinar = await this.access.hosted(me, webinarId);
    const registration = await this.repository.findRegistration(webinarId, userId);
    if (!registration || registration.status === 'CANCELLED' || registration.status === 'WAITLISTED')
      throw WebinarErrors.personNotRegistered();
    await this.repository.transaction(async (trx) => {
      const existing = (await this.live.lockAttendance(webinarId, trx)).find((a) => a.userId === userId);
      await this.live.upsertPresence(
        webinarId,
        {
          userId,
          joinedAt: existing?.joinedAt ?? webinar.startsAt,
          lastSeenAt: existing?.lastSeenAt ?? null,
          secondsPresent: minutesPresent * 60,
        },
        trx,
      );
      await this.live.settleAttended(webinarId, webinar.attendanceThresholdMinutes, trx);
    });
    return (await this.attendanceList(webinar)).find((a) => a.userId === userId)!;
  }

  /**
   * One reading of the platform's BigBlueButton room, in the job's transaction: people of the
   * platform seen in the room (by the userID their join link carries) gain the time since the last
   * reading. Says whether to read again (the room is still open, or may be).
   */
  async readRoom(webinarId: string, trx: Trx): Promise<boolean> {
    const webinar = await this.repository.findWebinar(webinarId, trx);
    if (!webinar || webinar.cancelledAt || !webinar.bbbMeetingId) return false;
    const now = this.clock.now();
    const { attendees } = await this.bbb.attendees(webinar.bbbMeetingId);
    const known = await this.live.lockAttendance(webinarId, trx);
    const before = new Map<string, PresenceSoFar & { joinedAt: Date }>(known.map((a) => [a.userId, a]));
    const registered = new Set(
      (await this.repository.findRecipients(webinarId, { statuses: ['REGISTERED', 'ATTENDED'] }, trx)).map((r) => r.userId),
    );
    for (const userId of new Set(attendees.map((a) => a.userId))) {
      // Only people with a place count (the trainer joins as moderator and is not on the list).
      if (!registered.has(userId)) continue;
      const previous = before.get(userId);
      const reading = addReading(previous, now);
      await this.live.upsertPresence(webinarId, { userId, joinedAt: previous?.joinedAt ?? now, ...reading }, trx);
    }
    await this.live.settleAttended(webinarId, webinar.attendanceThresholdMinutes, trx);
    return now.getTime() < webinar.endsAt.getTime() + 30 * 60_000;
  }

  /** The attendance list, poll results and questions, as one CSV file; recorded in the audit log. */
  async exportReport(me: CurrentUser, webinarId: string): Promise<{ filename: string; csv: string }> {
    const webinar = await this.access.hosted(me, webinarId);
    const [attendees, polls, questions] = await Promise.all([
      this.attendanceList(webinar),
      this.live.findPollsOf(webinarId),
      this.live.findQuestionsOf(webinarId),
    ]);
    const rows: Cell[][] = [
      ['Participant', 'Statut', 'Arrivée', 'Minutes de présence', 'Présent'],
      ...attendees.map((a) => [
        a.displayName,
        a.status ?? '',
        a.joinedAt ? a.joinedAt.toISOString() : null,
        a.minutesPresent,
        a.attended ? 'oui' : 'non',
      ]),
      [],
      ['Sondage', 'Option', 'Votes'],
      ...polls.flatMap((poll) => pollFor({ userId: '', host: true }, poll).options.map((o) => [poll.question, o.label, o.votes])),
      [],
      ['Question', 'Statut', 'Votes'],
      ...questions.map((q) => [q.text, q.status, q.upvoterIds.length]),
    ];
    await this.audit.record({
      actorId: me.id,
      action: 'REPORT_EXPORTED',
      organisationId: webinar.organisationId,
      targetUserId: null,
      // What was exported, never whom.
      details: { webinarId, view: 'WEBINAR', lines: attendees.length },
    });
    return { filename: calendarFilename(`${webinar.title} ${parisDate(webinar.startsAt)}`).replace(/\.ics$/, '.csv'), csv: toCsv(rows) };
  }

  logFailure(webinarId: string, error: unknown): void {
    this.logger.warn(`attendance of ${webinarId} not read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
