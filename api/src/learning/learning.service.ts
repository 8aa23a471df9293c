import { Injectable } from '@nestjs/common';
import { isAnswerable } from '@continuite/schemas/content';
import { CatalogueService, type VersionForCorrection } from '../catalogue/catalogue.service.js';
import { renderMarkdown } from '../catalogue/render.js';
import { CompetencyService } from '../competency/competency.service.js';
import type { CompetencyEvidenceSummary } from '../competency/evidence.js';
import type { CurrentUser } from '../core/current-user.js';
import { type AnswerableElement, correctAnswer, InvalidResponse } from './correction.js';
import { LearningErrors } from './learning.errors.js';
import { type AnswerRecord, type AttemptRecord, LearningRepository } from './learning.repository.js';

type StoredAnswer = Omit<AnswerRecord, 'answeredAt'>;
import type { AnswerResult, Score, SubmitAnswerInput } from './learning.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class LearningService {
  constructor(
    private readonly repository: LearningRepository,
    private readonly catalogue: CatalogueService,
    private readonly competencies: CompetencyService,
  ) {}

  /** Resumes the attempt in progress (even on an older version: it is finished as started), or starts one on the current version. */
  async startAttempt(me: CurrentUser, moduleSlug: string): Promise<AttemptRecord> {
    const module = await this.catalogue.requireModuleBySlug(moduleSlug);
    const existing = await this.repository.findAttemptInProgress(me.id, module.id);
    if (existing) return existing;
    await this.repository.insertAttempt(me.id, module.id, module.versionId);
    return (await this.repository.findAttemptInProgress(me.id, module.id))!;
  }

  async submitAnswer(me: CurrentUser, input: SubmitAnswerInput): Promise<AnswerResult> {
    const attempt = await this.ownAttempt(me, input.attemptId);
    const version = await this.catalogue.versionForCorrection(attempt.versionId);

    if (attempt.status === 'COMPLETED') {
      // A retry of an answer stored before the attempt was finished still gets its result.
      const previous = await this.repository.findAnswerByKey(me.id, input.idempotencyKey);
      if (!previous) throw LearningErrors.attemptCompleted();
      return this.storedResult(version, previous, input);
    }

    const element = findElement(version, input.elementId);
    let correction;
    try {
      correction = correctAnswer(element, input.response);
    } catch (error) {
      if (error instanceof InvalidResponse) throw LearningErrors.invalidResponse(error.message);
      throw error;
    }
    const answer = {
      attemptId: attempt.id,
      elementId: element.id,
      skillId: element.skill,
      response: correction.response,
      correct: correction.correct,
      idempotencyKey: input.idempotencyKey,
    };
    // One statement on the usual path; a repeated key, or a second answer to the same element, stores nothing.
    if (await this.repository.insertAnswerOnce({ ...answer, userId: me.id })) return this.toResult(version, answer);
    const stored = await this.repository.findStoredAnswer(me.id, input.idempotencyKey, attempt.id, element.id);
    return this.storedResult(version, stored, input);
  }

  /** The first stored answer wins; a key reused for another question is a client bug worth saying. */
  private storedResult(version: VersionForCorrection, stored: StoredAnswer, input: SubmitAnswerInput): AnswerResult {
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
    return this.competencies.evidenceFromAnswers(await this.repository.findAnswersOfUser(me.id));
  }

  evidenceOfAnswers(answers: AnswerRecord[]): Promise<CompetencyEvidenceSummary[]> {
    return this.competencies.evidenceFromAnswers(answers);
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
    return answers.map((answer) => this.toResult(version, answer));
  }

  score(attempt: AttemptRecord, answers: AnswerRecord[]): Score {
    const correct = answers.filter((a) => a.correct).length;
    const total = attempt.gradedCount;
    return { correct, total, percent: total === 0 ? 0 : Math.round((100 * correct) / total) };
  }

  private async ownAttempt(me: CurrentUser, attemptId: string): Promise<AttemptRecord> {
    const attempt = await this.attempt(me, attemptId);
    // Someone else's attempt looks the same as a missing one.
    if (!attempt) throw LearningErrors.attemptNotFound();
    return attempt;
  }

  private toResult(version: VersionForCorrection, answer: StoredAnswer): AnswerResult {
    const element = findElement(version, answer.elementId);
    const correction = correctAnswer(element, answer.response);
    return {
      elementId: answer.elementId,
      correct: answer.correct,
      feedbackHtml: renderMarkdown(answer.correct ? element.feedback.correct : element.feedback.incorrect),
      response: answer.response,
      solution: correction.solution,
      skillId: answer.skillId,
    };
  }
}

function findElement(version: VersionForCorrection, elementId: string): AnswerableElement {
  const element = version.content.grains.flatMap((g) => g.elements).find((e) => e.id === elementId);
  if (!element) throw LearningErrors.elementNotFound();
  if (!isAnswerable(element)) throw LearningErrors.notAnswerable();
  return element as AnswerableElement;
}
