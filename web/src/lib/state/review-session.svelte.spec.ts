import { describe, expect, it } from 'vitest';
import { isUnreviewable, ReviewSessionState, reviewResult, type ReviewItem, type ReviewOutcome } from './review-session.svelte.ts';
import { answerResult } from './testing.ts';

function item(cardId: string, source: ReviewItem['source'] = 'MISTAKE'): ReviewItem {
  return {
    __typename: 'ReviewItem',
    cardId,
    source,
    itemKey: `el-${cardId}`,
    due: '2026-11-29T08:00:00Z',
    module: { __typename: 'Module', id: 'm1', slug: 'mots-de-passe', title: 'Mots de passe' },
    element: { __typename: 'ShortAnswerElement', id: `el-${cardId}`, promptHtml: '<p>?</p>' },
  };
}

function outcome(cardId: string): ReviewOutcome {
  return { __typename: 'ReviewOutcome', cardId, rating: 'GOOD', correct: true, nextDue: '2026-12-03T08:00:00Z', result: null };
}

describe('ReviewSessionState', () => {
  it('starts on the first item', () => {
    const session = new ReviewSessionState([item('c1'), item('c2')]);

    expect(session.current?.cardId).toBe('c1');
    expect(session.step).toBe(1);
    expect(session.total).toBe(2);
    expect(session.finished).toBe(false);
  });

  it('moves on only once the item is reviewed', () => {
    const session = new ReviewSessionState([item('c1'), item('c2')]);

    expect(session.next()).toBe(false);
    session.record(outcome('c1'));

    expect(session.next()).toBe(true);
    expect(session.current?.cardId).toBe('c2');
    expect(session.outcomeFor('c1')?.nextDue).toBe('2026-12-03T08:00:00Z');
  });

  it('lets the learner move past an item the server will not review', () => {
    const session = new ReviewSessionState([item('c1'), item('c2')]);

    session.skip('c1');

    expect(session.isSettled('c1')).toBe(true);
    expect(session.next()).toBe(true);
    expect(session.reviewedCount).toBe(0);
  });

  it('ends after the last item and counts the items reviewed', () => {
    const session = new ReviewSessionState([item('c1'), item('c2')]);
    session.record(outcome('c1'));
    session.next();
    session.record(outcome('c2'));

    session.next();

    expect(session.finished).toBe(true);
    expect(session.current).toBeUndefined();
    expect(session.reviewedCount).toBe(2);
    expect(session.next()).toBe(false);
  });

  it('lets the learner move on from an answer kept offline, and counts it reviewed once its outcome comes', () => {
    const session = new ReviewSessionState([item('c1'), item('c2')]);

    session.wait('c1');
    const moved = session.next();
    const waiting = session.statusOf('c1');
    session.record(outcome('c1'));

    expect(moved).toBe(true);
    expect(waiting).toEqual({ kind: 'waiting' });
    expect(session.statusOf('c1')).toMatchObject({ kind: 'reviewed', outcome: { cardId: 'c1' } });
    expect(session.waitingCount).toBe(0);
    expect(session.answeredCount).toBe(1);
  });

  it('says why an answer sent from the queue was refused', () => {
    const session = new ReviewSessionState([item('c1')]);
    session.wait('c1');

    session.skip('c1', 'error.reason.REVIEW_NOT_DUE');

    expect(session.statusOf('c1')).toEqual({ kind: 'refused', reason: 'error.reason.REVIEW_NOT_DUE' });
    expect(session.answeredCount).toBe(0);
  });

  it('resumes after an offline reload on the first item neither reviewed nor waiting', () => {
    const session = new ReviewSessionState([item('c1'), item('c2'), item('c3')]);

    session.resume({ outcomes: [outcome('c1'), outcome('other')], waiting: ['c2'] });

    expect(session.current?.cardId).toBe('c3');
    expect(session.answeredCount).toBe(2);
  });

  it('shows the summary when everything was answered before the reload', () => {
    const session = new ReviewSessionState([item('c1'), item('c2')]);

    session.resume({ outcomes: [outcome('c1')], waiting: ['c2'] });

    expect(session.finished).toBe(true);
    expect(session.statusOf('c2')).toEqual({ kind: 'waiting' });
  });

  it('gives each item its own player, keyed by its card', () => {
    const session = new ReviewSessionState([item('c1'), item('c2')]);

    expect(session.playerFor('c1').attemptId).toBe('c1');
    expect(session.playerFor('c1')).not.toBe(session.playerFor('c2'));
    expect(() => session.playerFor('other')).toThrow();
  });
});

describe('reviewResult', () => {
  it('keeps the correction of a question, under the key the component sent', () => {
    const correction = answerResult('tf/s2', { correct: false });

    const result = reviewResult('tf/s2', { value: true }, correction);

    expect(result).toEqual(correction);
  });

  it('makes an ungraded result carrying the rating for a flashcard, so the deck knows it was rated', () => {
    const result = reviewResult('cards/c3', { rating: 'UNSURE' }, null);

    expect(result.elementId).toBe('cards/c3');
    expect(result.graded).toBe(false);
    expect(result.response.rating).toBe('UNSURE');
    expect(result.solution.choiceIds).toBeNull();
  });
});

describe('isUnreviewable', () => {
  it('is true for the refusals that no answer can change', () => {
    expect(isUnreviewable('REVIEW_ALREADY_DONE')).toBe(true);
    expect(isUnreviewable('REVIEW_ITEM_GONE')).toBe(true);
    expect(isUnreviewable('INVALID_RESPONSE')).toBe(false);
    expect(isUnreviewable(undefined)).toBe(false);
  });
});
