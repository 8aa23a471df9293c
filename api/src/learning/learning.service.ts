import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { CatalogueService, type VersionForCorrection } from '../catalogue/catalogue.service.js';
import type { Module } from '../catalogue/catalogue.types.js';
import { renderMarkdown } from '../catalogue/render.js';
import { CompetencyService, type DatedScoredAnswer, type ProfileScore } from '../competency/competency.service.js';
import type { CompetencyEvidenceSummary } from '../competency/evidence.js';
import type { ProfilePoint } from '../competency/pix-scoring.js';
import { PositioningService } from '../competency/positioning.service.js';
import type { CurrentUser } from '../core/current-user.js';
import { ReviewService } from '../review/review.service.js';
import { Clock } from '../core/clock.js';
import { answeredAt } from './answered-at.js';
import { InvalidResponse, type RawResponse } from './correction.js';
import { correctItem, findItem, type Item, type ItemCorrection, ItemNotFound, NotAnswerable, reachedSteps } from './items.js';
import { LearningErrors } from './learning.errors.js';
import { type AnswerRecord, type AttemptRecord, LearningRepository } from './learning.repository.js';
import { bestOfConcurrentAttempts } from './concurrent-attempts.js';

import type { AnswerResult, Score, SubmitAnswerInput } from './learning.types.js';

type StoredAnswer = Omit<AnswerRecord, 'answeredAt'>;
/** What never changes in an attempt once started. */
type AttemptFacts = Pick<AttemptRecord, 'id' | 'userId' | 'versionId' | 'startedAt'>;

interface CorrectedAnswer {
  item: Item;
  correction: ItemCorrection;
  answer: StoredAnswer;
  at: Date;
}

/** Attempts remembered in progress, by id: a few hundred bytes each. */
const REMEMBERED_ATTEMPTS = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class LearningService {
  private readonly attemptsInProgress = new LRUCache<string, AttemptFacts>({ max: REMEMBERED_ATTEMPTS });

  constructor(
    private readonly repository: LearningRepository,
    private readonly catalogue: CatalogueService,
    private readonly competencies: CompetencyService,
    private readonly positioning: PositioningService,
    private readonly reviews: ReviewService,
    private readonly clock: Clock,
  ) {}

  /** Resumes the attempt in progress (even on an older version: it is finished as started), or starts one on the current version. */
  async startAttempt(me: CurrentUser, moduleSlug: string): Promise<AttemptRecord> {
    const module = await this.catalogue.requireModuleBySlug(moduleSlug);
    const existing = await this.repository.findAttemptInProgress(me.id, module.id);
    if (existing) return existing;
    await this.repository.insertAttempt(me.id, module.id, module.versionId);
    return (await this.repository.findAttemptInProgress(me.id, module.id))!;
  }

  /**
   * Reserves the attempt a download plays offline, on the current version: a new attempt for each
   * download (the device's own, so that two devices never answer into one attempt), the same one when
   * the browser retries with its key. See docs/decisions/2026-11-29-offline.md.
   */
  async reserveDownloadAttempt(me: CurrentUser, moduleSlug: string, downloadKey: string): Promise<AttemptRecord> {
    const module = await this.catalogue.requireModuleBySlug(moduleSlug);
    const existing = await this.repository.findAttemptOfDownload(me.id, downloadKey);
    if (existing && existing.moduleId !== module.id) throw LearningErrors.keyReused();
    if (existing) return existing;
    await this.repository.insertDownloadAttempt(me.id, module.id, module.versionId, downloadKey);
    return (await this.repository.findAttemptOfDownload(me.id, downloadKey))!;
  }

  async submitAnswer(me: CurrentUser, input: SubmitAnswerInput): Promise<AnswerResult> {
    const remembered = this.attemptsInProgress.get(input.attemptId);
    if (remembered?.userId === me.id) {
      const result = await this.answerRememberedAttempt(me, remembered, input);
      if (result) return result;
    }
    const attempt = await this.ownAttempt(me, input.attemptId);
    if (!fitsVersion(input, attempt)) throw LearningErrors.versionMismatch();
    const version = await this.catalogue.versionForCorrection(attempt.versionId);

    if (attempt.status === 'COMPLETED') {
      this.attemptsInProgress.delete(attempt.id);
      // A retry of an answer stored before the attempt was finished still gets its result.
      const previous = await this.repository.findAnswerByKey(me.id, input.idempotencyKey);
      if (!previous) throw LearningErrors.attemptCompleted();
      return this.storedResult(version, previous, input);
    }
    this.attemptsInProgress.set(attempt.id, {
      id: attempt.id,
      userId: attempt.userId,
      versionId: attempt.versionId,
      startedAt: attempt.startedAt,
    });

    const { item, correction, answer, at } = await this.correctAnswer(attempt, version, input);
    // A repeated key, or a second answer to the same item, stores nothing.
    if (await this.repository.insertAnswerOnce({ ...answer, userId: me.id, answeredAt: at })) {
      return this.resultOfNewAnswer(me, version, item, correction, answer);
    }
    const stored = await this.repository.findStoredAnswer(me.id, input.idempotencyKey, attempt.id, item.key);
    return this.storedResult(version, stored, input);
  }

  /**
   * The usual answer in one statement, to an attempt this instance has seen in progress: its owner,
   * version and start never change, and the insert itself checks that it is still this learner's and in
   * progress. Null for anything else (finished or erased since, a repeated key, an error to report, whose
   * kind depends on whether the attempt is finished): the full path then reads the attempt first and
   * answers as it always did.
   */
  private async answerRememberedAttempt(me: CurrentUser, attempt: AttemptFacts, input: SubmitAnswerInput): Promise<AnswerResult | null> {
    if (!fitsVersion(input, attempt)) return null;
    const version = await this.catalogue.versionForCorrection(attempt.versionId);
    const corrected = await this.correctAnswer(attempt, version, input).catch(() => null);
    if (!corrected) return null;
    const { item, correction, answer, at } = corrected;
    if (!(await this.repository.insertAnswerIfInProgress({ ...answer, userId: me.id, answeredAt: at }))) return null;
    return this.resultOfNewAnswer(me, version, item, correction, answer);
  }

  /** Finds the answered item (a scenario step only once reached) and corrects the response: the answer to store. */
  private async correctAnswer(attempt: AttemptFacts, version: VersionForCorrection, input: SubmitAnswerInput): Promise<CorrectedAnswer> {
    const item = findItemOrFail(version, input.elementId);
    if (item.kind === 'step') await this.assertStepReached(attempt.id, item);
    const correction = correctOrFail(item, input.response, version.contentHash);
    const answer: StoredAnswer = {
      attemptId: attempt.id,
      elementId: item.key,
      skillId: correction.skillId,
      response: correction.response,
      correct: correction.correct,
      graded: correction.graded,
      idempotencyKey: input.idempotencyKey,
    };
    return { item, correction, answer, at: answeredAt(input.answeredAt ?? undefined, attempt.startedAt, this.clock.now()) };
  }

  private async resultOfNewAnswer(
    me: CurrentUser,
    version: VersionForCorrection,
    item: Item,
    correction: ItemCorrection,
    answer: StoredAnswer,
  ): Promise<AnswerResult> {
    await this.reviews.noteLessonAnswer(me.id, version.moduleId, item, { ...correction, response: correction.response as RawResponse });
    return this.toResult(version, answer);
  }

  /** A scenario is played along its branches: a step is answered only once a stored choice led to it. */
  private async assertStepReached(attemptId: string, item: Extract<Item, { kind: 'step' }>): Promise<void> {
    if (item.step.id === item.element.start) return;
    const prefix = `${item.element.id}/`;
    const answers = (await this.repository.findAnswersOfAttempts([attemptId])).filter((a) => a.elementId.startsWith(prefix));
    const choices = answers.map((a) => ({
      stepId: a.elementId.slice(prefix.length),
      choiceId: 'choiceIds' in a.response ? a.response.choiceIds[0]! : '',
    }));
    if (!reachedSteps(item.element, choices).has(item.step.id)) throw LearningErrors.stepNotReached();
  }

  /** The first stored answer wins; a key reused for another question is a client bug worth saying. */
  private storedResult(version: VersionForCorrection, stored: StoredAnswer, input: SubmitAnswerInput): Promise<AnswerResult> {
    if (stored.idempotencyKey === input.idempotencyKey && (stored.attemptId !== input.attemptId || stored.elementId !== input.elementId)) {
      throw LearningErrors.keyReused();
    }
    return this.toResult(version, stored);
  }

  async moveInAttempt(me: CurrentUser, attemptId: string, grainIndex: number): Promise<AttemptRecord> {
    const attempt = await this.ownAttempt(me, attemptId);
    if (attempt.status === 'COMPLETED') throw LearningErrors.attemptCompleted();
    const version = await this.catalogue.versionForCorrection(attempt.versionId);
    if (!Number.isInteger(grainIndex) || grainIndex < 0 || grainIndex >= version.content.grains.length)
      throw LearningErrors.grainOutOfRange();
    await this.repository.updateAttemptPosition(attempt.id, grainIndex);
    return (await this.repository.findAttempt(attempt.id))!;
  }

  /** Finishing twice is harmless: the second call returns the finished attempt. */
  async finishAttempt(me: CurrentUser, attemptId: string): Promise<AttemptRecord> {
    const attempt = await this.ownAttempt(me, attemptId);
    await this.repository.completeAttempt(attempt.id);
    return (await this.repository.findAttempt(attempt.id))!;
  }

  async attempt(me: CurrentUser, attemptId: string): Promise<AttemptRecord | null> {
    if (!UUID.test(attemptId)) return null;
    const attempt = await this.repository.findAttempt(attemptId);
    return attempt && attempt.userId === me.id ? attempt : null;
  }

  async progress(me: CurrentUser): Promise<{ modulesStarted: number; modulesCompleted: number; attempts: AttemptRecord[] }> {
    const [counts, attempts] = await Promise.all([
      this.repository.countModulesOfUser(me.id),
      this.repository.findAttemptsOfUser(me.id, 50),
    ]);
    return { modulesStarted: counts.started, modulesCompleted: counts.completed, attempts };
  }

  async evidenceOfUser(me: CurrentUser): Promise<CompetencyEvidenceSummary[]> {
    return this.competencies.evidenceFromAnswers(await this.lessonAnswersOf(me.id));
  }

  /**
   * Micro-lessons that cover the learner's gaps, most gaps first, leaving out those already completed;
   * each with the competency where it helps most, for the reason shown.
   */
  async recommendations(me: CurrentUser, limit = 3): Promise<{ module: Module; competencyCode: string; gapSkills: number }[]> {
    const [answers, measured, modules, attempts] = await Promise.all([
      this.lessonAnswersOf(me.id),
      this.measuredAnswers(me),
      this.catalogue.modulesWithSkills(),
      this.repository.findAttemptsOfUser(me.id, 500),
    ]);
    const gaps = await this.competencies.gaps(answers, measured);
    const completed = new Set(attempts.filter((a) => a.status === 'COMPLETED').map((a) => a.moduleId));
    return modules
      .filter(({ module }) => !completed.has(module.id))
      .map(({ module, skills }) => {
        const covered = gaps.filter((gap) => skills.has(gap.skillId));
        const perCompetency = new Map<string, number>();
        for (const gap of covered) perCompetency.set(gap.competencyCode, (perCompetency.get(gap.competencyCode) ?? 0) + 1);
        const [competencyCode] = [...perCompetency.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [''];
        return { module, competencyCode, gapSkills: covered.length };
      })
      .filter((r) => r.gapSkills > 0)
      .sort(
        (a, b) =>
          b.gapSkills - a.gapSkills || a.module.durationMinutes - b.module.durationMinutes || a.module.title.localeCompare(b.module.title),
      )
      .slice(0, limit);
  }

  /** Pix and level per competency from lessons and positioning tests, each part also shown on its own. */
  async profile(me: CurrentUser): Promise<ProfileScore[]> {
    const [answers, measured] = await Promise.all([this.lessonAnswersOf(me.id), this.measuredAnswers(me)]);
    return this.competencies.profile(answers, measured);
  }

  async profileHistory(me: CurrentUser): Promise<ProfilePoint[]> {
    const [answers, measured] = await Promise.all([this.lessonAnswersOf(me.id), this.measuredAnswers(me)]);
    return this.competencies.history(answers, measured);
  }

  /** A learner's lesson answers as evidence of competencies, oldest first: of attempts played at once on two devices, the best counts. */
  private async lessonAnswersOf(userId: string): Promise<AnswerRecord[]> {
    const [answers, attempts] = await Promise.all([
      this.repository.findAnswersOfUser(userId),
      this.repository.findAttemptPeriods([userId]),
    ]);
    return bestOfConcurrentAttempts(answers, attempts);
  }

  private async measuredAnswers(me: CurrentUser): Promise<DatedScoredAnswer[]> {
    return (await this.positioning.answersOfUser(me.id)).map((a) => ({ skillId: a.skillId, correct: a.correct, answeredAt: a.answeredAt }));
  }

  evidenceOfAnswers(answers: AnswerRecord[]): Promise<CompetencyEvidenceSummary[]> {
    return this.competencies.evidenceFromAnswers(answers);
  }

  /** Where learners stand on modules: COMPLETED once any attempt is finished, IN_PROGRESS if started; absent if not. */
  async moduleStatuses(
    userIds: readonly string[],
    moduleIds: readonly string[],
  ): Promise<{ userId: string; moduleId: string; status: 'COMPLETED' | 'IN_PROGRESS'; completedAt: Date | null }[]> {
    return (await this.repository.findModuleStatuses(userIds, moduleIds)).map((row) => ({
      ...row,
      status: row.completedAt ? 'COMPLETED' : 'IN_PROGRESS',
    }));
  }

  currentAttemptsForModules(me: CurrentUser, moduleIds: readonly string[]): Promise<AttemptRecord[]> {
    return this.repository.findCurrentAttemptsForModules(me.id, moduleIds);
  }

  answersOfAttempts(attemptIds: readonly string[]): Promise<AnswerRecord[]> {
    return this.repository.findAnswersOfAttempts(attemptIds);
  }

  /** Results of stored answers, feedback and solution included: only for the attempt's owner, after answering. */
  async resultsOfAnswers(versionId: string, answers: AnswerRecord[]): Promise<AnswerResult[]> {
    if (answers.length === 0) return [];
    const version = await this.catalogue.versionForCorrection(versionId);
    return Promise.all(answers.map((answer) => this.toResult(version, answer)));
  }

  /**
   * The learner's best finished attempt on a module (best percent, then most right answers, then the
   * latest): a module played on two devices keeps both attempts and the best counts.
   */
  async bestScore(me: CurrentUser, moduleId: string): Promise<Score | null> {
    const attempts = await this.repository.findCompletedAttempts(me.id, moduleId);
    if (attempts.length === 0) return null;
    const answers = await this.repository.findAnswersOfAttempts(attempts.map((a) => a.id));
    const scores = attempts.map((attempt) =>
      this.score(
        attempt,
        answers.filter((a) => a.attemptId === attempt.id),
      ),
    );
    return bestOf(scores);
  }

  score(attempt: AttemptRecord, answers: AnswerRecord[]): Score {
    const correct = answers.filter((a) => a.graded && a.correct).length;
    const total = attempt.gradedCount;
    // A scenario's detour can add steps beyond its best path: the score never passes 100 %.
    return { correct: Math.min(correct, total), total, percent: total === 0 ? 0 : Math.min(100, Math.round((100 * correct) / total)) };
  }

  private async ownAttempt(me: CurrentUser, attemptId: string): Promise<AttemptRecord> {
    const attempt = await this.attempt(me, attemptId);
    // Someone else's attempt looks the same as a missing one.
    if (!attempt) throw LearningErrors.attemptNotFound();
    return attempt;
  }

  private async toResult(version: VersionForCorrection, answer: StoredAnswer): Promise<AnswerResult> {
    const item = findItem(version.content, answer.elementId);
    const correction = correctItem(item, answer.response as RawResponse, version.contentHash);
    const result: AnswerResult = {
      elementId: answer.elementId,
      graded: answer.graded,
      correct: answer.correct,
      feedbackHtml: correction.feedbackMarkdown ? renderMarkdown(correction.feedbackMarkdown) : '',
      response: answer.response,
      solution: correction.solution,
      skillId: answer.skillId,
      nextStepId: correction.nextStepId ?? null,
      quality: correction.quality ?? null,
      poll: null,
    };
    if (item.kind === 'poll') {
      const { total, counts } = await this.repository.countPollAnswers(version.moduleId, item.key);
      result.poll = {
        total,
        choices: item.element.choices.map((c) => {
          const count = counts.get(c.id) ?? 0;
          return { choiceId: c.id, count, percent: total === 0 ? 0 : Math.round((100 * count) / total) };
        }),
      };
    }
    return result;
  }

  /**
   * How learners answered on modules (every attempt and version), for the item statistics of a cohort
   * (analytics). The caller checks who may see them.
   */
  answersOnModules(
    userIds: readonly string[],
    moduleIds: readonly string[],
  ): Promise<(AnswerRecord & { userId: string; moduleId: string; versionId: string })[]> {
    return this.repository.findAnswersOnModules(userIds, moduleIds);
  }

  /** Every attempt and answer on one module, all learners: the statistics its authors read (studio). The caller checks who may. */
  async activityOnModule(moduleId: string): Promise<{
    attempts: { userId: string; versionId: string; startedAt: Date; completedAt: Date | null }[];
    answers: (AnswerRecord & { userId: string; versionId: string })[];
  }> {
    const [attempts, answers] = await Promise.all([
      this.repository.findAttemptsOfModule(moduleId),
      this.repository.findAnswersOnModule(moduleId),
    ]);
    return { attempts, answers };
  }

  /** The lesson answers of these learners that evidence competencies (as for each of them), oldest first, for cohort reports (analytics). */
  async answersOfUsers(userIds: readonly string[]): Promise<(AnswerRecord & { userId: string })[]> {
    const [answers, attempts] = await Promise.all([
      this.repository.findAnswersOfUsers(userIds),
      this.repository.findAttemptPeriods(userIds),
    ]);
    return bestOfConcurrentAttempts(answers, attempts);
  }
}

/** The best of scores (higher percent, then more right answers); the first wins a tie. */
export function bestOf(scores: Score[]): Score | null {
  return scores.reduce<Score | null>(
    (best, s) => (!best || s.percent > best.percent || (s.percent === best.percent && s.correct > best.correct) ? s : best),
    null,
  );
}

/** An answer queued offline names the version it was given on: the attempt's, or it fits nothing. */
function fitsVersion(input: SubmitAnswerInput, attempt: AttemptFacts): boolean {
  return input.versionId === undefined || input.versionId === null || input.versionId === attempt.versionId;
}

function findItemOrFail(version: VersionForCorrection, key: string): Item {
  try {
    return findItem(version.content, key);
  } catch (error) {
    if (error instanceof ItemNotFound) throw LearningErrors.elementNotFound();
    if (error instanceof NotAnswerable) throw LearningErrors.notAnswerable();
    throw error;
  }
}

function correctOrFail(item: Item, response: RawResponse, secret: string): ItemCorrection {
  try {
    return correctItem(item, response, secret);
  } catch (error) {
    if (error instanceof InvalidResponse) throw LearningErrors.invalidResponse(error.message);
    throw error;
  }
}
