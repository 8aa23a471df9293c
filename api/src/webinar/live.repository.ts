import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { LivePollRecord, LiveQuestionRecord } from './live-events.js';
import type { Executor, Trx } from './webinar.repository.js';

export interface AttendanceRecord {
  userId: string;
  joinedAt: Date;
  lastSeenAt: Date | null;
  secondsPresent: number;
}

/** Live questions, polls and attendance of webinars: the only SQL on these tables. */
@Injectable()
export class LiveRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private questions(executor: Executor) {
    return executor
      .selectFrom('webinar_questions as q')
      .select([
        'q.id',
        'q.webinar_id as webinarId',
        'q.text',
        'q.status',
        sql<string>`to_json(q.asked_at) #>> '{}'`.as('askedAt'),
        'q.user_id as askedBy',
        sql<
          string[]
        >`coalesce((SELECT array_agg(v.user_id::text ORDER BY v.upvoted_at) FROM webinar_question_upvotes v WHERE v.question_id = q.id), '{}')`.as(
          'upvoterIds',
        ),
      ]);
  }

  findQuestion(id: string, executor: Executor = this.db): Promise<LiveQuestionRecord | undefined> {
    return this.questions(executor).where('q.id', '=', id).executeTakeFirst();
  }

  findQuestionsOf(webinarId: string, executor: Executor = this.db): Promise<LiveQuestionRecord[]> {
    return this.questions(executor).where('q.webinar_id', '=', webinarId).orderBy('q.asked_at').orderBy('q.id').execute();
  }

  /** Stores a question once per client key: a question sent again after a reconnection returns the first. */
  async insertQuestion(
    input: { webinarId: string; userId: string; text: string; clientKey: string | null },
    at: Date,
  ): Promise<{ id: string; created: boolean }> {
    const inserted = await this.db
      .insertInto('webinar_questions')
      .values({ webinar_id: input.webinarId, user_id: input.userId, text: input.text, client_key: input.clientKey, asked_at: at })
      .onConflict((oc) => oc.columns(['webinar_id', 'user_id', 'client_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: inserted.id, created: true };
    const existing = await this.db
      .selectFrom('webinar_questions')
      .select('id')
      .where('webinar_id', '=', input.webinarId)
      .where('user_id', '=', input.userId)
      .where('client_key', '=', input.clientKey)
      .executeTakeFirstOrThrow();
    return { id: existing.id, created: false };
  }

  /** One upvote per person: says whether this one counted. */
  async insertUpvote(questionId: string, userId: string, at: Date): Promise<boolean> {
    const row = await this.db
      .insertInto('webinar_question_upvotes')
      .values({ question_id: questionId, user_id: userId, upvoted_at: at })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .executeTakeFirst();
    return row !== undefined;
  }

  async setQuestionStatus(id: string, status: 'OPEN' | 'ANSWERED' | 'HIDDEN'): Promise<void> {
    await this.db.updateTable('webinar_questions').set({ status }).where('id', '=', id).execute();
  }

  private polls(executor: Executor) {
    return executor
      .selectFrom('webinar_polls as p')
      .select([
        'p.id',
        'p.webinar_id as webinarId',
        'p.question',
        'p.kind',
        'p.options',
        'p.status',
        sql<string>`to_json(p.launched_at) #>> '{}'`.as('launchedAt'),
        sql<string | null>`to_json(p.closed_at) #>> '{}'`.as('closedAt'),
        sql<
          Record<string, string[]>
        >`coalesce((SELECT jsonb_object_agg(v.user_id::text, to_jsonb(v.option_ids)) FROM webinar_poll_votes v WHERE v.poll_id = p.id), '{}'::jsonb)`.as(
          'votes',
        ),
      ]);
  }

  findPoll(id: string, executor: Executor = this.db): Promise<LivePollRecord | undefined> {
    return this.polls(executor).where('p.id', '=', id).executeTakeFirst();
  }

  findPollsOf(webinarId: string): Promise<LivePollRecord[]> {
    return this.polls(this.db).where('p.webinar_id', '=', webinarId).orderBy('p.launched_at').orderBy('p.id').execute();
  }

  async insertPoll(
    input: { webinarId: string; question: string; kind: 'SINGLE' | 'MULTIPLE'; options: { id: string; label: string }[] },
    at: Date,
  ): Promise<string> {
    const row = await this.db
      .insertInto('webinar_polls')
      .values({
        webinar_id: input.webinarId,
        question: input.question,
        kind: input.kind,
        options: JSON.stringify(input.options),
        launched_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Says whether the poll was open (and is now closed). */
  async closePoll(id: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('webinar_polls')
      .set({ status: 'CLOSED', closed_at: at })
      .where('id', '=', id)
      .where('status', '=', 'OPEN')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** One vote per person and poll, only while it is open: says whether this one counted. */
  async insertVote(pollId: string, userId: string, optionIds: string[], at: Date): Promise<boolean> {
    const { rows } = await sql<{ userId: string }>`
      INSERT INTO webinar_poll_votes (poll_id, user_id, option_ids, voted_at)
      SELECT ${pollId}, ${userId}, ${optionIds}::text[], ${at} FROM webinar_polls WHERE id = ${pollId} AND status = 'OPEN'
      ON CONFLICT DO NOTHING
      RETURNING user_id AS "userId"`.execute(this.db);
    return rows.length > 0;
  }

  // Attendance.

  findAttendance(webinarId: string, executor: Executor = this.db): Promise<AttendanceRecord[]> {
    return executor
      .selectFrom('webinar_attendance')
      .select(['user_id as userId', 'joined_at as joinedAt', 'last_seen_at as lastSeenAt', 'seconds_present as secondsPresent'])
      .where('webinar_id', '=', webinarId)
      .execute();
  }

  findAttendanceOf(userId: string, webinarIds: readonly string[]): Promise<(AttendanceRecord & { webinarId: string })[]> {
    if (webinarIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('webinar_attendance')
      .select([
        'webinar_id as webinarId',
        'user_id as userId',
        'joined_at as joinedAt',
        'last_seen_at as lastSeenAt',
        'seconds_present as secondsPresent',
      ])
      .where('user_id', '=', userId)
      .where('webinar_id', 'in', webinarIds)
      .execute();
  }

  /** The first time the person entered the room (by the join button); later joins keep it. */
  async recordJoin(webinarId: string, userId: string, at: Date): Promise<void> {
    await this.db
      .insertInto('webinar_attendance')
      .values({ webinar_id: webinarId, user_id: userId, joined_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async upsertPresence(webinarId: string, record: AttendanceRecord, executor: Executor): Promise<void> {
    await executor
      .insertInto('webinar_attendance')
      .values({
        webinar_id: webinarId,
        user_id: record.userId,
        joined_at: record.joinedAt,
        last_seen_at: record.lastSeenAt,
        seconds_present: record.secondsPresent,
      })
      .onConflict((oc) =>
        oc.columns(['webinar_id', 'user_id']).doUpdateSet({ last_seen_at: record.lastSeenAt, seconds_present: record.secondsPresent }),
      )
      .execute();
  }

  /** Registrations with a place become ATTENDED, or go back to REGISTERED, as the attendance says. */
  async settleAttended(webinarId: string, thresholdMinutes: number, executor: Executor = this.db): Promise<void> {
    await sql`
      UPDATE webinar_registrations r
      SET status = CASE WHEN a.seconds_present >= ${thresholdMinutes * 60} THEN 'ATTENDED' ELSE 'REGISTERED' END
      FROM webinar_attendance a
      WHERE r.webinar_id = ${webinarId} AND a.webinar_id = r.webinar_id AND a.user_id = r.user_id
        AND r.status IN ('REGISTERED', 'ATTENDED')`.execute(executor);
  }

  // Used by the job that reads attendance: rows are locked in its transaction.
  lockAttendance(webinarId: string, trx: Trx): Promise<AttendanceRecord[]> {
    return trx
      .selectFrom('webinar_attendance')
      .select(['user_id as userId', 'joined_at as joinedAt', 'last_seen_at as lastSeenAt', 'seconds_present as secondsPresent'])
      .where('webinar_id', '=', webinarId)
      .forUpdate()
      .execute();
  }
}
