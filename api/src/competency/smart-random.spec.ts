import { describe, expect, it } from 'vitest';
import type { SkillInfo } from './pix-scoring.js';
import { estimateLevel, type PositioningAnswer, type PositioningItem, positioningState, seededRandom } from './smart-random.js';

const tube = (tubeId: string, levels: number[]): SkillInfo[] =>
  levels.map((level) => ({ id: `@${tubeId}${level}`, tubeId, competencyCode: '4.1', level }));
const skills = [...tube('mdp', [1, 2, 3, 4, 5, 6]), ...tube('maj', [1, 2, 3, 4, 5, 6])];
const items: PositioningItem[] = skills.map((s) => ({ id: `q${s.id}`, skillId: s.id }));
const levelOf = (skillId: string) => skills.find((s) => s.id === skillId)!.level;

/** Plays a whole test for a learner who answers right exactly the skills at or below `level`. */
function play(level: number, seed = 1): { answers: PositioningAnswer[]; estimate: number } {
  const answers: PositioningAnswer[] = [];
  for (;;) {
    const state = positioningState({ skills, items, answers, random: seededRandom(seed, answers.length) });
    if (!state.next) return { answers, estimate: state.estimate };
    answers.push({ itemId: state.next.id, skillId: state.next.skillId, correct: levelOf(state.next.skillId) <= level });
  }
}

describe('estimateLevel', () => {
  it('starts at level 2 with no answer', () => {
    expect(estimateLevel(skills, new Map())).toBe(2);
  });

  it('rises with right answers on hard skills and falls with wrong ones on easy skills', () => {
    const high = estimateLevel(skills, new Map([['@mdp5', { status: 'validated', inferred: false }]]));
    const low = estimateLevel(skills, new Map([['@mdp1', { status: 'invalidated', inferred: false }]]));

    expect(high).toBeGreaterThan(2);
    expect(low).toBeLessThan(2);
  });
});

describe('positioningState', () => {
  it('asks the first question at level 2', () => {
    const state = positioningState({ skills, items, answers: [], random: () => 0.5 });

    expect(levelOf(state.next!.skillId)).toBe(2);
  });

  it('never asks about a skill already settled by inference', () => {
    const { answers } = play(4);
    const asked = answers.map((a) => a.skillId);

    expect(new Set(asked).size).toBe(asked.length);
    // A right answer at level n settles the easier skills of its tube: none of them is asked afterwards.
    answers.forEach((answer, i) => {
      if (!answer.correct) return;
      const later = answers.slice(i + 1).map((a) => a.skillId);
      const easier = skills.filter(
        (s) => s.tubeId === skills.find((k) => k.id === answer.skillId)!.tubeId && s.level < levelOf(answer.skillId),
      );
      expect(later.filter((id) => easier.some((s) => s.id === id))).toEqual([]);
    });
  });

  it('stops once every skill within two levels of the estimate is settled, long before asking everything', () => {
    for (const level of [1, 3, 5]) {
      const { answers, estimate } = play(level);
      const state = positioningState({ skills, items, answers, random: () => 0 });
      const unsettledInReach = skills.filter((s) => !state.statuses.has(s.id) && s.level <= estimate + 2);

      expect(state.next).toBeNull();
      expect(unsettledInReach).toEqual([]);
      expect(answers.length).toBeLessThanOrEqual(8); // of 12 skills
    }
  });

  it('places a consistent learner at their level', () => {
    for (const level of [1, 2, 3, 4, 5]) expect(Math.abs(play(level).estimate - level)).toBeLessThanOrEqual(1);
  });

  it('replays the same questions from the same seed, and may pick others from another', () => {
    expect(play(3, 7).answers).toEqual(play(3, 7).answers);
    const firsts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => play(3, seed).answers[0]!.itemId));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('ends at the safety limit of questions', () => {
    const answers = items.slice(0, 3).map((item) => ({ itemId: item.id, skillId: item.skillId, correct: true }));

    expect(positioningState({ skills, items, answers, random: () => 0, maxItems: 3 }).next).toBeNull();
  });
});
