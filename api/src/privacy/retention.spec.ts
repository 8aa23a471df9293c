import { describe, expect, it } from 'vitest';
import { erasureDate, retentionCutoffs } from './retention.js';

const policy = { months: 36, noticeDays: 30 };

describe('retentionCutoffs', () => {
  it('erases after the retention months, notices 30 days earlier, and counts notices sent 30 days ago', () => {
    const cutoffs = retentionCutoffs(new Date('2029-06-15T08:00:00Z'), policy);

    expect(cutoffs.eraseInactiveSince.toISOString()).toBe('2026-06-15T08:00:00.000Z');
    expect(cutoffs.noticeInactiveSince.toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(cutoffs.noticeSentBefore.toISOString()).toBe('2029-05-16T08:00:00.000Z');
  });
});

describe('erasureDate', () => {
  it('is the end of the retention period when the notice came in time', () => {
    const date = erasureDate(new Date('2026-06-15T00:00:00Z'), new Date('2029-05-16T00:00:00Z'), policy);

    expect(date.toISOString()).toBe('2029-06-15T00:00:00.000Z');
  });

  it('leaves the full notice period when the notice came late (the job was off, say)', () => {
    const date = erasureDate(new Date('2020-01-01T00:00:00Z'), new Date('2029-05-16T00:00:00Z'), policy);

    expect(date.toISOString()).toBe('2029-06-15T00:00:00.000Z');
  });
});
