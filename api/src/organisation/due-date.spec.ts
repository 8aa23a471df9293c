import { describe, expect, it } from 'vitest';
import { isOverdue, parisDate } from './due-date.js';

describe('due dates', () => {
  it('takes the day in Paris, not in UTC', () => {
    expect(parisDate(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30');
    expect(parisDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('is overdue only once the due day is over and the module is not completed', () => {
    expect(isOverdue('2026-11-29', 'NOT_STARTED', '2026-11-29')).toBe(false);
    expect(isOverdue('2026-11-29', 'IN_PROGRESS', '2026-11-30')).toBe(true);
    expect(isOverdue('2026-11-29', 'COMPLETED', '2026-12-30')).toBe(false);
  });
});
