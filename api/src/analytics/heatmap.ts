import { type CompetencyScore, type ScoredAnswer, scoreCompetencies, type SkillInfo } from '../competency/pix-scoring.js';

export interface LessonAnswerSample {
  skillId: string | null;
  correct: boolean;
  graded: boolean;
  answeredAt: Date;
}

export interface MeasuredAnswerSample {
  skillId: string;
  correct: boolean;
  answeredAt: Date;
}

/**
 * A learner's pix and level per competency as their own profile computes them (CompetencyService.profile):
 * graded lesson answers and the positioning answers given, in one stream, oldest first.
 */
export function levelsOf(
  skills: SkillInfo[],
  lessons: LessonAnswerSample[],
  measured: MeasuredAnswerSample[],
  maxLevel: number,
): CompetencyScore[] {
  const answers: (ScoredAnswer & { at: number })[] = [
    ...lessons.flatMap((a) => (a.graded && a.skillId ? [{ skillId: a.skillId, correct: a.correct, at: a.answeredAt.getTime() }] : [])),
    ...measured.map((a) => ({ skillId: a.skillId, correct: a.correct, at: a.answeredAt.getTime() })),
  ].sort((a, b) => a.at - b.at);
  return scoreCompetencies(skills, answers, maxLevel);
}

export interface CompetencyAverage {
  competencyCode: string;
  /** Learners with any evidence on the competency: the average is theirs. */
  learners: number;
  averageLevel: number;
  averagePix: number;
}

/** The cohort's average per competency over the learners assessed there, one decimal, in code order. */
export function averagesOf(profiles: Iterable<CompetencyScore[]>): CompetencyAverage[] {
  const sums = new Map<string, { learners: number; level: number; pix: number }>();
  for (const profile of profiles) {
    for (const score of profile) {
      const sum = sums.get(score.competencyCode) ?? { learners: 0, level: 0, pix: 0 };
      sum.learners += 1;
      sum.level += score.level;
      sum.pix += score.pix;
      sums.set(score.competencyCode, sum);
    }
  }
  return [...sums.entries()]
    .map(([competencyCode, sum]) => ({
      competencyCode,
      learners: sum.learners,
      averageLevel: oneDecimal(sum.level / sum.learners),
      averagePix: oneDecimal(sum.pix / sum.learners),
    }))
    .sort((a, b) => a.competencyCode.localeCompare(b.competencyCode, 'fr', { numeric: true }));
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
