/** The join button opens this long before the start (issue 7). */
export const JOIN_OPENS_BEFORE_MS = 15 * 60_000;
/** BigBlueButton is read this long after the end, for those who stay on. */
export const ATTENDANCE_TAIL_MS = 30 * 60_000;

export type WebinarPhase = 'UPCOMING' | 'OPEN' | 'LIVE' | 'ENDED' | 'CANCELLED';

export interface WebinarTimes {
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
}

export function joinOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - JOIN_OPENS_BEFORE_MS);
}

/** UPCOMING, then OPEN (the join button works, 15 min before), LIVE from the start, ENDED after the end. */
export function phaseOf(webinar: WebinarTimes, now: Date): WebinarPhase {
  if (webinar.cancelledAt) return 'CANCELLED';
  const t = now.getTime();
  if (t >= webinar.endsAt.getTime()) return 'ENDED';
  if (t >= webinar.startsAt.getTime()) return 'LIVE';
  if (t >= joinOpensAt(webinar.startsAt).getTime()) return 'OPEN';
  return 'UPCOMING';
}

export function isJoinable(webinar: WebinarTimes, now: Date): boolean {
  const phase = phaseOf(webinar, now);
  return phase === 'OPEN' || phase === 'LIVE';
}

export type ReminderKind = 'REMINDER_24H' | 'REMINDER_1H';

export const REMINDER_LEAD_MS: Record<ReminderKind, number> = { REMINDER_24H: 24 * 3600_000, REMINDER_1H: 3600_000 };

export function reminderAt(kind: ReminderKind, startsAt: Date): Date {
  return new Date(startsAt.getTime() - REMINDER_LEAD_MS[kind]);
}

/**
 * A reminder is worth sending while its webinar has not started; one due for a webinar that has
 * (the api was stopped past it), or the 24-hour one once the 1-hour one is due, is dropped.
 */
export function reminderStillUseful(kind: ReminderKind, startsAt: Date, now: Date): boolean {
  if (now.getTime() >= startsAt.getTime()) return false;
  if (kind === 'REMINDER_24H') return now.getTime() < reminderAt('REMINDER_1H', startsAt).getTime();
  return true;
}

/** « mardi 1 décembre 2026 à 14:00 » (or the English form), in Europe/Paris. */
export function parisDateTime(date: Date, locale: string): string {
  const english = locale === 'en';
  const day = new Intl.DateTimeFormat(english ? 'en-GB' : 'fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(date);
  const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(date);
  return english ? `${day} at ${time} (Paris time)` : `${day} à ${time}`;
}
