import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { Element } from '../catalogue/catalogue.types.js';
import { Clock } from '../core/clock.js';
import type { CurrentUser } from '../core/current-user.js';
import { InvalidResponse, type RawResponse } from '../learning/correction.js';
import { correctItem, findItem } from '../learning/items.js';
import { CompetencyService } from './competency.service.js';
import type { CompetencyScore, SkillInfo } from './pix-scoring.js';
import { PositioningErrors } from './positioning.errors.js';
import { positioningItemsOf } from './positioning-items.js';
import { type PositioningAnswerRecord, PositioningRepository, type PositioningSessionRecord } from './positioning.repository.js';
import { positioningState, seededRandom } from './smart-random.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface BankItem {
  /** `<versionId>#<itemKey>`: an item of a published version. */
  id: string;
  versionId: string;
  itemKey: string;
  skillId: string;
  competencyCode: string;
}

export interface PositioningQuestion {
  versionId: string;
  itemKey: string;
  competencyCode: string;
  element: Element;
  number: number;
}

export interface AnswerPositioning {
  sessionId: string;
  versionId: string;
  itemKey: string;
  response?: RawResponse;
  skip?: boolean;
  idempotencyKey: string;
}

/** The adaptive positioning test: the choice of questions is smart-random.ts; this is who may, and storage. */
@Injectable()
export class PositioningService {
  constructor(
    private readonly repository: PositioningRepository,
    private readonly catalogue: CatalogueService,
    private readonly competencies: CompetencyService,
    private readonly clock: Clock,
  ) {}

  /** Competencies the item bank can test, with how many questions it has on each. */
  async testableCompetencies(): Promise<{ competencyCode: string; questions: number }[]> {
    const { items } = await this.bank();
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.competencyCode, (counts.get(item.competencyCode) ?? 0) + 1);
    return [...counts.entries()]
      .map(([competencyCode, questions]) => ({ competencyCode, questions }))
      .sort((a, b) => a.competencyCode.localeCompare(b.competencyCode, 'fr', { numeric: true }));
  }

  /** Starts a test on the chosen competencies (all testable ones when none is chosen); one in progress abandons. */
  async start(me: CurrentUser, chosen: string[]): Promise<PositioningSessionRecord> {
    const testable = (await this.testableCompetencies()).map((c) => c.competencyCode);
    const codes = chosen.length === 0 ? testable : [...new Set(chosen)];
    const known = new Set((await this.competencies.competenciesByCodes(codes)).map((c) => c.code));
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length > 0) throw PositioningErrors.unknownCompetency(unknown);
    const untestable = codes.filter((code) => !testable.includes(code));
    if (untestable.length > 0 || codes.length === 0) throw PositioningErrors.nothingToTest(untestable);
    const ordered = codes.sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));

    const id = await this.repository.replaceSessionInProgress(me.id, ordered, randomInt(2 ** 31));
    const session = (await this.repository.findSession(id))!;
    await this.advance(session, []);
    return (await this.repository.findSession(id))!;
  }

  /** The test in progress, else the latest one taken, else null. */
  async mine(me: CurrentUser): Promise<PositioningSessionRecord | null> {
    const [latest] = await this.repository.findLatestSessions(me.id, 1);
    return (await this.repository.findSessionInProgress(me.id)) ?? latest ?? null;
  }

  async session(me: CurrentUser, id: string): Promise<PositioningSessionRecord | null> {
    if (!UUID.test(id)) return null;
    const session = await this.repository.findSession(id);
    return session && session.userId === me.id ? session : null;
  }

  /** Idempotent: a repeated key returns the session as it stands. Skipping counts as a wrong answer, as on Pix. */
  async answer(me: CurrentUser, input: AnswerPositioning): Promise<PositioningSessionRecord> {
    const session = await this.session(me, input.sessionId);
    if (!session) throw PositioningErrors.sessionNotFound();
    const previous = await this.repository.findAnswerByKey(me.id, input.idempotencyKey);
    if (previous) {
      if (previous.sessionId !== session.id || previous.versionId !== input.versionId || previous.itemKey !== input.itemKey) {
        throw PositioningErrors.keyReused();
      }
      return session;
    }
    if (session.status !== 'IN_PROGRESS') throw PositioningErrors.sessionFinished();
    if (session.pendingVersionId !== input.versionId || session.pendingItemKey !== input.itemKey)
      throw PositioningErrors.notTheCurrentItem();

    const version = await this.catalogue.versionForCorrection(input.versionId);
    const item = findItem(version.content, input.itemKey);
    let correct = false;
    let skillId: string;
    if (input.skip) {
      skillId = (item.element as { skill: string }).skill;
    } else {
      if (!input.response) throw PositioningErrors.responseRequired();
      try {
        const correction = correctItem(item, input.response, version.contentHash);
        correct = correction.correct;
        skillId = correction.skillId!;
      } catch (error) {
        if (error instanceof InvalidResponse) throw PositioningErrors.invalidResponse(error.message);
        throw error;
      }
    }
    const stored = await this.repository.insertAnswerOnce({
      sessionId: session.id,
      userId: me.id,
      versionId: input.versionId,
      itemKey: input.itemKey,
      skillId,
      response: input.skip ? null : input.response,
      correct,
      skipped: input.skip === true,
      idempotencyKey: input.idempotencyKey,
      answeredAt: this.clock.now(),
    });
    if (stored) await this.advance(session, await this.repository.findAnswersOfSessions([session.id]));
    return (await this.repository.findSession(session.id))!;
  }

  /** The question the session asks now, as learners see it (no solution), or null once it is over. */
  async question(session: PositioningSessionRecord, answered: number): Promise<PositioningQuestion | null> {
    if (session.status !== 'IN_PROGRESS' || !session.pendingVersionId || !session.pendingItemKey) return null;
    const [element, { items }] = await Promise.all([
      this.catalogue.publicElement(session.pendingVersionId, session.pendingItemKey),
      this.bank(),
    ]);
    const item = items.find((i) => i.versionId === session.pendingVersionId && i.itemKey === session.pendingItemKey);
    if (!element || !item) return null;
    return { versionId: item.versionId, itemKey: item.itemKey, competencyCode: item.competencyCode, element, number: answered + 1 };
  }

  answersOfSessions(sessionIds: readonly string[]): Promise<PositioningAnswerRecord[]> {
    return this.repository.findAnswersOfSessions(sessionIds);
  }

  /** The placement on each competency of the session, from its own answers only. */
  async results(session: PositioningSessionRecord, answers: PositioningAnswerRecord[]): Promise<CompetencyScore[]> {
    const scores = await this.competencies.scoreAnswers(answers);
    return session.competencyCodes.map(
      (code) =>
        scores.find((s) => s.competencyCode === code) ?? {
          competencyCode: code,
          pix: 0,
          level: 0,
          nextLevelPercent: 0,
          validatedSkills: 0,
          invalidatedSkills: 0,
        },
    );
  }

  /** Every positioning answer of a learner, oldest first: the measured part of the profile. */
  answersOfUser(userId: string): Promise<PositioningAnswerRecord[]> {
    return this.repository.findAnswersOfUser(userId);
  }

  /**
   * Lets the managers of the learner's établissement see this result in cohort reports: the learner's
   * own choice, for a finished test only.
   */
  async share(me: CurrentUser, sessionId: string): Promise<PositioningSessionRecord> {
    const session = await this.session(me, sessionId);
    if (!session) throw PositioningErrors.sessionNotFound();
    if (session.status !== 'COMPLETED') throw PositioningErrors.notFinished();
    await this.repository.markShared(session.id, this.clock.now());
    return (await this.repository.findSession(session.id))!;
  }

  /** The answers of the results these learners shared, oldest first (cohort reports; the caller checks who may see them). */
  sharedAnswersOfUsers(userIds: readonly string[]): Promise<(PositioningAnswerRecord & { userId: string })[]> {
    return this.repository.findSharedAnswersOfUsers(userIds);
  }

  /** Picks the next question (or ends the test) from the answers so far, and records it on the session. */
  private async advance(session: PositioningSessionRecord, answers: PositioningAnswerRecord[]): Promise<void> {
    const { skills, items } = await this.bank();
    const random = seededRandom(session.seed, answers.length);
    for (const code of session.competencyCodes) {
      const own = skills.filter((s) => s.competencyCode === code);
      const ownSkills = new Set(own.map((s) => s.id));
      const state = positioningState({
        skills: own,
        items: items.filter((i) => i.competencyCode === code),
        answers: answers
          .filter((a) => ownSkills.has(a.skillId))
          .map((a) => ({ itemId: `${a.versionId}#${a.itemKey}`, skillId: a.skillId, correct: a.correct })),
        random,
      });
      const next = state.next && items.find((i) => i.id === state.next!.id);
      if (next) return this.repository.updatePending(session.id, { versionId: next.versionId, itemKey: next.itemKey });
    }
    await this.repository.updatePending(session.id, null, this.clock.now());
  }

  /** The item bank: every question of the current published versions that positions on one skill. */
  private async bank(): Promise<{ skills: SkillInfo[]; items: BankItem[] }> {
    const [skills, versions] = await Promise.all([this.competencies.allSkills(), this.catalogue.currentVersions()]);
    const competencyOf = new Map(skills.map((s) => [s.id, s.competencyCode]));
    const items = versions.flatMap(({ version }) =>
      positioningItemsOf(version.content).flatMap((item) => {
        const competencyCode = competencyOf.get(item.skillId);
        return competencyCode
          ? [{ id: `${version.id}#${item.key}`, versionId: version.id, itemKey: item.key, skillId: item.skillId, competencyCode }]
          : [];
      }),
    );
    return { skills, items };
  }
}
