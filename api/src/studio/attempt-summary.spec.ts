import { describe, expect, it } from 'vitest';
import { summariseAttempts } from './attempt-summary.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 8, minutes));

describe('summariseAttempts', () => {
  it('counts attempts, learners and completions, with the median time of the completed ones', () => {
    const summary = summariseAttempts([
      { userId: 'a', startedAt: at(0), completedAt: at(4) },
      { userId: 'a', startedAt: at(10), completedAt: at(13) },
      { userId: 'b', startedAt: at(0), completedAt: at(7) },
      { userId: 'c', startedAt: at(0), completedAt: null },
    ]);

    expect(summary).toEqual({ attempts: 4, completed: 3, learners: 3, completionRate: 75, medianMinutes: 4 });
  });

  it('takes the mean of the two middle times for an even count', () => {
    expect(
      summariseAttempts([
        { userId: 'a', startedAt: at(0), completedAt: at(3) },
        { userId: 'b', startedAt: at(0), completedAt: at(6) },
      ]).medianMinutes,
    ).toBe(4.5);
  });

  it('has no rate or median before anyone started or finished', () => {
    expect(summariseAttempts([])).toEqual({ attempts: 0, completed: 0, learners: 0, completionRate: null, medianMinutes: null });
  });
});
