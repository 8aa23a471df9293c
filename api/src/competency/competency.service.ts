import { Injectable } from '@nestjs/common';
import type { Framework } from '@continuite/schemas/content';
import { CompetencyRepository, type CompetencyRecord, type DomainRecord, type SkillRecord } from './competency.repository.js';
import { type CompetencyScore, gapSkills, scoreCompetencies } from './pix-scoring.js';
import { type AnswerEvidence, type CompetencyEvidenceSummary, summariseEvidence } from './evidence.js';

@Injectable()
export class CompetencyService {
  constructor(private readonly repository: CompetencyRepository) {}

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

  /** Pix and level per competency, recomputed from graded answers given oldest first. */
  async profileFromAnswers(all: { skillId: string | null; correct: boolean; graded: boolean }[]): Promise<CompetencyScore[]> {
    const answers = all.flatMap((a) => (a.graded && a.skillId ? [{ skillId: a.skillId, correct: a.correct }] : []));
    return scoreCompetencies(await this.repository.findAllSkills(), answers);
  }

  /** Skills the learner has yet to show, up to one level above where they are (see gapSkills). */
  async gapsFromAnswers(
    all: { skillId: string | null; correct: boolean; graded: boolean }[],
  ): Promise<{ skillId: string; competencyCode: string }[]> {
    const answers = all.flatMap((a) => (a.graded && a.skillId ? [{ skillId: a.skillId, correct: a.correct }] : []));
    const skills = await this.repository.findAllSkills();
    const gaps = gapSkills(skills, answers);
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
