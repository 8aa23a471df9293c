import { describe, expect, it } from 'vitest';
import { endOfDay, firstReview, ratingOfAnswer, ratingOfFlashcard, review } from './schedule.js';

const day = 86_400_000;
const monday = new Date('2026-11-30T09:00:00Z');

describe('spaced review (FSRS)', () => {
  it('brings a wrong answer back the next day, and a known card back days later', () => {
    const mistake = firstReview(ratingOfAnswer(false), monday);
    const known = firstReview(ratingOfFlashcard('KNEW'), monday);
    const tomorrow = endOfDay(new Date(monday.getTime() + day));

    expect(mistake.due.getTime()).toBeGreaterThan(endOfDay(monday).getTime());
    expect(mistake.due.getTime()).toBeLessThanOrEqual(tomorrow.getTime());
    expect(known.due.getTime()).toBeGreaterThan(tomorrow.getTime());
  });

  it('spaces the reviews further each time the learner remembers', () => {
    let card = firstReview('GOOD', monday);
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = card.due;
      card = review(card, 'GOOD', at);
      intervals.push((card.due.getTime() - at.getTime()) / day);
    }

    expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
    expect(intervals[3]!).toBeGreaterThan(intervals[0]! * 3);
  });

  it('shortens the interval after a lapse and counts it', () => {
    const first = firstReview('GOOD', monday);
    const learnt = review(first, 'GOOD', first.due);
    const forgotten = review(learnt, 'AGAIN', learnt.due);

    expect(forgotten.lapses).toBe(1);
    expect(forgotten.due.getTime() - learnt.due.getTime()).toBeLessThan(learnt.due.getTime() - first.due.getTime());
  });

  it('rates flashcards from the learner and questions from the answer', () => {
    expect([ratingOfFlashcard('KNEW'), ratingOfFlashcard('UNSURE'), ratingOfFlashcard('DID_NOT_KNOW')]).toEqual(['GOOD', 'HARD', 'AGAIN']);
    expect([ratingOfAnswer(true), ratingOfAnswer(false)]).toEqual(['GOOD', 'AGAIN']);
  });

  it('ends the day at midnight in Paris, whatever the server zone', () => {
    expect(endOfDay(new Date('2026-11-30T09:00:00Z')).toISOString()).toBe('2026-11-30T22:59:59.999Z');
    expect(endOfDay(new Date('2026-07-01T22:30:00Z')).toISOString()).toBe('2026-07-02T21:59:59.999Z');
  });
});
