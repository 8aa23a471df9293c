/**
 * Pix-style scoring (issue 4), pure: skills belong to tubes at levels 1-8. A right answer validates
 * its skill and, by inference along the same tube, the easier skills not yet tested; a wrong answer
 * invalidates its skill and the harder ones not yet tested. The first inference on a skill stands;
 * a direct answer always replaces an inference, and the latest direct answer wins.
 */
export interface SkillInfo {
  id: string;
  tubeId: string;
  competencyCode: string;
  level: number;
}

export interface ScoredAnswer {
  skillId: string;
  correct: boolean;
}

export type SkillStatus = { status: 'validated' | 'invalidated'; inferred: boolean };

export function skillStatuses(skills: SkillInfo[], answers: ScoredAnswer[]): Map<string, SkillStatus> {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const statuses = new Map<string, SkillStatus>();
  for (const answer of answers) {
    const skill = byId.get(answer.skillId);
    if (!skill) continue;
    statuses.set(skill.id, { status: answer.correct ? 'validated' : 'invalidated', inferred: false });
    for (const other of skills) {
      if (other.tubeId !== skill.tubeId || statuses.has(other.id)) continue;
      if (answer.correct && other.level < skill.level) statuses.set(other.id, { status: 'validated', inferred: true });
      if (!answer.correct && other.level > skill.level) statuses.set(other.id, { status: 'invalidated', inferred: true });
    }
  }
  return statuses;
}

/** A skill is worth min(4, 8 / n) pix, n being the number of skills at its level in its competency. */
export function skillPix(skill: SkillInfo, skills: SkillInfo[]): number {
  const sameLevel = skills.filter((s) => s.competencyCode === skill.competencyCode && s.level === skill.level).length;
  return Math.min(4, 8 / sameLevel);
}

export interface CompetencyScore {
  competencyCode: string;
  pix: number;
  level: number;
  /** 0-99: how far the learner is from the next level. */
  nextLevelPercent: number;
  validatedSkills: number;
  invalidatedSkills: number;
}

export const PIX_PER_LEVEL = 8;
export const DEFAULT_MAX_LEVEL = 6;

/** Pix and level per competency: floor of the validated skills' pix, capped at the highest open level × 8. */
export function scoreCompetencies(skills: SkillInfo[], answers: ScoredAnswer[], maxLevel = DEFAULT_MAX_LEVEL): CompetencyScore[] {
  const statuses = skillStatuses(skills, answers);
  const scores = new Map<string, { raw: number; validated: number; invalidated: number }>();
  for (const skill of skills) {
    const status = statuses.get(skill.id);
    if (!status) continue;
    const score = scores.get(skill.competencyCode) ?? { raw: 0, validated: 0, invalidated: 0 };
    if (status.status === 'validated') {
      score.raw += skillPix(skill, skills);
      score.validated += 1;
    } else {
      score.invalidated += 1;
    }
    scores.set(skill.competencyCode, score);
  }
  return [...scores.entries()]
    .map(([competencyCode, score]) => {
      // A small epsilon keeps 3 × 8/3 at 8 despite floating point.
      const pix = Math.min(Math.floor(score.raw + 1e-9), maxLevel * PIX_PER_LEVEL);
      const level = Math.min(Math.floor(pix / PIX_PER_LEVEL), maxLevel);
      const nextLevelPercent = level >= maxLevel ? 0 : Math.floor(((pix % PIX_PER_LEVEL) / PIX_PER_LEVEL) * 100);
      return { competencyCode, pix, level, nextLevelPercent, validatedSkills: score.validated, invalidatedSkills: score.invalidated };
    })
    .sort((a, b) => a.competencyCode.localeCompare(b.competencyCode, 'fr', { numeric: true }));
}

/**
 * The learner's gaps: on each competency, the skills up to one level above the learner's current
 * level there that are not validated (directly or by inference).
 */
export function gapSkills(skills: SkillInfo[], answers: ScoredAnswer[], maxLevel = DEFAULT_MAX_LEVEL): Set<string> {
  const statuses = skillStatuses(skills, answers);
  const levels = new Map(scoreCompetencies(skills, answers, maxLevel).map((s) => [s.competencyCode, s.level]));
  return new Set(
    skills
      .filter((skill) => skill.level <= Math.min(maxLevel, (levels.get(skill.competencyCode) ?? 0) + 1))
      .filter((skill) => statuses.get(skill.id)?.status !== 'validated')
      .map((skill) => skill.id),
  );
}
