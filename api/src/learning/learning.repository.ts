import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database, PREPARED } from '../database/database.js';
import type { LearnerResponse } from './correction.js';
import type { AttemptPeriod } from './concurrent-attempts.js';

export interface AttemptRecord {
  id: string;
  userId: string;
  moduleId: string;
  versionId: string;
  version: number;
  gradedCount: number;
  status: 'IN_PROGRESS' | 'COMPLETED';
  currentGrainIndex: number;
  startedAt: Date;
  completedAt: Date | null;
  /** The download that reserved this attempt for offline play, else null (played online). */
  downloadKey: string | null;
}

export interface AnswerRecord {
  attemptId: string;
  elementId: string;
  skillId: string | null;
  response: LearnerResponse;
  correct: boolean;
  graded: boolean;
  idempotencyKey: string;
  answeredAt: Date;
}

@Injectable()
export class LearningRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private selectAttempts() {
    return this.db
      .selectFrom('attempts as a')
      .innerJoin('module_versions as v', 'v.id', 'a.module_version_id')
      .select([
        'a.id',
        'a.user_id as userId',
        'a.module_id as moduleId',
        'a.module_version_id as versionId',
        'v.number as version',
        'v.graded_count as gradedCount',
        'a.status',
        'a.current_grain_index as currentGrainIndex',
        'a.started_at as startedAt',
        'a.completed_at as completedAt',
        'a.download_key as downloadKey',
      ]);
  }

  /** Prepared: every move in an attempt reads it, and the first answer to it on each instance. */
  findAttempt(id: string): Promise<AttemptRecord | undefined> {
    return this.selectAttempts().where('a.id', '=', id).modifyEnd(PREPARED).executeTakeFirst();
  }

  /** The attempt in progress played online (those reserved by a download belong to their device). */
  findAttemptInProgress(userId: string, moduleId: string): Promise<AttemptRecord | undefined> {
    return this.selectAttempts()
      .where('a.user_id', '=', userId)
      .where('a.module_id', '=', moduleId)
      .where('a.status', '=', 'IN_PROGRESS')
      .where('a.download_key', 'is', null)
      .executeTakeFirst();
  }

  /** Inserts unless one is already in progress online (the partial unique index decides under concurrent starts). */
  async insertAttempt(userId: string, moduleId: string, versionId: string): Promise<void> {
    await this.db
      .insertInto('attempts')
      .values({ user_id: userId, module_id: moduleId, module_version_id: versionId, status: 'IN_PROGRESS' })
      .onConflict((oc) =>
        oc.columns(['user_id', 'module_id']).where('status', '=', 'IN_PROGRESS').where('download_key', 'is', null).doNothing(),
      )
      .execute();
  }

  findAttemptOfDownload(userId: string, downloadKey: string): Promise<AttemptRecord | undefined> {
    return this.selectAttempts().where('a.user_id', '=', userId).where('a.download_key', '=', downloadKey).executeTakeFirst();
  }

  /** Reserves an attempt for a download, once per key (a retried download inserts nothing). */
  async insertDownloadAttempt(userId: string, moduleId: string, versionId: string, downloadKey: string): Promise<void> {
    await this.db
      .insertInto('attempts')
      .values({ user_id: userId, module_id: moduleId, module_version_id: versionId, status: 'IN_PROGRESS', download_key: downloadKey })
      .onConflict((oc) => oc.columns(['user_id', 'download_key']).where('download_key', 'is not', null).doNothing())
      .execute();
  }

  /** The learner's finished attempts on a module, all devices and versions. */
  findCompletedAttempts(userId: string, moduleId: string): Promise<AttemptRecord[]> {
    return this.selectAttempts()
      .where('a.user_id', '=', userId)
      .where('a.module_id', '=', moduleId)
      .where('a.status', '=', 'COMPLETED')
      .orderBy('a.completed_at', 'desc')
      .execute();
  }

  /**
   * The attempt a learner sees for each module: the one in progress online, else the latest. An attempt
   * reserved by a download and still in progress is left out: it is played on its device, from there.
   */
  async findCurrentAttemptsForModules(userId: string, moduleIds: readonly string[]): Promise<AttemptRecord[]> {
    if (moduleIds.length === 0) return [];
    return this.selectAttempts()
      .where('a.user_id', '=', userId)
      .where('a.module_id', 'in', moduleIds)
      .where((eb) => eb.or([eb('a.status', '=', 'COMPLETED'), eb('a.download_key', 'is', null)]))
      .distinctOn('a.module_id')
      .orderBy('a.module_id')
      .orderBy(sql`a.status = 'IN_PROGRESS'`, 'desc')
      .orderBy('a.started_at', 'desc')
      .execute();
  }

  findAttemptsOfUser(userId: string, limit: number): Promise<AttemptRecord[]> {
    return this.selectAttempts().where('a.user_id', '=', userId).orderBy('a.started_at', 'desc').limit(limit).execute();
  }

  async countModulesOfUser(userId: string): Promise<{ started: number; completed: number }> {
    const row = await this.db
      .selectFrom('attempts')
      .select([
        sql<number>`count(DISTINCT module_id)::int`.as('started'),
        sql<number>`count(DISTINCT module_id) FILTER (WHERE status = 'COMPLETED')::int`.as('completed'),
      ])
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return row;
  }

  async updateAttemptPosition(id: string, grainIndex: number): Promise<void> {
    await this.db
      .updateTable('attempts')
      .set({ current_grain_index: grainIndex })
      .where('id', '=', id)
      .where('status', '=', 'IN_PROGRESS')
      .execute();
  }

  async completeAttempt(id: string): Promise<void> {
    await this.db
      .updateTable('attempts')
      .set({ status: 'COMPLETED', completed_at: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'IN_PROGRESS')
      .execute();
  }

  private selectAnswers() {
    return this.db
      .selectFrom('answers')
      .select([
        'attempt_id as attemptId',
        'element_id as elementId',
        'skill_id as skillId',
        'response',
        'correct',
        'graded',
        'idempotency_key as idempotencyKey',
        'answered_at as answeredAt',
      ])
      .$narrowType<{ response: AnswerRecord['response'] }>();
  }

  /** Stores the answer unless its key or its (attempt, element) is already there; says whether it stored it. */
  async insertAnswerOnce(answer: Omit<AnswerRecord, 'answeredAt'> & { userId: string; answeredAt?: Date }): Promise<boolean> {
    const inserted = await this.db
      .insertInto('answers')
      .values({
        attempt_id: answer.attemptId,
        user_id: answer.userId,
        element_id: answer.elementId,
        skill_id: answer.skillId,
        response: JSON.stringify(answer.response),
        correct: answer.correct,
        graded: answer.graded,
        idempotency_key: answer.idempotencyKey,
        answered_at: answer.answeredAt,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /**
   * Stores the answer only if its attempt is this learner's and still in progress, unless its key or its
   * (attempt, element) is already there; says whether it stored it. One statement, the attempt read by the
   * insert itself. The usual path of every answer: prepared, and written as SQL, which compiles in a tenth
   * of the query builder's time.
   */
  async insertAnswerIfInProgress(answer: Omit<AnswerRecord, 'answeredAt'> & { userId: string; answeredAt: Date }): Promise<boolean> {
    const { rows } = await sql<{ id: string }>`
      INSERT INTO answers (attempt_id, user_id, element_id, skill_id, response, correct, graded, idempotency_key, answered_at)
      SELECT a.id, a.user_id, ${answer.elementId}, ${answer.skillId}, ${JSON.stringify(answer.response)}, ${answer.correct},
             ${answer.graded}, ${answer.idempotencyKey}, ${answer.answeredAt}
      FROM attempts a
      WHERE a.id = ${answer.attemptId} AND a.user_id = ${answer.userId} AND a.status = 'IN_PROGRESS'
      ON CONFLICT DO NOTHING
      RETURNING id ${PREPARED}`.execute(this.db);
    return rows.length === 1;
  }

  /** The answer that an insert collided with: the one with this key first, else the one to this element. */
  findStoredAnswer(userId: string, idempotencyKey: string, attemptId: string, elementId: string): Promise<AnswerRecord> {
    return this.selectAnswers()
      .where((eb) =>
        eb.or([
          eb.and([eb('user_id', '=', userId), eb('idempotency_key', '=', idempotencyKey)]),
          eb.and([eb('attempt_id', '=', attemptId), eb('element_id', '=', elementId)]),
        ]),
      )
      .orderBy(sql`idempotency_key = ${idempotencyKey}`, 'desc')
      .executeTakeFirstOrThrow();
  }

  findAnswerByKey(userId: string, idempotencyKey: string): Promise<AnswerRecord | undefined> {
    return this.selectAnswers().where('user_id', '=', userId).where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  }

  findAnswersOfAttempts(attemptIds: readonly string[]): Promise<AnswerRecord[]> {
    if (attemptIds.length === 0) return Promise.resolve([]);
    return this.selectAnswers().where('attempt_id', 'in', attemptIds).orderBy('answered_at').execute();
  }

  /** How every learner answered a poll of this module (any version: element ids are stable). */
  async countPollAnswers(moduleId: string, elementId: string): Promise<{ total: number; counts: Map<string, number> }> {
    // One row per choice, and ROLLUP's row (choice null) counts the answers themselves.
    const { rows } = await sql<{ choiceId: string | null; n: number }>`
      SELECT c.choice_id AS "choiceId", count(DISTINCT a.id)::int AS n
      FROM answers a
      JOIN attempts t ON t.id = a.attempt_id
      LEFT JOIN LATERAL jsonb_array_elements_text(a.response->'choiceIds') AS c(choice_id) ON true
      WHERE t.module_id = ${moduleId} AND a.element_id = ${elementId}
      GROUP BY ROLLUP (c.choice_id)`.execute(this.db);
    const total = rows.find((r) => r.choiceId === null)?.n ?? 0;
    return { total, counts: new Map(rows.filter((r) => r.choiceId !== null).map((r) => [r.choiceId!, r.n])) };
  }

  /** When each attempt of these learners was open, to tell a module played on two devices at once from a retake. */
  findAttemptPeriods(userIds: readonly string[]): Promise<AttemptPeriod[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('attempts')
      .select(['id', 'user_id as userId', 'module_id as moduleId', 'started_at as startedAt', 'completed_at as completedAt'])
      .where('user_id', 'in', userIds)
      .execute();
  }

  findAnswersOfUser(userId: string): Promise<AnswerRecord[]> {
    return this.selectAnswers().where('user_id', '=', userId).orderBy('answered_at').execute();
  }

  /** Per learner and module: completed (at least once, with the first completion) or only in progress. */
  async findModuleStatuses(
    userIds: readonly string[],
    moduleIds: readonly string[],
  ): Promise<{ userId: string; moduleId: string; completedAt: Date | null }[]> {
    if (userIds.length === 0 || moduleIds.length === 0) return [];
    return this.db
      .selectFrom('attempts')
      .select(['user_id as userId', 'module_id as moduleId', sql<Date | null>`min(completed_at)`.as('completedAt')])
      .where('user_id', 'in', userIds)
      .where('module_id', 'in', moduleIds)
      .groupBy(['user_id', 'module_id'])
      .execute();
  }

  /** Answers of these learners on these modules (every attempt, every version), with the version each was given on. */
  findAnswersOnModules(
    userIds: readonly string[],
    moduleIds: readonly string[],
  ): Promise<(AnswerRecord & { userId: string; moduleId: string; versionId: string })[]> {
    if (userIds.length === 0 || moduleIds.length === 0) return Promise.resolve([]);
    return this.selectAnswers()
      .innerJoin('attempts as t', 't.id', 'answers.attempt_id')
      .select(['answers.user_id as userId', 't.module_id as moduleId', 't.module_version_id as versionId'])
      .where('answers.user_id', 'in', userIds)
      .where('t.module_id', 'in', moduleIds)
      .orderBy('answers.answered_at')
      .execute();
  }

  /** Every attempt on a module, all learners and versions (a module's statistics for its authors). */
  findAttemptsOfModule(moduleId: string): Promise<{ userId: string; versionId: string; startedAt: Date; completedAt: Date | null }[]> {
    return this.db
      .selectFrom('attempts')
      .select(['user_id as userId', 'module_version_id as versionId', 'started_at as startedAt', 'completed_at as completedAt'])
      .where('module_id', '=', moduleId)
      .execute();
  }

  /** Every answer on a module, all learners and versions, with the version each was given on. */
  findAnswersOnModule(moduleId: string): Promise<(AnswerRecord & { userId: string; versionId: string })[]> {
    return this.selectAnswers()
      .innerJoin('attempts as t', 't.id', 'answers.attempt_id')
      .select(['answers.user_id as userId', 't.module_version_id as versionId'])
      .where('t.module_id', '=', moduleId)
      .orderBy('answers.answered_at')
      .execute();
  }

  /** Every answer of these learners, oldest first. */
  findAnswersOfUsers(userIds: readonly string[]): Promise<(AnswerRecord & { userId: string })[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.selectAnswers().select('user_id as userId').where('user_id', 'in', userIds).orderBy('answered_at').orderBy('id').execute();
  }
}
