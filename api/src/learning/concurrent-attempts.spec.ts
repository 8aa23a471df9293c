import { describe, expect, it } from 'vitest';
import { type AttemptPeriod, bestOfConcurrentAttempts, type GradedAnswer } from './concurrent-attempts.js';

const at = (hour: number) => new Date(Date.UTC(2026, 10, 29, hour));
const attempt = (id: string, start: number, end: number | null, moduleId = 'm'): AttemptPeriod => ({
  id,
  userId: 'u',
  moduleId,
  startedAt: at(start),
  completedAt: end === null ? null : at(end),
});
const answer = (attemptId: string, skillId: string, correct: boolean, hour: number): GradedAnswer => ({
  attemptId,
  skillId,
  correct,
  graded: true,
  answeredAt: at(hour),
});

describe('bestOfConcurrentAttempts', () => {
  it('keeps the right answer of one device when the other device answered the same skill wrong later', () => {
    const answers = [answer('laptop', 's1', true, 9), answer('phone', 's1', false, 11), answer('phone', 's2', false, 11)];
    const kept = bestOfConcurrentAttempts(answers, [attempt('laptop', 8, 9), attempt('phone', 8, 12)]);
    expect(kept).toEqual([answers[0], answers[2]]);
  });

  it('lets the latest answer decide when the second attempt started after the first one ended (a retake)', () => {
    const answers = [answer('first', 's1', true, 9), answer('retake', 's1', false, 14)];
    expect(bestOfConcurrentAttempts(answers, [attempt('first', 8, 10), attempt('retake', 13, 14)])).toEqual(answers);
  });

  it('counts an attempt as open until its last answer when it was never finished', () => {
    const answers = [answer('phone', 's1', true, 8), answer('phone', 's2', true, 15), answer('laptop', 's1', false, 13)];
    const kept = bestOfConcurrentAttempts(answers, [attempt('phone', 7, null), attempt('laptop', 12, 13)]);
    expect(kept).toEqual([answers[0], answers[1]]);
  });

  it('joins attempts that overlap through a third one', () => {
    const answers = [answer('a', 's1', true, 9), answer('c', 's1', false, 16)];
    const kept = bestOfConcurrentAttempts(answers, [attempt('a', 8, 11), attempt('b', 10, 15), attempt('c', 14, 16)]);
    expect(kept).toEqual([answers[0]]);
  });

  it('leaves answers within one attempt, other modules and ungraded answers as they are', () => {
    const answers = [
      answer('a', 's1', true, 9),
      answer('a', 's1', false, 10),
      answer('other', 's1', false, 10),
      { ...answer('b', 's1', false, 10), graded: false },
    ];
    const kept = bestOfConcurrentAttempts(answers, [attempt('a', 8, 11), attempt('other', 8, 11, 'another module'), attempt('b', 8, 11)]);
    expect(kept).toEqual(answers);
  });
});
