import { describe, expect, it } from 'vitest';
import type { SkillInfo } from '../competency/pix-scoring.js';
import { averagesOf, levelsOf } from './heatmap.js';

const skills: SkillInfo[] = [1, 2, 3, 4].map((level) => ({ id: `@tube${level}`, tubeId: 'tube', competencyCode: '4.1', level }));
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));
const score = (competencyCode: string, level: number, pix: number) => ({
  competencyCode,
  level,
  pix,
  nextLevelPercent: 0,
  validatedSkills: 0,
  invalidatedSkills: 0,
});

describe('levelsOf', () => {
  it('counts graded lesson answers only', () => {
    const lessons = [
      { skillId: '@tube2', correct: true, graded: true, answeredAt: at(1) },
      { skillId: '@tube4', correct: true, graded: false, answeredAt: at(2) },
    ];

    expect(levelsOf(skills, lessons, [], 6)).toEqual([expect.objectContaining({ competencyCode: '4.1', validatedSkills: 2 })]);
  });

  it('merges lesson and positioning answers by time: the latest direct answer wins', () => {
    const lessons = [{ skillId: '@tube3', correct: false, graded: true, answeredAt: at(1) }];
    const measured = [{ skillId: '@tube3', correct: true, answeredAt: at(2) }];

    const [merged] = levelsOf(skills, lessons, measured, 6);
    const [reversed] = levelsOf(skills, [{ ...lessons[0]!, answeredAt: at(3) }], measured, 6);

    expect(merged).toMatchObject({ validatedSkills: 3, invalidatedSkills: 1 });
    expect(reversed).toMatchObject({ validatedSkills: 2, invalidatedSkills: 2 });
  });
});

describe('averagesOf', () => {
  it('averages each competency over the learners assessed there, to one decimal', () => {
    const averages = averagesOf([[score('4.1', 1, 9), score('1.1', 2, 16)], [score('4.1', 2, 17)], [score('4.1', 2, 20)], []]);

    expect(averages).toEqual([
      { competencyCode: '1.1', learners: 1, averageLevel: 2, averagePix: 16 },
      { competencyCode: '4.1', learners: 3, averageLevel: 1.7, averagePix: 15.3 },
    ]);
  });
});
