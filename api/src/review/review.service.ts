import { Injectable } from '@nestjs/common';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { Element, Module } from '../catalogue/catalogue.types.js';
import { renderMarkdown } from '../catalogue/render.js';
import { Clock } from '../core/clock.js';
import type { CurrentUser } from '../core/current-user.js';
import { answeredAt } from '../learning/answered-at.js';
import { InvalidResponse, type RawResponse } from '../learning/correction.js';
import { correctItem, findItem, type Item, ItemNotFound, NotAnswerable } from '../learning/items.js';
import type { AnswerResult } from '../learning/learning.types.js';
import { ReviewErrors } from './review.errors.js';
import { type ReviewCardRecord, ReviewRepository, RepeatedReview } from './review.repository.js';
import { endOfDay, firstReview, ratingOfAnswer, ratingOfFlashcard, review, type ReviewRating } from './schedule.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A daily session fits in about five minutes: ten items at about thirty seconds each. */
export const SESSION_SIZE = 10;
const RATING_VALUES: Record<ReviewRating, number> = { AGAIN: 1, HARD: 2, GOOD: 3, EASY: 4 };

export interface ReviewItem {
  cardId: string;
  source: 'FLASHCARD' | 'MISTAKE';
  module: Module;
  itemKey: string;
  /** The element as learners see it, narrowed to the one statement or card reviewed. */
  element: Element;
  due: Date;
}

export interface ReviewOutcome {
  cardId: string;
  rating: ReviewRating;
  /** Null for a flashcard, which has no right answer. */
  correct: boolean | null;
  result: AnswerResult | null;
  nextDue: Date;
}

@Injectable()
export class ReviewService {
  constructor(
    private readonly repository: ReviewRepository,
    private readonly catalogue: CatalogueService,
    private readonly clock: Clock,
  ) {}

  /**
   * Called when a lesson answer is stored: a rated flashcard, or a question got wrong, enters review
   * (the lesson's answer counts as its first review). Scenario steps stay out: they make sense only
   * along their branch.
   */
  async noteLessonAnswer(
    userId: string,
    moduleId: string,
    item: Item,
    answer: { correct: boolean; graded: boolean; response: RawResponse },
  ) {
    const now = this.clock.now();
    if (item.kind === 'card' && answer.response.rating) {
      const card = firstReview(ratingOfFlashcard(answer.response.rating), now);
      await this.repository.insertCardOnce({ userId, moduleId, itemKey: item.key, source: 'FLASHCARD', ...card });
    } else if (answer.graded && !answer.correct && item.kind !== 'step' && item.kind !== 'h5p') {
      const card = firstReview(ratingOfAnswer(false), now);
      await this.repository.insertCardOnce({ userId, moduleId, itemKey: item.key, source: 'MISTAKE', ...card });
    }
  }

  dueCount(me: CurrentUser): Promise<number> {
    return this.repository.countDueCards(me.id, endOfDay(this.clock.now()));
  }

  /** Today's session: the cards due by the end of the day, the most overdue first, about five minutes' worth. */
  async session(me: CurrentUser): Promise<ReviewItem[]> {
    const cards = await this.repository.findDueCards(me.id, endOfDay(this.clock.now()), SESSION_SIZE * 2);
    const modules = new Map((await this.catalogue.modulesByIds([...new Set(cards.map((c) => c.moduleId))])).map((m) => [m.id, m]));
    const items: ReviewItem[] = [];
    for (const card of cards) {
      const module = modules.get(card.moduleId);
      const element = module && (await this.elementOf(module, card.itemKey));
      // A question removed from its module since is left out (its card stays, in case it comes back).
      if (module && element) items.push({ cardId: card.id, source: card.source, module, itemKey: card.itemKey, element, due: card.due });
      if (items.length === SESSION_SIZE) break;
    }
    return items;
  }

  /**
   * Idempotent: the same key returns the first outcome. A flashcard is self-rated; a question is rated
   * from the answer. `answeredAt` is when the learner answered, by its browser (a review queued offline
   * arrives later): kept between the card's last review and now, and the schedule runs from it.
   */
  async answer(
    me: CurrentUser,
    input: { cardId: string; response: RawResponse; idempotencyKey: string; answeredAt?: Date | null },
  ): Promise<ReviewOutcome> {
    const card = await this.ownCard(me, input.cardId);
    const previous = await this.repository.findLogByKey(me.id, input.idempotencyKey);
    if (previous) return this.repeated(card, previous);
    const now = this.clock.now();
    // Due by the end of the server's day: a session downloaded this morning and sent tonight still counts.
    if (card.due > endOfDay(now)) throw ReviewErrors.notDue();

    const { rating, correct, result } = await this.rate(card, input.response);
    const at = answeredAt(input.answeredAt ?? undefined, latest(card.createdAt, card.lastReview), now);
    const next = review(card, rating, at);
    try {
      const moved = await this.repository.recordReview(card, next, {
        userId: me.id,
        idempotencyKey: input.idempotencyKey,
        rating: RATING_VALUES[rating],
        correct,
        response: input.response,
        reviewedAt: at,
      });
      if (!moved) {
        // Moved by someone else meanwhile: the same review sent twice at once gets the first outcome.
        const stored = await this.repository.findLogByKey(me.id, input.idempotencyKey);
        if (stored) return this.repeated(await this.ownCard(me, input.cardId), stored);
        throw ReviewErrors.alreadyReviewed();
      }
    } catch (error) {
      if (error instanceof RepeatedReview) return this.answer(me, input);
      throw error;
    }
    return { cardId: card.id, rating, correct, result, nextDue: next.due };
  }

  private repeated(card: ReviewCardRecord, previous: { cardId: string; response: unknown }): Promise<ReviewOutcome> {
    if (previous.cardId !== card.id) throw ReviewErrors.keyReused();
    return this.outcome(card, previous.response as RawResponse, card.due);
  }

  private async outcome(card: ReviewCardRecord, response: RawResponse, nextDue: Date): Promise<ReviewOutcome> {
    const { rating, correct, result } = await this.rate(card, response);
    return { cardId: card.id, rating, correct, result, nextDue };
  }

  private async rate(card: ReviewCardRecord, response: RawResponse): Promise<Omit<ReviewOutcome, 'cardId' | 'nextDue'>> {
    if (card.source === 'FLASHCARD') {
      if (!response.rating) throw ReviewErrors.ratingRequired();
      return { rating: ratingOfFlashcard(response.rating), correct: null, result: null };
    }
    const [module] = await this.catalogue.modulesByIds([card.moduleId]);
    if (!module) throw ReviewErrors.itemGone();
    const version = await this.catalogue.versionForCorrection(module.versionId);
    let item: Item;
    try {
      item = findItem(version.content, card.itemKey);
    } catch (error) {
      if (error instanceof ItemNotFound || error instanceof NotAnswerable) throw ReviewErrors.itemGone();
      throw error;
    }
    if (Object.keys(response).length === 0) throw ReviewErrors.responseRequired();
    try {
      const correction = correctItem(item, response, version.contentHash);
      const result: AnswerResult = {
        elementId: item.key,
        graded: true,
        correct: correction.correct,
        feedbackHtml: correction.feedbackMarkdown ? renderMarkdown(correction.feedbackMarkdown) : '',
        response: correction.response,
        solution: correction.solution,
        skillId: correction.skillId,
        nextStepId: null,
        quality: null,
        poll: null,
      };
      return { rating: ratingOfAnswer(correction.correct), correct: correction.correct, result };
    } catch (error) {
      if (error instanceof InvalidResponse) throw ReviewErrors.invalidResponse(error.message);
      throw error;
    }
  }

  private async ownCard(me: CurrentUser, cardId: string): Promise<ReviewCardRecord> {
    const card = UUID.test(cardId) ? await this.repository.findCard(cardId) : undefined;
    if (!card || card.userId !== me.id) throw ReviewErrors.cardNotFound();
    return card;
  }

  /** The public element of the item, narrowed to the one statement or flashcard under review. */
  private async elementOf(module: Module, itemKey: string): Promise<Element | null> {
    const [elementId, subId] = itemKey.split('/');
    const element = (await this.catalogue.publicElement(module.versionId, elementId!)) as
      (Element & { kind: string; statements?: { id: string }[]; cards?: { id: string }[] }) | null;
    if (!element) return null;
    if (subId === undefined) return element;
    if (element.kind === 'true-false') {
      const statements = element.statements!.filter((s) => s.id === subId);
      return statements.length ? ({ ...element, statements } as Element) : null;
    }
    if (element.kind === 'flashcards') {
      const cards = element.cards!.filter((c) => c.id === subId);
      return cards.length ? ({ ...element, cards } as Element) : null;
    }
    return null;
  }
}

function latest(a: Date, b: Date | null): Date {
  return b && b.getTime() > a.getTime() ? b : a;
}
