import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import type { CurrentUser } from '../core/current-user.js';
import { MailService } from '../mail/mail.service.js';
import { webinarCalendar } from './calendar.js';
import { WebinarAccessService } from './webinar-access.service.js';
import { type WebinarMailKind, webinarMail } from './webinar-mails.js';
import { phaseOf } from './webinar-time.js';
import { WebinarErrors } from './webinar.errors.js';
import { type RegistrationStatus, type Trx, type WebinarRecord, WebinarRepository } from './webinar.repository.js';

/** Mails that give or recall a place carry the calendar file. */
const WITH_CALENDAR: ReadonlySet<WebinarMailKind> = new Set(['CONFIRMED', 'PROMOTED', 'REMINDER_24H', 'REMINDER_1H', 'WEBINAR_CANCELLED']);

/**
 * Registrations (issue 7): a place while there is one, else the waiting list, promoted in order
 * when a place frees up. Every change happens under the webinar's row lock, so the capacity holds
 * whatever the number of people registering at once, on any number of api instances.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly repository: WebinarRepository,
    private readonly access: WebinarAccessService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async registerForWebinar(me: CurrentUser, webinarId: string): Promise<RegistrationStatus> {
    await this.access.visible(me, webinarId);
    return this.repository.transaction(async (trx) => {
      const now = this.clock.now();
      const webinar = await this.repository.lockWebinar(webinarId, trx);
      if (!webinar) throw WebinarErrors.notFound();
      this.assertOpenForRegistration(webinar, now);
      const current = await this.repository.findRegistration(webinarId, me.id, trx);
      if (current && current.status !== 'CANCELLED') return current.status;
      const { taken } = (await this.repository.countRegistrations([webinarId], trx)).get(webinarId)!;
      const status = taken < webinar.capacity ? 'REGISTERED' : 'WAITLISTED';
      await this.repository.upsertRequest(webinarId, me.id, status, now, trx);
      await this.mailPeople(webinar, status === 'REGISTERED' ? 'CONFIRMED' : 'WAITLISTED', { userIds: [me.id] }, trx);
      return status;
    });
  }

  async cancelRegistration(me: CurrentUser, webinarId: string): Promise<void> {
    await this.access.visible(me, webinarId);
    await this.repository.transaction(async (trx) => {
      const now = this.clock.now();
      const webinar = await this.repository.lockWebinar(webinarId, trx);
      if (!webinar) throw WebinarErrors.notFound();
      if (phaseOf(webinar, now) === 'ENDED') throw WebinarErrors.over();
      const current = await this.repository.findRegistration(webinarId, me.id, trx);
      if (!current || current.status === 'CANCELLED') return;
      await this.repository.setStatus(webinarId, me.id, 'CANCELLED', now, trx);
      if (current.status !== 'WAITLISTED' && !webinar.cancelledAt) await this.fillFreePlaces(webinar, trx);
    });
  }

  /** Gives the free places to the first people waiting, in order, and tells them. Under the webinar's lock. */
  async fillFreePlaces(webinar: WebinarRecord, trx: Trx): Promise<string[]> {
    const { taken } = (await this.repository.countRegistrations([webinar.id], trx)).get(webinar.id)!;
    const promoted = await this.repository.promoteWaiting(webinar.id, webinar.capacity - taken, this.clock.now(), trx);
    if (promoted.length > 0) await this.mailPeople(webinar, 'PROMOTED', { userIds: promoted }, trx);
    return promoted;
  }

  /** Queues one mail per person, in the caller's transaction: the mail exists exactly when what caused it does. */
  async mailPeople(
    webinar: WebinarRecord,
    kind: WebinarMailKind,
    filter: { userIds?: string[]; statuses?: RegistrationStatus[] },
    trx: Trx,
  ): Promise<number> {
    const recipients = (await this.repository.findRecipients(webinar.id, filter, trx)).filter((r) => r.email);
    const calendar = WITH_CALENDAR.has(kind) ? this.calendarOf(webinar) : undefined;
    for (const person of recipients) {
      await this.mail.queue(
        webinarMail({
          kind,
          to: person.email!,
          displayName: person.displayName,
          locale: person.locale,
          title: webinar.title,
          startsAt: webinar.startsAt,
          pageUrl: this.pageUrl(webinar.id),
          calendar,
        }),
        trx,
      );
    }
    return recipients.length;
  }

  /** The .ics of a webinar, for those who may see it. */
  async calendarFor(me: CurrentUser, webinarId: string): Promise<{ webinar: WebinarRecord; ics: string }> {
    const { webinar } = await this.access.visible(me, webinarId);
    return { webinar, ics: this.calendarOf(webinar) };
  }

  pageUrl(webinarId: string): string {
    return new URL(`/webinaires/${webinarId}`, this.config.publicUrl).href;
  }

  private calendarOf(webinar: WebinarRecord): string {
    return webinarCalendar(
      {
        id: webinar.id,
        title: webinar.title,
        description: webinar.description,
        startsAt: webinar.startsAt,
        endsAt: webinar.endsAt,
        cancelled: webinar.cancelledAt !== null,
        pageUrl: this.pageUrl(webinar.id),
      },
      this.clock.now(),
    );
  }

  private assertOpenForRegistration(webinar: WebinarRecord, now: Date): void {
    const phase = phaseOf(webinar, now);
    if (phase === 'CANCELLED') throw WebinarErrors.cancelled();
    if (phase === 'ENDED') throw WebinarErrors.over();
  }
}
