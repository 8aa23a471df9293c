import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { ExportSection } from './personal-data.js';

/** Everything we hold about a person, as exported (issue 5): plain JSON, one section per kind of record. */
export type PersonalData = Record<Exclude<ExportSection, 'account'>, unknown[]> & { account: AccountData };

/** The sections read here: all but the account and the mail (MailService has those). */
export type RecordSections = Record<Exclude<ExportSection, 'account' | 'mails'>, unknown[]>;

export interface AccountData {
  id: string;
  displayName: string;
  email: string | null;
  identifier: string | null;
  locale: string;
  hasPassword: boolean;
  createdAt: Date;
  lastActiveAt: Date;
}

/**
 * The reads of a person's data export. It reads other features' tables directly, on purpose: an
 * export must be complete, and personal-data.ts with its test keeps it so when tables are added.
 * Secrets (password and session hashes, idempotency keys) are left out: they say nothing about the person.
 */
@Injectable()
export class ExportRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  findAccount(userId: string): Promise<AccountData | undefined> {
    return this.db
      .selectFrom('users')
      .select([
        'id',
        'display_name as displayName',
        'email',
        'identifier',
        'locale',
        sql<boolean>`password_hash IS NOT NULL`.as('hasPassword'),
        'created_at as createdAt',
        'last_active_at as lastActiveAt',
      ])
      .where('id', '=', userId)
      .executeTakeFirst();
  }

  /** For the account page: how many records of each main kind the person has. */
  async countRecords(userId: string): Promise<{ attempts: number; answers: number; positioningSessions: number; reviewCards: number }> {
    const { rows } = await sql<{ attempts: number; answers: number; positioningSessions: number; reviewCards: number }>`
      SELECT
        (SELECT count(*)::int FROM attempts WHERE user_id = ${userId}) AS attempts,
        (SELECT count(*)::int FROM answers WHERE user_id = ${userId}) AS answers,
        (SELECT count(*)::int FROM positioning_sessions WHERE user_id = ${userId}) AS "positioningSessions",
        (SELECT count(*)::int FROM review_cards WHERE user_id = ${userId}) AS "reviewCards"`.execute(this.db);
    return rows[0]!;
  }

  findMemberships(userId: string) {
    return this.db
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .select(['m.role', 'o.id as organisationId', 'o.name as organisationName', 'o.kind as organisationKind', 'o.uai'])
      .where('m.user_id', '=', userId)
      .orderBy('o.name')
      .orderBy('m.role')
      .execute();
  }

  findCohorts(userId: string) {
    return this.db
      .selectFrom('cohort_members as m')
      .innerJoin('cohorts as c', 'c.id', 'm.cohort_id')
      .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
      .select(['c.id', 'c.name', 'o.name as organisationName'])
      .where('m.user_id', '=', userId)
      .orderBy('c.name')
      .execute();
  }

  async findRecords(userId: string): Promise<RecordSections> {
    const db = this.db;
    const [
      memberships,
      cohorts,
      sessions,
      ssoIdentities,
      attempts,
      answers,
      positioningSessions,
      positioningAnswers,
      reviewCards,
      reviewLogs,
      assignmentsMade,
      auditEntries,
      retentionNotices,
      modulesAuthored,
      h5pPackagesUploaded,
      h5pStates,
      webinars,
      xapi,
    ] = await Promise.all([
      this.findMemberships(userId),
      this.findCohorts(userId),
      db
        .selectFrom('sessions')
        .select(['created_at as createdAt', 'expires_at as expiresAt'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute(),
      db.selectFrom('sso_identities').select(['issuer', 'subject', 'created_at as createdAt']).where('user_id', '=', userId).execute(),
      db
        .selectFrom('attempts as a')
        .innerJoin('module_versions as v', 'v.id', 'a.module_version_id')
        .innerJoin('modules as m', 'm.id', 'a.module_id')
        .select([
          'a.id',
          'm.slug as moduleSlug',
          'v.title as moduleTitle',
          'v.number as moduleVersion',
          'a.status',
          'a.current_grain_index as currentStep',
          'a.started_at as startedAt',
          'a.completed_at as completedAt',
        ])
        .where('a.user_id', '=', userId)
        .orderBy('a.started_at')
        .execute(),
      db
        .selectFrom('answers')
        .select([
          'id',
          'attempt_id as attemptId',
          'element_id as itemKey',
          'skill_id as skillId',
          'response',
          'correct',
          'graded',
          'answered_at as answeredAt',
        ])
        .where('user_id', '=', userId)
        .orderBy('answered_at')
        .execute(),
      db
        .selectFrom('positioning_sessions')
        .select([
          'id',
          'competency_codes as competencyCodes',
          'status',
          'started_at as startedAt',
          'completed_at as completedAt',
          'shared_at as sharedAt',
        ])
        .where('user_id', '=', userId)
        .orderBy('started_at')
        .execute(),
      db
        .selectFrom('positioning_answers')
        .select([
          'id',
          'session_id as sessionId',
          'module_version_id as moduleVersionId',
          'item_key as itemKey',
          'skill_id as skillId',
          'response',
          'correct',
          'skipped',
          'answered_at as answeredAt',
        ])
        .where('user_id', '=', userId)
        .orderBy('answered_at')
        .execute(),
      db
        .selectFrom('review_cards as c')
        .innerJoin('modules as m', 'm.id', 'c.module_id')
        .select([
          'c.id',
          'm.slug as moduleSlug',
          'c.item_key as itemKey',
          'c.source',
          'c.due',
          'c.stability',
          'c.difficulty',
          'c.reps',
          'c.lapses',
          'c.state',
          'c.last_review as lastReview',
          'c.created_at as createdAt',
        ])
        .where('c.user_id', '=', userId)
        .orderBy('c.created_at')
        .execute(),
      db
        .selectFrom('review_logs')
        .select(['id', 'card_id as cardId', 'rating', 'correct', 'response', 'reviewed_at as reviewedAt'])
        .where('user_id', '=', userId)
        .orderBy('reviewed_at')
        .execute(),
      db
        .selectFrom('assignments as a')
        .innerJoin('cohorts as c', 'c.id', 'a.cohort_id')
        .innerJoin('modules as m', 'm.id', 'a.module_id')
        .select(['a.id', 'c.name as cohortName', 'm.slug as moduleSlug', 'a.due_on as dueOn', 'a.created_at as createdAt'])
        .where('a.assigned_by', '=', userId)
        .orderBy('a.created_at')
        .execute(),
      db
        .selectFrom('audit_log as l')
        .leftJoin('organisations as o', 'o.id', 'l.organisation_id')
        .select([
          sql<string>`l.id::text`.as('id'),
          'l.at',
          'l.action',
          sql<string[]>`array_remove(ARRAY[
            CASE WHEN l.actor_id = ${userId} THEN 'ACTOR' END,
            CASE WHEN l.target_user_id = ${userId} THEN 'TARGET' END], NULL)`.as('yourPart'),
          'o.name as organisationName',
          'l.details',
        ])
        .where((eb) => eb.or([eb('l.actor_id', '=', userId), eb('l.target_user_id', '=', userId)]))
        .orderBy('l.id')
        .execute(),
      db.selectFrom('retention_notices').select(['sent_at as sentAt']).where('user_id', '=', userId).execute(),
      db
        .selectFrom('module_authors as a')
        .innerJoin('modules as m', 'm.id', 'a.module_id')
        .select(['m.slug as moduleSlug', 'a.role', 'a.added_at as addedAt'])
        .where('a.user_id', '=', userId)
        .orderBy('a.added_at')
        .execute(),
      db
        .selectFrom('h5p_packages')
        .select(['id', 'title', 'main_library as mainLibrary', 'created_at as uploadedAt'])
        .where('uploaded_by', '=', userId)
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('h5p_user_data')
        .select(['attempt_id as attemptId', 'element_id as elementId', 'package_id as packageId', 'data', 'updated_at as updatedAt'])
        .where('user_id', '=', userId)
        .orderBy('updated_at')
        .execute(),
      this.findWebinarRecords(userId),
      this.findXapiRecords(userId),
    ]);
    return {
      memberships,
      cohorts,
      sessions,
      ssoIdentities,
      attempts,
      answers,
      positioningSessions,
      positioningAnswers,
      reviewCards,
      reviewLogs,
      assignmentsMade,
      auditEntries,
      retentionNotices,
      modulesAuthored,
      h5pPackagesUploaded,
      h5pStates,
      ...webinars,
      ...xapi,
    };
  }

  /** Webinars (issue 7): what the person scheduled, registered for, asked, upvoted, voted and attended. */
  private async findWebinarRecords(userId: string) {
    const db = this.db;
    const [webinarsCreated, webinarRegistrations, webinarQuestions, webinarUpvotes, webinarPollVotes, webinarAttendance] =
      await Promise.all([
        db
          .selectFrom('webinars')
          .select(['id', 'title', 'starts_at as startsAt', 'created_at as createdAt'])
          .where('created_by', '=', userId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('webinar_registrations as r')
          .innerJoin('webinars as w', 'w.id', 'r.webinar_id')
          .select([
            'w.id as webinarId',
            'w.title',
            'w.starts_at as startsAt',
            'r.status',
            'r.requested_at as requestedAt',
            'r.confirmed_at as confirmedAt',
            'r.cancelled_at as cancelledAt',
          ])
          .where('r.user_id', '=', userId)
          .orderBy('r.requested_at')
          .execute(),
        db
          .selectFrom('webinar_questions')
          .select(['id', 'webinar_id as webinarId', 'text', 'status', 'asked_at as askedAt'])
          .where('user_id', '=', userId)
          .orderBy('asked_at')
          .execute(),
        db
          .selectFrom('webinar_question_upvotes')
          .select(['question_id as questionId', 'upvoted_at as upvotedAt'])
          .where('user_id', '=', userId)
          .orderBy('upvoted_at')
          .execute(),
        db
          .selectFrom('webinar_poll_votes as v')
          .innerJoin('webinar_polls as p', 'p.id', 'v.poll_id')
          .select(['p.webinar_id as webinarId', 'p.question', 'p.options', 'v.option_ids as optionIds', 'v.voted_at as votedAt'])
          .where('v.user_id', '=', userId)
          .orderBy('v.voted_at')
          .execute(),
        db
          .selectFrom('webinar_attendance')
          .select(['webinar_id as webinarId', 'joined_at as joinedAt', 'seconds_present as secondsPresent'])
          .where('user_id', '=', userId)
          .orderBy('joined_at')
          .execute(),
      ]);
    return { webinarsCreated, webinarRegistrations, webinarQuestions, webinarUpvotes, webinarPollVotes, webinarAttendance };
  }

  /** xAPI (issue 8): the learner's account name, the statements whose actor they are, and the documents about them. */
  private async findXapiRecords(userId: string) {
    const [xapiAccount, xapiStatements, xapiDocuments] = await Promise.all([
      sql<{ name: string }>`SELECT name FROM xapi_learner_accounts WHERE user_id = ${userId}`.execute(this.db),
      sql<{ statement: unknown }>`SELECT statement FROM xapi_statements WHERE learner_id = ${userId} ORDER BY stored, seq`.execute(this.db),
      sql<{ kind: string; activityId: string; documentId: string; contentType: string; content: Uint8Array; updated: Date }>`
        SELECT kind, activity_id AS "activityId", document_id AS "documentId", content_type AS "contentType", content, updated
        FROM xapi_documents WHERE learner_id = ${userId} ORDER BY updated`.execute(this.db),
    ]);
    return {
      xapiAccount: xapiAccount.rows,
      xapiStatements: xapiStatements.rows.map((r) => r.statement),
      xapiDocuments: xapiDocuments.rows.map(({ content, ...document }) => ({
        ...document,
        // Documents are opaque bytes: text as text, anything else in base64.
        content: /^(application\/json|text\/)/i.test(document.contentType)
          ? Buffer.from(content).toString('utf8')
          : Buffer.from(content).toString('base64'),
      })),
    };
  }
}
