import { type Card, createEmptyCard, fsrs, generatorParameters, type Grade, Rating, State } from 'ts-fsrs';

/**
 * Spaced review with FSRS (the ts-fsrs library): one card per item a learner should keep, its state
 * as FSRS defines it. Pure: the service stores the state and passes the time.
 */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

// Whole days (no short-term steps): the review session is a daily one. No fuzz: the same history
// always gives the same schedule, so tests and learners can rely on it.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false, request_retention: 0.9 }));

export type ReviewRating = 'AGAIN' | 'HARD' | 'GOOD' | 'EASY';
const GRADES: Record<ReviewRating, Grade> = { AGAIN: Rating.Again, HARD: Rating.Hard, GOOD: Rating.Good, EASY: Rating.Easy };

/** A flashcard is self-rated: « je savais », « pas sûr », « je ne savais pas ». */
export function ratingOfFlashcard(rating: string): ReviewRating {
  return rating === 'KNEW' ? 'GOOD' : rating === 'UNSURE' ? 'HARD' : 'AGAIN';
}

/** A question is rated from the answer: right is GOOD, wrong is AGAIN. */
export function ratingOfAnswer(correct: boolean): ReviewRating {
  return correct ? 'GOOD' : 'AGAIN';
}

/** A new card, reviewed a first time at `now` with this rating (the lesson's answer is that first review). */
export function firstReview(rating: ReviewRating, now: Date): CardState {
  return review(fromFsrs(createEmptyCard(now)), rating, now);
}

export function review(card: CardState, rating: ReviewRating, now: Date): CardState {
  return fromFsrs(scheduler.next(toFsrs(card), now, GRADES[rating]).card);
}

/** The end of the learner's day: a card due before it belongs to today's session. */
export function endOfDay(now: Date, timeZone = 'Europe/Paris'): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const secondsIntoDay = get('hour') * 3600 + get('minute') * 60 + get('second');
  return new Date(now.getTime() - now.getMilliseconds() + (86_400 - secondsIntoDay) * 1000 - 1);
}

function toFsrs(card: CardState): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview ?? undefined,
  };
}

function fromFsrs(card: Card): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}
