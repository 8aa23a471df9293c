import { describe, expect, it } from 'vitest';
import { gapSkills, profileHistory, type SkillInfo, scoreCompetencies, skillPix, skillStatuses } from './pix-scoring.js';

const tube = (tubeId: string, competencyCode: string, levels: number[]): SkillInfo[] =>
  levels.map((level) => ({ id: `@${tubeId}${level}`, tubeId, competencyCode, level }));

describe('skillPix', () => {
  it('gives each of three skills at level 2 of a competency 8/3 pix', () => {
    const skills = [...tube('a', '4.1', [2]), ...tube('b', '4.1', [2]), ...tube('c', '4.1', [2])];

    expect(skillPix(skills[0]!, skills)).toBeCloseTo(8 / 3);
  });

  it('caps a skill alone at its level at 4 pix', () => {
    const skills = tube('a', '4.1', [1, 2]);

    expect(skillPix(skills[0]!, skills)).toBe(4);
  });
});

describe('skillStatuses', () => {
  const skills = tube('mdp', '4.1', [1, 2, 3, 4, 5, 6]);

  it('validates the easier skills of the tube by inference from a right answer', () => {
    const statuses = skillStatuses(skills, [{ skillId: '@mdp4', correct: true }]);

    expect([...statuses].map(([id, s]) => `${id}:${s.status}${s.inferred ? '*' : ''}`)).toEqual([
      '@mdp4:validated',
      '@mdp1:validated*',
      '@mdp2:validated*',
      '@mdp3:validated*',
    ]);
  });

  it('invalidates the harder skills not yet tested from a wrong answer, and a direct answer replaces an inference', () => {
    const statuses = skillStatuses(skills, [
      { skillId: '@mdp2', correct: true },
      { skillId: '@mdp4', correct: false },
      { skillId: '@mdp5', correct: true },
    ]);

    expect(statuses.get('@mdp1')).toEqual({ status: 'validated', inferred: true });
    expect(statuses.get('@mdp3')).toEqual({ status: 'validated', inferred: true });
    expect(statuses.get('@mdp4')).toEqual({ status: 'invalidated', inferred: false });
    expect(statuses.get('@mdp5')).toEqual({ status: 'validated', inferred: false });
    expect(statuses.get('@mdp6')).toEqual({ status: 'invalidated', inferred: true });
  });
});

describe('scoreCompetencies', () => {
  it('sums validated skills, floors, and derives the level at 8 pix a level', () => {
    // Level 2 has three skills (8/3 each); levels 1 and 3 one each (4 each).
    const skills = [...tube('a', '4.1', [1, 2, 3]), ...tube('b', '4.1', [2]), ...tube('c', '4.1', [2])];

    const [score] = scoreCompetencies(skills, [
      { skillId: '@a3', correct: true },
      { skillId: '@b2', correct: true },
    ]);

    // @a3 (4) + @a2 inferred (8/3) + @a1 inferred (4) + @b2 (8/3) = 13.33 → 13 pix, level 1, 62 % to level 2.
    expect(score).toEqual({ competencyCode: '4.1', pix: 13, level: 1, nextLevelPercent: 62, validatedSkills: 4, invalidatedSkills: 0 });
  });

  it('caps pix at the highest open level × 8', () => {
    const skills = Array.from({ length: 8 }, (_, i) => tube(`t${i}`, '1.1', [1, 2, 3, 4, 5, 6, 7, 8])).flat();
    const answers = skills.filter((s) => s.level === 8).map((s) => ({ skillId: s.id, correct: true }));

    const [capped] = scoreCompetencies(skills, answers, 6);
    const [open] = scoreCompetencies(skills, answers, 8);

    expect(capped).toMatchObject({ pix: 48, level: 6, nextLevelPercent: 0 });
    expect(open).toMatchObject({ pix: 64, level: 8 });
  });

  it('counts only wrong answers as invalidated and gives 0 pix for them', () => {
    const skills = tube('a', '4.2', [1, 2]);

    expect(scoreCompetencies(skills, [{ skillId: '@a1', correct: false }])).toEqual([
      { competencyCode: '4.2', pix: 0, level: 0, nextLevelPercent: 0, validatedSkills: 0, invalidatedSkills: 2 },
    ]);
  });
});

describe('gapSkills', () => {
  it('lists the skills not validated up to one level above the learner\u2019s level', () => {
    const skills = [...tube('a', '4.1', [1, 2, 3]), ...tube('b', '4.1', [1, 2]), ...tube('c', '4.2', [1, 2])];

    const gaps = gapSkills(skills, [{ skillId: '@a2', correct: true }]);

    // 4.1: @a2 and @a1 validated (8/2 + 8/2 = 8 pix, level 1), so levels ≤ 2 count: @b1, @b2. 4.2: level 0, so level 1: @c1.
    expect([...gaps].sort()).toEqual(['@b1', '@b2', '@c1']);
  });
});

describe('profileHistory', () => {
  const skills = [...tube('a', '4.1', [1, 2, 3]), ...tube('b', '4.1', [1, 2, 3])];

  it('gives the profile at the end of each day with answers, in Paris days', () => {
    const points = profileHistory(skills, [
      { skillId: '@a1', correct: true, at: new Date('2026-11-27T10:00:00Z') },
      // 23:30 UTC on the 27th is already the 28th in Paris.
      { skillId: '@b2', correct: true, at: new Date('2026-11-27T23:30:00Z') },
      { skillId: '@a3', correct: true, at: new Date('2026-11-28T08:00:00Z') },
    ]);

    // Each level has two skills worth 4 pix: 4, then 4 + 8 (b1 inferred, b2) = 12, then 12 + 8 (a2 inferred, a3) = 20.
    expect(points.map((p) => [p.day, p.scores[0]?.pix])).toEqual([
      ['2026-11-27', 4],
      ['2026-11-28', 20],
    ]);
  });

  it('is empty without answers', () => {
    expect(profileHistory(skills, [])).toEqual([]);
  });
});
