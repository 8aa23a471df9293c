import { describe, expect, it } from 'vitest';
import { answeredAt } from './answered-at.js';

const started = new Date('2026-11-29T08:00:00Z');
const now = new Date('2026-11-29T18:00:00Z');

describe('answeredAt', () => {
  it('keeps the time the browser gives when it lies between the start of the attempt and now', () => {
    const claimed = new Date('2026-11-29T09:30:00Z');

    expect(answeredAt(claimed, started, now)).toEqual(claimed);
  });

  it('takes the server time when the browser gives none', () => {
    expect(answeredAt(undefined, started, now)).toEqual(now);
  });

  it('never places an answer in the future nor before its attempt began (a wrong clock)', () => {
    expect(answeredAt(new Date('2027-01-01T00:00:00Z'), started, now)).toEqual(now);
    expect(answeredAt(new Date('2020-01-01T00:00:00Z'), started, now)).toEqual(started);
  });
});
