import { describe, expect, it } from 'vitest';
import { isJoinable, parisDateTime, phaseOf, reminderAt, reminderStillUseful } from './webinar-time.js';

const startsAt = new Date('2026-12-01T13:00:00Z');
const endsAt = new Date('2026-12-01T14:00:00Z');
const at = (iso: string) => new Date(iso);

describe('phaseOf', () => {
  it('opens the join button 15 minutes before the start and closes it at the end', () => {
    const webinar = { startsAt, endsAt, cancelledAt: null };

    expect(phaseOf(webinar, at('2026-12-01T12:44:59Z'))).toBe('UPCOMING');
    expect(phaseOf(webinar, at('2026-12-01T12:45:00Z'))).toBe('OPEN');
    expect(phaseOf(webinar, at('2026-12-01T13:00:00Z'))).toBe('LIVE');
    expect(phaseOf(webinar, at('2026-12-01T14:00:00Z'))).toBe('ENDED');
    expect(isJoinable(webinar, at('2026-12-01T12:50:00Z'))).toBe(true);
    expect(isJoinable(webinar, at('2026-12-01T14:00:00Z'))).toBe(false);
  });

  it('says CANCELLED whatever the time', () => {
    expect(phaseOf({ startsAt, endsAt, cancelledAt: at('2026-11-01T00:00:00Z') }, at('2026-12-01T13:10:00Z'))).toBe('CANCELLED');
  });
});

describe('reminders', () => {
  it('are due 24 hours and 1 hour before the start', () => {
    expect(reminderAt('REMINDER_24H', startsAt).toISOString()).toBe('2026-11-30T13:00:00.000Z');
    expect(reminderAt('REMINDER_1H', startsAt).toISOString()).toBe('2026-12-01T12:00:00.000Z');
  });

  it('are dropped once the webinar started, and the 24-hour one once the 1-hour one is due', () => {
    expect(reminderStillUseful('REMINDER_24H', startsAt, at('2026-11-30T13:00:00Z'))).toBe(true);
    expect(reminderStillUseful('REMINDER_24H', startsAt, at('2026-12-01T12:30:00Z'))).toBe(false);
    expect(reminderStillUseful('REMINDER_1H', startsAt, at('2026-12-01T12:30:00Z'))).toBe(true);
    expect(reminderStillUseful('REMINDER_1H', startsAt, at('2026-12-01T13:00:00Z'))).toBe(false);
  });
});

describe('parisDateTime', () => {
  it('writes the date and time of Paris, winter and summer', () => {
    expect(parisDateTime(startsAt, 'fr')).toBe('mardi 1 décembre 2026 à 14:00');
    expect(parisDateTime(at('2026-06-15T08:30:00Z'), 'fr')).toBe('lundi 15 juin 2026 à 10:30');
    expect(parisDateTime(startsAt, 'en')).toBe('Tuesday, 1 December 2026 at 14:00 (Paris time)');
  });
});
