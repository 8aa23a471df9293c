import { describe, expect, it } from 'vitest';
import { formatReturnDay } from './return-day.ts';

const NOW = new Date('2026-11-29T10:00:00Z');

describe('formatReturnDay', () => {
  it('gives the day and the month in the language of the interface', () => {
    expect(formatReturnDay('2026-12-03T08:00:00Z', 'fr', NOW)).toBe('3 décembre');
    expect(formatReturnDay('2026-12-03T08:00:00Z', 'en', NOW)).toBe('December 3');
  });

  it('counts days in Paris, whatever the time zone of the machine', () => {
    // 23:30 UTC on 3 December is already 4 December in Paris
    expect(formatReturnDay('2026-12-03T23:30:00Z', 'fr', NOW)).toBe('4 décembre');
  });

  it('adds the year only when the item comes back another year', () => {
    expect(formatReturnDay('2027-01-12T08:00:00Z', 'fr', NOW)).toBe('12 janvier 2027');
  });
});
