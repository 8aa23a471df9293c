import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database, PREPARED } from '../database/database.js';
import type { CardState } from './schedule.js';

export interface ReviewCardRecord extends CardState {
  id: string;
  userId: string;
  moduleId: string;
  itemKey: string;
  source: 'FLASHCARD' | 'MISTAKE';
  /** When the card entered review: no review of it can be older. */
  createdAt: Date;
}

export interface ReviewLogRecord {
  cardId: string;
  rating: number;
  correct: boolean | null;
  response: unknown;
  reviewedAt: Date;
}

const columns = (card: CardState) => ({
  due: card.due,
  stability: card.stability,
  difficulty: card.difficulty,
  scheduled_days: card.scheduledDays,
  learning_steps: card.learningSteps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  last_review: card.lastReview,
});

@Injectable()
export class ReviewRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private selectCards() {
    return this.db
      .selectFrom('review_cards')
      .select([
        'id',
        'user_id as userId',
        'module_id as moduleId',
        'item_key as itemKey',
        'source',
        'due',
        'stability',
        'difficulty',
        'scheduled_days as scheduledDays',
        'learning_steps as learningSteps',
        'reps',
        'lapses',
        'state',
        'last_review as lastReview',
        'created_at as createdAt',
      ]);
  }

  findCard(id: string): Promise<ReviewCardRecord | undefined> {
    return this.selectCards().where('id', '=', id).executeTakeFirst();
  }

  findDueCards(userId: string, dueBy: Date, limit: number): Promise<ReviewCardRecord[]> {
    return this.selectCards().where('user_id', '=', userId).where('due', '<=', dueBy).orderBy('due').orderBy('id').limit(limit).execute();
  }

  async countDueCards(userId: string, dueBy: Date): Promise<number> {
    const row = await this.db
      .selectFrom('review_cards')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('user_id', '=', userId)
      .where('due', '<=', dueBy)
      .executeTakeFirstOrThrow();
    return row.n;
  }

  /**
   * A card enters review once; later lesson answers to the same item leave its schedule alone.
   * Prepared: every wrong answer in a lesson runs it.
   */
  async insertCardOnce(card: Omit<ReviewCardRecord, 'id' | 'createdAt'>): Promise<void> {
    await this.db
      .insertInto('review_cards')
      .values({ user_id: card.userId, module_id: card.moduleId, item_key: card.itemKey, source: card.source, ...columns(card) })
      .onConflict((oc) => oc.columns(['user_id', 'module_id', 'item_key']).doNothing())
      .modifyEnd(PREPARED)
      .execute();
  }

  findLogByKey(userId: string, idempotencyKey: string): Promise<(ReviewLogRecord & { cardId: string }) | undefined> {
    return this.db
      .selectFrom('review_logs')
      .select(['card_id as cardId', 'rating', 'correct', 'response', 'reviewed_at as reviewedAt'])
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
  }

  /**
   * Logs the review and moves the card, in one transaction; only if the card still has the state it
   * was read with (a review sent twice at once moves it once). Says whether it did.
   */
  async recordReview(
    card: ReviewCardRecord,
    next: CardState,
    log: Omit<ReviewLogRecord, 'cardId'> & { userId: string; idempotencyKey: string },
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable('review_cards')
        .set(columns(next))
        .where('id', '=', card.id)
        .where('reps', '=', card.reps)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return false;
      const inserted = await trx
        .insertInto('review_logs')
        .values({
          card_id: card.id,
          user_id: log.userId,
          rating: log.rating,
          correct: log.correct,
          response: log.response === null ? null : JSON.stringify(log.response),
          idempotency_key: log.idempotencyKey,
          reviewed_at: log.reviewedAt,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) throw new RepeatedReview();
      return true;
    });
  }
}

/** Thrown inside the transaction to undo the move when the idempotency key was already used. */
export class RepeatedReview extends Error {}
