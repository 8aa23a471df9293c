import { Inject, Injectable } from '@nestjs/common';
import type { Framework } from '@continuite/schemas/content';
import { CompetencyRepository, type CompetencyRecord, type DomainRecord, type SkillRecord } from './competency.repository.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import {
  type CompetencyScore,
  gapSkills,
  type ProfilePoint,
  profileHistory,
  type ScoredAnswer,
  scoreCompetencies,
  type SkillInfo,
} from './pix-scoring.js';
import { type AnswerEvidence, type CompetencyEvidenceSummary, summariseEvidence } from './evidence.js';

@Injectable()
export class CompetencyService {
  constructor(
    private readonly repository: CompetencyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  importFramework(framework: Framework): Promise<void> {
    return this.repository.upsertFramework(framework);
  }

  domains(): Promise<DomainRecord[]> {
    return this.repository.findDomains();
  }

  domainsByCodes(codes: readonly string[]): Promise<DomainRecord[]> {
    return this.repository.findDomainsByCodes(codes);
  }

  competenciesByCodes(codes: readonly string[]): Promise<CompetencyRecord[]> {
    return this.repository.findCompetenciesByCodes(codes);
  }

  competenciesOfDomains(domainCodes: readonly string[]): Promise<CompetencyRecord[]> {
    return this.repository.findCompetenciesOfDomains(domainCodes);
  }

  skillsByIds(ids: readonly string[]): Promise<SkillRecord[]> {
    return this.repository.findSkillsByIds(ids);
  }

  allSkills(): Promise<SkillInfo[]> {
    return this.repository.findAllSkills();
  }

  /** Pix and level per competency from scored answers given oldest first. */
  async scoreAnswers(answers: ScoredAnswer[]): Promise<CompetencyScore[]> {
    return scoreCompetencies(await this.repository.findAllSkills(), answers, this.config.maxOpenLevel);
  }

  /**
   * The learner's profile, recomputed from both kinds of answers: the score counts them all in the
   * order given, and each competency also says what lessons evidenced and what the positioning
   * test measured on their own (null when never measured there).
   */
  async profile(lessons: LessonAnswer[], measured: DatedScoredAnswer[]): Promise<ProfileScore[]> {
    const skills = await this.repository.findAllSkills();
    const max = this.config.maxOpenLevel;
    const fromLessons = new Map(scoreCompetencies(skills, gradedOnly(lessons), max).map((s) => [s.competencyCode, s]));
    const fromTest = new Map(scoreCompetencies(skills, measured, max).map((s) => [s.competencyCode, s]));
    return scoreCompetencies(skills, mergeByTime(lessons, measured), max).map((score) => ({
      ...score,
      lessonPix: fromLessons.get(score.competencyCode)?.pix ?? 0,
      lessonLevel: fromLessons.get(score.competencyCode)?.level ?? 0,
      measuredPix: fromTest.get(score.competencyCode)?.pix ?? null,
      measuredLevel: fromTest.get(score.competencyCode)?.level ?? null,
    }));
  }

  /** The profile at the end of each day the learner answered something (Europe/Paris days). */
  async history(lessons: LessonAnswer[], measured: DatedScoredAnswer[]): Promise<ProfilePoint[]> {
    return profileHistory(await this.repository.findAllSkills(), mergeByTime(lessons, measured), 'Europe/Paris', this.config.maxOpenLevel);
  }

  /** Skills the learner has yet to show, up to one level above where they are (see gapSkills). */
  async gaps(lessons: LessonAnswer[], measured: DatedScoredAnswer[]): Promise<{ skillId: string; competencyCode: string }[]> {
    const skills = await this.repository.findAllSkills();
    const gaps = gapSkills(skills, mergeByTime(lessons, measured), this.config.maxOpenLevel);
    return skills.filter((s) => gaps.has(s.id)).map((s) => ({ skillId: s.id, competencyCode: s.competencyCode }));
  }

  /** Evidence per competency from answers (oldest first), each answer naming its skill. */
  async evidenceFromAnswers(all: { skillId: string | null; correct: boolean; graded: boolean }[]): Promise<CompetencyEvidenceSummary[]> {
    // Flashcard ratings and polls evidence nothing: only graded answers count.
    const answers = all.filter((a): a is { skillId: string; correct: boolean; graded: true } => a.graded && a.skillId !== null);
    const skills = await this.repository.findSkillsByIds([...new Set(answers.map((a) => a.skillId))]);
    const competencyOf = new Map(skills.map((s) => [s.id, s.competencyCode]));
    const evidence: AnswerEvidence[] = answers.flatMap((a) => {
      const competencyCode = competencyOf.get(a.skillId);
      return competencyCode ? [{ skillId: a.skillId, competencyCode, correct: a.correct }] : [];
    });
    return summariseEvidence(evidence);
  }
}

export interface LessonAnswer {
  skillId: string | null;
  correct: boolean;
  graded: boolean;
  answeredAt: Date;
}
export interface DatedScoredAnswer extends ScoredAnswer {
  answeredAt: Date;
}
export interface ProfileScore extends CompetencyScore {
  lessonPix: number;
  lessonLevel: number;
  measuredPix: number | null;
  measuredLevel: number | null;
}

function gradedOnly(answers: LessonAnswer[]): DatedScoredAnswer[] {
  return answers.flatMap((a) => (a.graded && a.skillId ? [{ skillId: a.skillId, correct: a.correct, answeredAt: a.answeredAt }] : []));
}

/** Lesson and positioning answers in one stream, oldest first (each list is already in order). */
function mergeByTime(lessons: LessonAnswer[], measured: DatedScoredAnswer[]): (DatedScoredAnswer & { at: Date })[] {
  return [...gradedOnly(lessons), ...measured]
    .map((a) => ({ skillId: a.skillId, correct: a.correct, answeredAt: a.answeredAt, at: a.answeredAt }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
