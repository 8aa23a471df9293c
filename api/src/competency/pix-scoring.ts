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
  const tubes = skillsByTube(skills);
  const statuses = new Map<string, SkillStatus>();
  for (const answer of answers) applyAnswer(statuses, tubes, answer);
  return statuses;
}

export type SkillIndex = Map<string, { skill: SkillInfo; tube: SkillInfo[] }>;

export function skillsByTube(skills: SkillInfo[]): SkillIndex {
  const tubes = new Map<string, SkillInfo[]>();
  for (const skill of skills) tubes.set(skill.tubeId, [...(tubes.get(skill.tubeId) ?? []), skill]);
  return new Map(skills.map((skill) => [skill.id, { skill, tube: tubes.get(skill.tubeId)! }]));
}

/** Applies one answer to statuses in place: its own skill, then the inferences along its tube. */
export function applyAnswer(statuses: Map<string, SkillStatus>, index: SkillIndex, answer: ScoredAnswer): void {
  const entry = index.get(answer.skillId);
  if (!entry) return;
  const { skill, tube } = entry;
  statuses.set(skill.id, { status: answer.correct ? 'validated' : 'invalidated', inferred: false });
  for (const other of tube) {
    if (statuses.has(other.id)) continue;
    if (answer.correct && other.level < skill.level) statuses.set(other.id, { status: 'validated', inferred: true });
    if (!answer.correct && other.level > skill.level) statuses.set(other.id, { status: 'invalidated', inferred: true });
  }
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
  return scoreStatuses(skills, skillStatuses(skills, answers), maxLevel);
}

export function scoreStatuses(skills: SkillInfo[], statuses: Map<string, SkillStatus>, maxLevel = DEFAULT_MAX_LEVEL): CompetencyScore[] {
  const perLevel = new Map<string, number>();
  for (const s of skills) perLevel.set(`${s.competencyCode}@${s.level}`, (perLevel.get(`${s.competencyCode}@${s.level}`) ?? 0) + 1);
  const scores = new Map<string, { raw: number; validated: number; invalidated: number }>();
  for (const skill of skills) {
    const status = statuses.get(skill.id);
    if (!status) continue;
    const score = scores.get(skill.competencyCode) ?? { raw: 0, validated: 0, invalidated: 0 };
    if (status.status === 'validated') {
      score.raw += Math.min(4, 8 / perLevel.get(`${skill.competencyCode}@${skill.level}`)!);
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

export interface DatedAnswer extends ScoredAnswer {
  at: Date;
}

export interface ProfilePoint {
  /** The calendar day (YYYY-MM-DD, in the time zone given) at the end of which the profile stood so. */
  day: string;
  scores: CompetencyScore[];
}

/** The profile at the end of each day with answers, in one pass over the answers (given oldest first). */
export function profileHistory(
  skills: SkillInfo[],
  answers: DatedAnswer[],
  timeZone = 'Europe/Paris',
  maxLevel = DEFAULT_MAX_LEVEL,
): ProfilePoint[] {
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const index = skillsByTube(skills);
  const statuses = new Map<string, SkillStatus>();
  const points: ProfilePoint[] = [];
  answers.forEach((answer, i) => {
    applyAnswer(statuses, index, answer);
    const day = dayOf.format(answer.at);
    const next = answers[i + 1];
    if (!next || dayOf.format(next.at) !== day) points.push({ day, scores: scoreStatuses(skills, statuses, maxLevel) });
  });
  return points;
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
