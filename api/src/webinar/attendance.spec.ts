import { describe, expect, it } from 'vitest';
import { addReading, hasAttended, minutesOf } from './attendance.js';

const t = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 13, minutes));

describe('addReading', () => {
  it('counts the time between readings one minute apart', () => {
    let presence = addReading(undefined, t(0));
    presence = addReading(presence, t(1));
    presence = addReading(presence, t(2));

    expect(presence).toEqual({ lastSeenAt: t(2), secondsPresent: 120 });
  });

  it('does not count a gap longer than three minutes', () => {
    const presence = addReading(addReading(undefined, t(0)), t(10));

    expect(presence.secondsPresent).toBe(0);
    expect(addReading(presence, t(11)).secondsPresent).toBe(60);
  });
});

describe('hasAttended', () => {
  it('needs presence for at least the threshold', () => {
    expect(minutesOf(179)).toBe(2);
    expect(hasAttended(true, 180, 3)).toBe(true);
    expect(hasAttended(true, 179, 3)).toBe(false);
    expect(hasAttended(true, 0, 0)).toBe(true);
    expect(hasAttended(false, 0, 0)).toBe(false);
  });
});
