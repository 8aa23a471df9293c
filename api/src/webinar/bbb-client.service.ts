import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig, BbbConfig } from '../core/config.js';
import { type BbbAttendee, parseBbbResponse, signedBbbUrl } from './bbb.js';
import { WebinarErrors } from './webinar.errors.js';

const TIMEOUT_MS = 10_000;

/** The platform's BigBlueButton server (BBB_URL, BBB_SECRET), when it has one. */
@Injectable()
export class BbbClient {
  constructor(@Inject(APP_CONFIG) private readonly appConfig: AppConfig) {}

  get configured(): boolean {
    return this.appConfig.bbb !== undefined;
  }

  private get config(): BbbConfig {
    if (!this.appConfig.bbb) throw WebinarErrors.bbbNotConfigured();
    return this.appConfig.bbb;
  }

  /** Creates the room, or finds it (BBB's create is idempotent for a meeting id). */
  async createMeeting(meeting: { meetingId: string; name: string; durationMinutes: number; logoutUrl: string }): Promise<void> {
    const response = await this.call('create', {
      name: meeting.name,
      meetingID: meeting.meetingId,
      // Ended by BBB some time after the planned end, whoever stays.
      duration: String(meeting.durationMinutes + 60),
      record: 'false',
      logoutURL: meeting.logoutUrl,
    });
    if (response.returncode !== 'SUCCESS') throw WebinarErrors.bbbUnavailable();
  }

  /** The link that enters the room as this person: their platform id, their name, and their role there. */
  joinUrl(meetingId: string, person: { userId: string; fullName: string; moderator: boolean }): string {
    return signedBbbUrl(this.config, 'join', {
      fullName: person.fullName,
      meetingID: meetingId,
      role: person.moderator ? 'MODERATOR' : 'VIEWER',
      userID: person.userId,
      redirect: 'true',
    });
  }

  /** Who is in the room now; nobody when the meeting is not running (not started, or over). */
  async attendees(meetingId: string): Promise<{ running: boolean; attendees: BbbAttendee[] }> {
    const response = await this.call('getMeetingInfo', { meetingID: meetingId });
    if (response.returncode === 'SUCCESS') return { running: response.running, attendees: response.attendees };
    if (response.messageKey === 'notFound') return { running: false, attendees: [] };
    throw WebinarErrors.bbbUnavailable();
  }

  private async call(name: string, params: Record<string, string>) {
    const response = await fetch(signedBbbUrl(this.config, name, params), { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw WebinarErrors.bbbUnavailable();
    return parseBbbResponse(await response.text());
  }
}
