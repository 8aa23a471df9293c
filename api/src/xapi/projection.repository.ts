import { Inject, Injectable } from '@nestjs/common';
import { type Kysely, type Transaction, sql } from 'kysely';
import type { ContentModule } from '@continuite/schemas/content';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';
import type { ProjectionSource, XapiProjectionTables, XapiTables } from './xapi.tables.js';

type ProjectionDb = DB & XapiTables & XapiProjectionTables;
export type ProjectionExecutor = Kysely<ProjectionDb> | Transaction<ProjectionDb>;

export interface QueueNote {
  id: string;
  source: ProjectionSource;
  sourceId: string;
  attempts: number;
}

export interface AnswerRow {
  id: string;
  attemptId: string;
  userId: string;
  elementId: string;
  response: Record<string, any>;
  correct: boolean;
  graded: boolean;
  answeredAt: Date;
  versionId: string;
}

export interface VersionRow {
  id: string;
  slug: string;
  title: string;
  number: number;
  contentHash: string;
  content: ContentModule;
  gradedCount: number;
}

/**
 * The projection's SQL: its queue, and the learning records it reads. These reads are the one place
 * where the LRS looks into other features' tables (answers, attempts, positioning, webinars), read
 * only and after commit, so that those features need not know about xAPI (issue 8).
 */
@Injectable()
export class ProjectionRepository {
  private readonly db: Kysely<ProjectionDb>;

  constructor(@Inject(DATABASE) db: Database) {
    this.db = db.withTables<XapiTables & XapiProjectionTables>();
  }

  transaction<T>(work: (trx: Transaction<ProjectionDb>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Notes due now, oldest first, locked for this transaction; another instance skips them (SKIP LOCKED). */
  async claimDue(now: Date, limit: number, trx: ProjectionExecutor): Promise<QueueNote[]> {
    const { rows } = await sql<QueueNote>`
      SELECT id::text AS id, source, source_id AS "sourceId", attempts FROM xapi_projection_queue
      WHERE due_at <= ${now} ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`.execute(trx);
    return rows;
  }

  /** One note, if no other transaction holds it. */
  async claimNote(id: string, trx: ProjectionExecutor): Promise<QueueNote | undefined> {
    const { rows } = await sql<QueueNote>`
      SELECT id::text AS id, source, source_id AS "sourceId", attempts FROM xapi_projection_queue
      WHERE id = ${id}::bigint FOR UPDATE SKIP LOCKED`.execute(trx);
    return rows[0];
  }

  async deleteNotes(ids: readonly string[], trx: ProjectionExecutor): Promise<void> {
    if (ids.length === 0) return;
    await sql`DELETE FROM xapi_projection_queue WHERE id = ANY(${[...ids]}::bigint[])`.execute(trx);
  }

  /** A note that failed waits until `dueAt`; null parks it (kept, with its error, for an operator). */
  async postponeNote(id: string, error: string, dueAt: Date | null, executor: ProjectionExecutor = this.db): Promise<void> {
    await sql`
      UPDATE xapi_projection_queue
      SET attempts = attempts + 1, last_error = ${error}, due_at = coalesce(${dueAt}::timestamptz, 'infinity')
      WHERE id = ${id}::bigint`.execute(executor);
  }

  countNotes(): Promise<{ due: number; parked: number }> {
    return sql<{ due: number; parked: number }>`
      SELECT count(*) FILTER (WHERE due_at <> 'infinity')::int AS due, count(*) FILTER (WHERE due_at = 'infinity')::int AS parked
      FROM xapi_projection_queue`
      .execute(this.db)
      .then((r) => r.rows[0]!);
  }

  /**
   * The organisation whose store holds a learner's statements: their first membership, taken as a
   * learner's membership before any other role, then the organisation created first (memberships
   * carry no date). Learners without a membership are absent.
   */
  async organisationsOfUsers(userIds: readonly string[], trx: ProjectionExecutor): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const { rows } = await sql<{ userId: string; organisationId: string }>`
      SELECT DISTINCT ON (m.user_id) m.user_id::text AS "userId", m.organisation_id::text AS "organisationId"
      FROM memberships m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.user_id = ANY(${[...userIds]}::uuid[])
      ORDER BY m.user_id, (m.role = 'LEARNER') DESC, o.created_at, o.id`.execute(trx);
    return new Map(rows.map((r) => [r.userId, r.organisationId]));
  }

  async findVersions(ids: readonly string[], trx: ProjectionExecutor): Promise<Map<string, VersionRow>> {
    if (ids.length === 0) return new Map();
    const { rows } = await sql<VersionRow>`
      SELECT v.id::text AS id, m.slug, v.title, v.number, v.content_hash AS "contentHash", v.content, v.graded_count AS "gradedCount"
      FROM module_versions v JOIN modules m ON m.id = v.module_id
      WHERE v.id = ANY(${[...new Set(ids)]}::uuid[])`.execute(trx);
    return new Map(rows.map((r) => [r.id, r]));
  }

  async findAnswers(ids: readonly string[], trx: ProjectionExecutor): Promise<AnswerRow[]> {
    if (ids.length === 0) return [];
    const { rows } = await sql<AnswerRow>`
      SELECT a.id::text AS id, a.attempt_id::text AS "attemptId", a.user_id::text AS "userId", a.element_id AS "elementId",
             a.response, a.correct, a.graded, a.answered_at AS "answeredAt", t.module_version_id::text AS "versionId"
      FROM answers a JOIN attempts t ON t.id = a.attempt_id
      WHERE a.id = ANY(${uuids(ids)}::uuid[])`.execute(trx);
    return rows;
  }

  async findCompletedAttempts(ids: readonly string[], trx: ProjectionExecutor) {
    if (ids.length === 0) return [];
    const { rows } = await sql<{ id: string; userId: string; versionId: string; startedAt: Date; completedAt: Date; correct: number }>`
      SELECT t.id::text AS id, t.user_id::text AS "userId", t.module_version_id::text AS "versionId",
             t.started_at AS "startedAt", t.completed_at AS "completedAt",
             (SELECT count(*) FROM answers a WHERE a.attempt_id = t.id AND a.graded AND a.correct)::int AS correct
      FROM attempts t
      WHERE t.id = ANY(${uuids(ids)}::uuid[]) AND t.status = 'COMPLETED'`.execute(trx);
    return rows;
  }

  async findPositioningAnswers(ids: readonly string[], trx: ProjectionExecutor) {
    if (ids.length === 0) return [];
    const { rows } = await sql<{
      id: string;
      sessionId: string;
      userId: string;
      versionId: string;
      itemKey: string;
      response: Record<string, any> | null;
      correct: boolean;
      skipped: boolean;
      answeredAt: Date;
    }>`
      SELECT id::text AS id, session_id::text AS "sessionId", user_id::text AS "userId", module_version_id::text AS "versionId",
             item_key AS "itemKey", response, correct, skipped, answered_at AS "answeredAt"
      FROM positioning_answers WHERE id = ANY(${uuids(ids)}::uuid[])`.execute(trx);
    return rows;
  }

  /** Finished positioning sessions, with their answers oldest first (the order the score counts them in). */
  async findCompletedPositioning(ids: readonly string[], trx: ProjectionExecutor) {
    if (ids.length === 0) return [];
    const { rows } = await sql<{
      id: string;
      userId: string;
      competencyCodes: string[];
      startedAt: Date;
      completedAt: Date;
      answers: { skillId: string; correct: boolean }[];
    }>`
      SELECT s.id::text AS id, s.user_id::text AS "userId", s.competency_codes AS "competencyCodes",
             s.started_at AS "startedAt", s.completed_at AS "completedAt",
             coalesce((SELECT jsonb_agg(jsonb_build_object('skillId', a.skill_id, 'correct', a.correct) ORDER BY a.answered_at, a.id)
                       FROM positioning_answers a WHERE a.session_id = s.id), '[]'::jsonb) AS answers
      FROM positioning_sessions s
      WHERE s.id = ANY(${uuids(ids)}::uuid[]) AND s.status = 'COMPLETED'`.execute(trx);
    return rows;
  }

  async findPollVotes(keys: readonly string[], trx: ProjectionExecutor) {
    const [pollIds, userIds] = pairs(keys);
    if (pollIds.length === 0) return [];
    const { rows } = await sql<{
      pollId: string;
      userId: string;
      optionIds: string[];
      votedAt: Date;
      question: string;
      options: { id: string; label: string }[];
      webinarId: string;
      webinarTitle: string;
    }>`
      SELECT v.poll_id::text AS "pollId", v.user_id::text AS "userId", v.option_ids AS "optionIds", v.voted_at AS "votedAt",
             p.question, p.options, w.id::text AS "webinarId", w.title AS "webinarTitle"
      FROM webinar_poll_votes v JOIN webinar_polls p ON p.id = v.poll_id JOIN webinars w ON w.id = p.webinar_id
      WHERE (v.poll_id, v.user_id) IN (SELECT * FROM unnest(${pollIds}::uuid[], ${userIds}::uuid[]))`.execute(trx);
    return rows;
  }

  /** Registrations still ATTENDED, with the presence the attendance recorded. */
  async findAttendances(keys: readonly string[], trx: ProjectionExecutor) {
    const [webinarIds, userIds] = pairs(keys);
    if (webinarIds.length === 0) return [];
    const { rows } = await sql<{
      webinarId: string;
      userId: string;
      webinarTitle: string;
      joinedAt: Date;
      secondsPresent: number;
    }>`
      SELECT r.webinar_id::text AS "webinarId", r.user_id::text AS "userId", w.title AS "webinarTitle",
             coalesce(a.joined_at, w.starts_at) AS "joinedAt", coalesce(a.seconds_present, 0) AS "secondsPresent"
      FROM webinar_registrations r JOIN webinars w ON w.id = r.webinar_id
      LEFT JOIN webinar_attendance a ON a.webinar_id = r.webinar_id AND a.user_id = r.user_id
      WHERE r.status = 'ATTENDED' AND (r.webinar_id, r.user_id) IN (SELECT * FROM unnest(${webinarIds}::uuid[], ${userIds}::uuid[]))`.execute(
      trx,
    );
    return rows;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuids(ids: readonly string[]): string[] {
  return ids.filter((id) => UUID.test(id));
}

/** "<a>/<b>" keys as two aligned uuid arrays. */
function pairs(keys: readonly string[]): [string[], string[]] {
  const left: string[] = [];
  const right: string[] = [];
  for (const key of keys) {
    const [a, b] = key.split('/');
    if (a && b && UUID.test(a) && UUID.test(b)) {
      left.push(a);
      right.push(b);
    }
  }
  return [left, right];
}
