import { describe, expect, it } from 'vitest';
import type { LivePollRecord } from './live-events.js';
import { pollFor, questionFor, validChoice } from './live-view.js';

const poll: LivePollRecord = {
  id: 'p1',
  webinarId: 'w1',
  question: 'Votre outil ?',
  kind: 'SINGLE',
  options: [
    { id: '1', label: 'Gestionnaire' },
    { id: '2', label: 'Carnet' },
  ],
  status: 'OPEN',
  launchedAt: '2026-12-01T13:05:00.000Z',
  closedAt: null,
  votes: { learner: ['1'], other: ['1'], third: ['2'] },
};

describe('pollFor', () => {
  it('shows counts to trainers live and to learners once closed, with the learner’s own choice', () => {
    expect(pollFor({ userId: 'host', host: true }, poll).options.map((o) => o.votes)).toEqual([2, 1]);
    expect(pollFor({ userId: 'learner', host: false }, poll)).toMatchObject({ voters: 3, myOptionIds: ['1'] });
    expect(pollFor({ userId: 'learner', host: false }, poll).options.map((o) => o.votes)).toEqual([null, null]);
    expect(pollFor({ userId: 'learner', host: false }, { ...poll, status: 'CLOSED' }).options.map((o) => o.votes)).toEqual([2, 1]);
  });
});

describe('questionFor', () => {
  it('hides the text of a hidden question from learners, never who asked', () => {
    const question = {
      id: 'q1',
      webinarId: 'w1',
      text: 'Pourquoi ?',
      status: 'HIDDEN' as const,
      askedAt: '2026-12-01T13:05:00.000Z',
      askedBy: 'a',
      upvoterIds: ['b', 'c'],
    };

    expect(questionFor({ userId: 'b', host: false }, question)).toMatchObject({
      text: '',
      upvotes: 2,
      upvotedByMe: true,
      askedByMe: false,
    });
    expect(questionFor({ userId: 'h', host: true }, question).text).toBe('Pourquoi ?');
    expect(Object.keys(questionFor({ userId: 'a', host: false }, question))).not.toContain('askedBy');
  });
});

describe('validChoice', () => {
  it('takes one known option for a single choice, several distinct ones for a multiple choice', () => {
    expect(validChoice(poll, ['1'])).toBe(true);
    expect(validChoice(poll, ['1', '2'])).toBe(false);
    expect(validChoice({ ...poll, kind: 'MULTIPLE' }, ['1', '2'])).toBe(true);
    expect(validChoice({ ...poll, kind: 'MULTIPLE' }, ['1', '1'])).toBe(false);
    expect(validChoice(poll, ['9'])).toBe(false);
  });
});
