import { describe, expect, it } from 'vitest';
import { MAX_SEND_ATTEMPTS, nextAttemptAfterFailure } from './backoff.js';

const now = new Date('2026-11-29T10:00:00Z');
const minutesLater = (attempts: number) => (nextAttemptAfterFailure(now, attempts)!.getTime() - now.getTime()) / 60_000;

describe('nextAttemptAfterFailure', () => {
  it('waits one minute after the first failure, then twice as long each time', () => {
    expect([1, 2, 3, 4].map(minutesLater)).toEqual([1, 2, 4, 8]);
  });

  it('never waits more than six hours', () => {
    expect(minutesLater(MAX_SEND_ATTEMPTS - 1)).toBeLessThanOrEqual(360);
    expect(nextAttemptAfterFailure(now, 7)).not.toBeNull();
  });

  it('gives up after the last attempt', () => {
    expect(nextAttemptAfterFailure(now, MAX_SEND_ATTEMPTS)).toBeNull();
  });
});
