import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  applySnapshot,
  emptyLive,
  type LivePoll,
  type LiveQuestion,
  orderedPolls,
  orderedQuestions,
  share,
} from './live-state.ts';

const question = (id: string, over: Partial<LiveQuestion> = {}): LiveQuestion => ({
  id,
  text: `Question ${id}`,
  status: 'OPEN',
  askedAt: '2026-12-01T13:05:00Z',
  upvotes: 0,
  upvotedByMe: false,
  askedByMe: false,
  ...over,
});

const poll = (id: string, over: Partial<LivePoll> = {}): LivePoll => ({
  id,
  question: 'Utilisez-vous un gestionnaire de mots de passe ?',
  kind: 'SINGLE',
  status: 'OPEN',
  voters: 0,
  myOptionIds: [],
  launchedAt: '2026-12-01T13:10:00Z',
  closedAt: null,
  options: [
    { id: '1', label: 'Oui', votes: null },
    { id: '2', label: 'Non', votes: null },
  ],
  ...over,
});

describe('applyEvent', () => {
  it('adds a new question and updates a known one in place', () => {
    const asked = applyEvent(emptyLive(), { question: question('a'), poll: null });

    const answered = applyEvent(asked, { question: question('a', { status: 'ANSWERED', upvotes: 2 }), poll: null });

    expect(answered.questions).toEqual([question('a', { status: 'ANSWERED', upvotes: 2 })]);
  });

  it('never lowers a count nor forgets this browser’s own upvote when an older view arrives late', () => {
    const state = applyEvent(emptyLive(), { question: question('a', { upvotes: 3, upvotedByMe: true }), poll: null });

    const late = applyEvent(state, { question: question('a', { upvotes: 2 }), poll: null });

    expect(late.questions[0]).toMatchObject({ upvotes: 3, upvotedByMe: true });
  });

  it('keeps a closed poll closed, its results and the learner’s choice', () => {
    const closed = poll('p', {
      status: 'CLOSED',
      closedAt: '2026-12-01T13:20:00Z',
      voters: 2,
      myOptionIds: ['1'],
      options: [
        { id: '1', label: 'Oui', votes: 2 },
        { id: '2', label: 'Non', votes: 0 },
      ],
    });
    const state = applyEvent(emptyLive(), { question: null, poll: closed });

    const stale = applyEvent(state, { question: null, poll: poll('p', { voters: 1 }) });

    expect(stale.polls[0]).toMatchObject({ status: 'CLOSED', voters: 2, myOptionIds: ['1'] });
    expect(stale.polls[0]!.options.map((o) => o.votes)).toEqual([2, 0]);
  });
});

describe('applySnapshot', () => {
  it('drops what the snapshot no longer has (a question hidden while the socket was down)', () => {
    const state = { questions: [question('a'), question('b')], polls: [] };

    const next = applySnapshot(state, { questions: [question('b', { upvotes: 1 })], polls: [poll('p')] });

    expect(next.questions.map((q) => q.id)).toEqual(['b']);
    expect(next.polls.map((p) => p.id)).toEqual(['p']);
  });

  it('keeps what an event brought while the snapshot was on its way', () => {
    const state = { questions: [question('new')], polls: [poll('fresh')] };

    const next = applySnapshot(state, emptyLive(), ['new', 'fresh']);

    expect(next.questions.map((q) => q.id)).toEqual(['new']);
    expect(next.polls.map((p) => p.id)).toEqual(['fresh']);
  });
});

describe('ordering', () => {
  it('lists open questions most upvoted first, then oldest first', () => {
    const questions = [
      question('late', { askedAt: '2026-12-01T13:09:00Z', upvotes: 1 }),
      question('early', { askedAt: '2026-12-01T13:01:00Z', upvotes: 1 }),
      question('top', { askedAt: '2026-12-01T13:10:00Z', upvotes: 4 }),
      question('done', { status: 'ANSWERED' }),
    ];

    expect(orderedQuestions(questions, 'OPEN').map((q) => q.id)).toEqual(['top', 'early', 'late']);
    expect(orderedQuestions(questions, 'ANSWERED').map((q) => q.id)).toEqual(['done']);
  });

  it('lists open polls first, then the newest', () => {
    const polls = [
      poll('old', { status: 'CLOSED', launchedAt: '2026-12-01T13:00:00Z' }),
      poll('recent', { status: 'CLOSED', launchedAt: '2026-12-01T13:30:00Z' }),
      poll('open', { launchedAt: '2026-12-01T13:10:00Z' }),
    ];

    expect(orderedPolls(polls).map((p) => p.id)).toEqual(['open', 'recent', 'old']);
  });

  it('gives each option its share of the voters', () => {
    expect(share(1, 3)).toBe(33);
    expect(share(null, 3)).toBe(0);
    expect(share(0, 0)).toBe(0);
  });
});
