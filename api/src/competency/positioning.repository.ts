import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';

export interface PositioningSessionRecord {
  id: string;
  userId: string;
  competencyCodes: string[];
  status: 'IN_PROGRESS' | 'COMPLETED' | 'ABANDONED';
  seed: number;
  pendingVersionId: string | null;
  pendingItemKey: string | null;
  startedAt: Date;
  completedAt: Date | null;
  /** When the learner shared the result with their établissement (cohort reports); null: kept to themselves. */
  sharedAt: Date | null;
}

export interface PositioningAnswerRecord {
  sessionId: string;
  versionId: string;
  itemKey: string;
  skillId: string;
  correct: boolean;
  skipped: boolean;
  idempotencyKey: string;
  answeredAt: Date;
}

@Injectable()
export class PositioningRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private selectSessions() {
    return this.db
      .selectFrom('positioning_sessions')
      .select([
        'id',
        'user_id as userId',
        'competency_codes as competencyCodes',
        'status',
        'seed',
        'pending_version_id as pendingVersionId',
        'pending_item_key as pendingItemKey',
        'started_at as startedAt',
        'completed_at as completedAt',
        'shared_at as sharedAt',
      ]);
  }

  findSession(id: string): Promise<PositioningSessionRecord | undefined> {
    return this.selectSessions().where('id', '=', id).executeTakeFirst();
  }

  findSessionInProgress(userId: string): Promise<PositioningSessionRecord | undefined> {
    return this.selectSessions().where('user_id', '=', userId).where('status', '=', 'IN_PROGRESS').executeTakeFirst();
  }

  findLatestSessions(userId: string, limit: number): Promise<PositioningSessionRecord[]> {
    return this.selectSessions().where('user_id', '=', userId).orderBy('started_at', 'desc').limit(limit).execute();
  }

  /** Abandons the session in progress, if any, and starts another: one transaction, so one stays in progress. */
  async replaceSessionInProgress(userId: string, competencyCodes: string[], seed: number): Promise<string> {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('positioning_sessions')
        .set({ status: 'ABANDONED', pending_version_id: null, pending_item_key: null })
        .where('user_id', '=', userId)
        .where('status', '=', 'IN_PROGRESS')
        .execute();
      const row = await trx
        .insertInto('positioning_sessions')
        .values({ user_id: userId, competency_codes: competencyCodes, status: 'IN_PROGRESS', seed })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
  }

  async updatePending(id: string, pending: { versionId: string; itemKey: string } | null, completedAt?: Date): Promise<void> {
    await this.db
      .updateTable('positioning_sessions')
      .set({
        pending_version_id: pending?.versionId ?? null,
        pending_item_key: pending?.itemKey ?? null,
        ...(completedAt ? { status: 'COMPLETED' as const, completed_at: completedAt } : {}),
      })
      .where('id', '=', id)
      .where('status', '=', 'IN_PROGRESS')
      .execute();
  }

  /** Stores the answer unless its key, or an answer to the same item of the session, is there; says whether it did. */
  async insertAnswerOnce(
    answer: Omit<PositioningAnswerRecord, 'answeredAt'> & { userId: string; response: unknown; answeredAt: Date },
  ): Promise<boolean> {
    const inserted = await this.db
      .insertInto('positioning_answers')
      .values({
        session_id: answer.sessionId,
        user_id: answer.userId,
        module_version_id: answer.versionId,
        item_key: answer.itemKey,
        skill_id: answer.skillId,
        response: answer.response === null ? null : JSON.stringify(answer.response),
        correct: answer.correct,
        skipped: answer.skipped,
        idempotency_key: answer.idempotencyKey,
        answered_at: answer.answeredAt,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  private selectAnswers() {
    return this.db
      .selectFrom('positioning_answers')
      .select([
        'session_id as sessionId',
        'module_version_id as versionId',
        'item_key as itemKey',
        'skill_id as skillId',
        'correct',
        'skipped',
        'idempotency_key as idempotencyKey',
        'answered_at as answeredAt',
      ]);
  }

  findAnswerByKey(userId: string, idempotencyKey: string): Promise<PositioningAnswerRecord | undefined> {
    return this.selectAnswers().where('user_id', '=', userId).where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  }

  findAnswersOfSessions(sessionIds: readonly string[]): Promise<PositioningAnswerRecord[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.selectAnswers().where('session_id', 'in', sessionIds).orderBy('answered_at').orderBy('id').execute();
  }

  findAnswersOfUser(userId: string): Promise<PositioningAnswerRecord[]> {
    return this.selectAnswers().where('user_id', '=', userId).orderBy('answered_at').orderBy('id').execute();
  }

  /** Shares a completed session; sharing again keeps the first date. */
  async markShared(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable('positioning_sessions')
      .set({ shared_at: sql<Date>`coalesce(shared_at, ${at})` })
      .where('id', '=', id)
      .where('status', '=', 'COMPLETED')
      .execute();
  }

  /** The answers of the completed sessions these learners shared, oldest first. */
  findSharedAnswersOfUsers(userIds: readonly string[]): Promise<(PositioningAnswerRecord & { userId: string })[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.selectAnswers()
      .innerJoin('positioning_sessions as s', 's.id', 'positioning_answers.session_id')
      .select('positioning_answers.user_id as userId')
      .where('s.user_id', 'in', userIds)
      .where('s.status', '=', 'COMPLETED')
      .where('s.shared_at', 'is not', null)
      .orderBy('positioning_answers.answered_at')
      .orderBy('positioning_answers.id')
      .execute();
  }
}
