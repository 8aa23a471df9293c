import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ContentModule } from '@continuite/schemas/content';
import { CompetencyService } from '../competency/competency.service.js';
import { type SkillInfo, scoreCompetencies } from '../competency/pix-scoring.js';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import { SerialPass } from '../core/serial-pass.js';
import type { AppConfig } from '../core/config.js';
import { type Item, findItem } from '../learning/items.js';
import { nextAttemptAfterFailure } from '../mail/backoff.js';
import {
  type Activities,
  answerStatement,
  attendanceStatement,
  completionStatement,
  pollVoteStatement,
  positioningAnswerStatement,
  positioningResultStatement,
} from './event-statements.js';
import { platformHomePage } from './learner-actor.js';
import { type ProjectionExecutor, ProjectionRepository, type QueueNote, type VersionRow } from './projection.repository.js';
import { LrsError } from './xapi.errors.js';
import { XapiService } from './xapi.service.js';

type Json = Record<string, any>;

const POLL_MS = 5_000;
const BATCH = 100;

export interface ProjectionPass {
  /** Statements stored by this pass. */
  recorded: number;
  /** Notes done without a new statement: already stored, or their record is gone (an erased learner). */
  skipped: number;
  /** Notes that failed and wait for a later pass. */
  postponed: number;
}

interface Projected {
  note: QueueNote;
  userId: string;
  statement: Json;
}

class NoOrganisation extends Error {}

/**
 * Turns the platform's learning events into xAPI statements (issue 8): the triggers of the migration
 * 20261129053000_xapi_projection note each answer, finished attempt, positioning answer and result,
 * poll vote and attendance in xapi_projection_queue, in the transaction that writes it; this worker
 * claims notes (FOR UPDATE SKIP LOCKED, so api instances share them), stores their statements with
 * the platform as authority and deletes the notes in one transaction. Statement ids are derived from
 * the event, so a note worked twice stores one statement.
 */
@Injectable()
export class XapiProjector implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('XapiProjector');
  private readonly activities: Activities;
  private timer: NodeJS.Timeout | undefined;
  private readonly passes = new SerialPass(() => this.pass());

  constructor(
    private readonly repository: ProjectionRepository,
    private readonly xapi: XapiService,
    private readonly competencies: CompetencyService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.activities = { homePage: platformHomePage(config.publicUrl) };
  }

  onApplicationBootstrap(): void {
    if (!this.config.xapi.jobs) return;
    this.timer = setInterval(() => void this.runOnce().catch((error: unknown) => this.logger.error(String(error))), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.passes.settled();
  }

  /** One pass over every note due now. A pass already under way in this instance is waited for, then another runs. */
  runOnce(): Promise<ProjectionPass> {
    return this.passes.run();
  }

  private async pass(): Promise<ProjectionPass> {
    const total: ProjectionPass = { recorded: 0, skipped: 0, postponed: 0 };
    const add = (p: ProjectionPass) => {
      total.recorded += p.recorded;
      total.skipped += p.skipped;
      total.postponed += p.postponed;
    };
    // Read before any transaction: on PGlite a query outside the open transaction would wait for it.
    const skills = await this.competencies.allSkills();
    for (;;) {
      let claimed: QueueNote[] = [];
      try {
        add(
          await this.repository.transaction(async (trx) => {
            claimed = await this.repository.claimDue(this.clock.now(), BATCH, trx);
            return this.project(claimed, skills, trx);
          }),
        );
      } catch (error) {
        if (claimed.length === 0) throw error;
        // One note spoiled the batch: each note again on its own, and those that fail wait.
        for (const note of claimed) add(await this.projectAlone(note, skills));
      }
      if (claimed.length < BATCH) return total;
    }
  }

  private async projectAlone(note: QueueNote, skills: SkillInfo[]): Promise<ProjectionPass> {
    try {
      return await this.repository.transaction(async (trx) => {
        const again = await this.repository.claimNote(note.id, trx);
        if (!again) return { recorded: 0, skipped: 0, postponed: 0 };
        return this.project([again], skills, trx);
      });
    } catch (error) {
      await this.postpone(note, error);
      return { recorded: 0, skipped: 0, postponed: 1 };
    }
  }

  private async postpone(note: QueueNote, error: unknown, executor?: ProjectionExecutor): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const next = nextAttemptAfterFailure(this.clock.now(), note.attempts + 1);
    this.logger.warn(
      `event ${note.source} ${note.sourceId} not recorded (attempt ${note.attempts + 1})${next ? '' : ', parked'}: ${message}`,
    );
    await this.repository.postponeNote(note.id, message.slice(0, 500), next, executor);
  }

  /** Stores the statements of these notes and deletes the notes, in the caller's transaction. */
  private async project(notes: QueueNote[], skills: SkillInfo[], trx: ProjectionExecutor): Promise<ProjectionPass> {
    if (notes.length === 0) return { recorded: 0, skipped: 0, postponed: 0 };
    const projected = await this.statementsOf(notes, skills, trx);
    const organisations = await this.repository.organisationsOfUsers([...new Set(projected.map((p) => p.userId))], trx);
    const byOrganisation = new Map<string, Map<string, Json>>();
    const postponed: QueueNote[] = [];
    for (const p of projected) {
      const organisationId = organisations.get(p.userId);
      if (!organisationId) {
        postponed.push(p.note);
        continue;
      }
      const statements = byOrganisation.get(organisationId) ?? new Map<string, Json>();
      statements.set(String(p.statement.id), p.statement);
      byOrganisation.set(organisationId, statements);
    }
    let recorded = 0;
    for (const [organisationId, statements] of byOrganisation) {
      try {
        recorded += (await this.xapi.recordMany([...statements.values()], organisationId, trx)).length;
      } catch (error) {
        // The same id with another content (attendance settled again, say): the first statement stays.
        if (!(error instanceof LrsError && error.status === 409 && notes.length === 1)) throw error;
        this.logger.warn(`event ${notes[0]!.source} ${notes[0]!.sourceId}: ${error.message}; the stored statement stays`);
      }
    }
    for (const note of postponed) await this.postpone(note, new NoOrganisation('the learner belongs to no organisation'), trx);
    const done = notes.filter((n) => !postponed.includes(n));
    await this.repository.deleteNotes(
      done.map((n) => n.id),
      trx,
    );
    return { recorded, skipped: done.length - recorded, postponed: postponed.length };
  }

  /** Each note's statement; a note whose record is gone (or no longer applies) has none. */
  private async statementsOf(notes: QueueNote[], skills: SkillInfo[], trx: ProjectionExecutor): Promise<Projected[]> {
    const ids = (source: QueueNote['source']) => notes.filter((n) => n.source === source).map((n) => n.sourceId);
    const noteOf = (source: QueueNote['source'], sourceId: string) => notes.find((n) => n.source === source && n.sourceId === sourceId)!;

    const answers = await this.repository.findAnswers(ids('ANSWER'), trx);
    const completed = await this.repository.findCompletedAttempts(ids('ATTEMPT_COMPLETED'), trx);
    const positioning = await this.repository.findPositioningAnswers(ids('POSITIONING_ANSWER'), trx);
    const versions = await this.repository.findVersions(
      [...answers, ...completed, ...positioning].map((r) => r.versionId),
      trx,
    );
    const positioningResults = await this.repository.findCompletedPositioning(ids('POSITIONING_COMPLETED'), trx);
    const votes = await this.repository.findPollVotes(ids('POLL_VOTE'), trx);
    const attendances = await this.repository.findAttendances(ids('WEBINAR_ATTENDED'), trx);
    const actors = await this.xapi.learnerActors(
      [answers, completed, positioning, positioningResults, votes, attendances].flatMap((rows) => rows.map((r) => r.userId)),
      trx,
    );
    const base = (userId: string) => ({ activities: this.activities, actor: actors.get(userId)! });
    const out: Projected[] = [];

    for (const a of answers) {
      const version = versions.get(a.versionId)!;
      const statement = answerStatement({
        ...base(a.userId),
        answerId: a.id,
        attemptId: a.attemptId,
        module: moduleRef(version),
        elementKey: a.elementId,
        item: itemOf(version.content, a.elementId),
        contentHash: version.contentHash,
        response: a.response,
        correct: a.correct,
        graded: a.graded,
        answeredAt: a.answeredAt,
      });
      out.push({ note: noteOf('ANSWER', a.id), userId: a.userId, statement });
    }
    for (const t of completed) {
      const version = versions.get(t.versionId)!;
      const statement = completionStatement({
        ...base(t.userId),
        attemptId: t.id,
        module: moduleRef(version),
        startedAt: t.startedAt,
        completedAt: t.completedAt,
        correct: t.correct,
        graded: version.gradedCount,
      });
      out.push({ note: noteOf('ATTEMPT_COMPLETED', t.id), userId: t.userId, statement });
    }
    for (const p of positioning) {
      const version = versions.get(p.versionId)!;
      const statement = positioningAnswerStatement({
        ...base(p.userId),
        answerId: p.id,
        sessionId: p.sessionId,
        module: moduleRef(version),
        itemKey: p.itemKey,
        item: itemOf(version.content, p.itemKey),
        contentHash: version.contentHash,
        response: p.response,
        correct: p.correct,
        skipped: p.skipped,
        answeredAt: p.answeredAt,
      });
      out.push({ note: noteOf('POSITIONING_ANSWER', p.id), userId: p.userId, statement });
    }
    for (const s of positioningResults) {
      const scores = scoreCompetencies(skills, s.answers, this.config.maxOpenLevel);
      const statement = positioningResultStatement({
        ...base(s.userId),
        sessionId: s.id,
        startedAt: s.startedAt,
        completedAt: s.completedAt,
        results: s.competencyCodes.map((code) => {
          const score = scores.find((c) => c.competencyCode === code);
          return { competencyCode: code, pix: score?.pix ?? 0, level: score?.level ?? 0 };
        }),
      });
      out.push({ note: noteOf('POSITIONING_COMPLETED', s.id), userId: s.userId, statement });
    }
    for (const v of votes) {
      const statement = pollVoteStatement({
        ...base(v.userId),
        pollId: v.pollId,
        userId: v.userId,
        webinar: { id: v.webinarId, title: v.webinarTitle },
        question: v.question,
        options: v.options,
        optionIds: v.optionIds,
        votedAt: v.votedAt,
      });
      out.push({ note: noteOf('POLL_VOTE', `${v.pollId}/${v.userId}`), userId: v.userId, statement });
    }
    for (const a of attendances) {
      const statement = attendanceStatement({
        ...base(a.userId),
        userId: a.userId,
        webinar: { id: a.webinarId, title: a.webinarTitle },
        joinedAt: a.joinedAt,
        secondsPresent: a.secondsPresent,
      });
      out.push({ note: noteOf('WEBINAR_ATTENDED', `${a.webinarId}/${a.userId}`), userId: a.userId, statement });
    }
    // Stored in the order the events were noted, which is the order they happened in their transactions.
    return out.sort((a, b) => Number(BigInt(a.note.id) - BigInt(b.note.id)));
  }
}

function moduleRef(version: VersionRow) {
  return { slug: version.slug, title: version.title, versionNumber: version.number };
}

function itemOf(content: ContentModule, key: string): Item | null {
  try {
    return findItem(content, key);
  } catch {
    return null;
  }
}
