import { applyAnswer, type ScoredAnswer, type SkillInfo, type SkillStatus, skillsByTube } from './pix-scoring.js';

/**
 * The adaptive positioning test (issue 4), after Pix's "smart random": keep an estimate of the
 * learner's level on a competency, and ask next about the skill whose answer settles the most skills
 * (itself and those inferred along its tube), weighted by how likely each outcome is at the estimated
 * level. The test on a competency ends when every skill within reach of the estimate (up to two
 * levels above it) is settled, directly or by inference: no remaining item could change the
 * estimate. Pure: the service gives it the skills, the items and the answers.
 */

export const START_LEVEL = 2;
/** How far above the estimate a skill may be asked (Pix removes "too difficult" skills the same way). */
export const REACH_ABOVE_ESTIMATE = 2;
/** A safety net: no learner answers more than this on one competency. */
export const MAX_ITEMS_PER_COMPETENCY = 20;

export interface PositioningItem {
  id: string;
  skillId: string;
}

export interface PositioningAnswer extends ScoredAnswer {
  itemId: string;
}

/** Probability that a learner at `level` answers a skill of `difficulty` right (a logistic curve, as Pix's). */
export function successProbability(level: number, difficulty: number): number {
  return 1 / (1 + Math.exp(-(level - difficulty + 0.5) * 1.5));
}

const LEVEL_GRID = Array.from({ length: 17 }, (_, i) => i / 2); // 0, 0.5, ... 8

/**
 * The level that best explains the settled skills (maximum likelihood over a grid), with a weak prior
 * around level 2 so that a learner with no answer starts there.
 */
export function estimateLevel(skills: SkillInfo[], statuses: Map<string, SkillStatus>): number {
  let best = START_LEVEL;
  let bestLikelihood = -Infinity;
  for (const level of LEVEL_GRID) {
    let likelihood = -((level - START_LEVEL) ** 2) / 18; // a normal prior, σ = 3
    for (const skill of skills) {
      const status = statuses.get(skill.id);
      if (!status) continue;
      const p = successProbability(level, skill.level);
      likelihood += Math.log(status.status === 'validated' ? p : 1 - p);
    }
    if (likelihood > bestLikelihood + 1e-12) {
      best = level;
      bestLikelihood = likelihood;
    }
  }
  return best;
}

export interface NextItemInput {
  /** The skills of one competency. */
  skills: SkillInfo[];
  /** The items that may be asked on it (each tied to one of its skills). */
  items: PositioningItem[];
  /** The answers given so far on it, oldest first. */
  answers: PositioningAnswer[];
  /** A source of numbers in [0, 1) to pick among equally useful items. */
  random: () => number;
  maxItems?: number;
}

export interface PositioningState {
  estimate: number;
  statuses: Map<string, SkillStatus>;
  next: PositioningItem | null;
}

export function positioningState({ skills, items, answers, random, maxItems = MAX_ITEMS_PER_COMPETENCY }: NextItemInput): PositioningState {
  const index = skillsByTube(skills);
  const statuses = new Map<string, SkillStatus>();
  for (const answer of answers) applyAnswer(statuses, index, answer);
  const estimate = estimateLevel(skills, statuses);
  if (answers.length >= maxItems) return { estimate, statuses, next: null };

  const asked = new Set(answers.map((a) => a.itemId));
  const open = items.filter((item) => !asked.has(item.id) && index.has(item.skillId) && !statuses.has(item.skillId));
  const reachable = open.filter((item) => index.get(item.skillId)!.skill.level <= estimate + REACH_ABOVE_ESTIMATE);
  // The first question sits at the start level (or the nearest level that has one).
  const candidates = answers.length === 0 ? nearestLevel(reachable, index, START_LEVEL) : reachable;
  if (candidates.length === 0) return { estimate, statuses, next: null };

  const rewards = candidates.map((item) => reward(index.get(item.skillId)!, statuses, estimate));
  const bestReward = Math.max(...rewards);
  const best = candidates.filter((_, i) => rewards[i]! >= bestReward - 1e-9);
  return { estimate, statuses, next: best[Math.floor(random() * best.length)]! };
}

/** Expected number of skills an answer settles: those validated if right, those invalidated if wrong. */
function reward(entry: { skill: SkillInfo; tube: SkillInfo[] }, statuses: Map<string, SkillStatus>, estimate: number): number {
  const { skill, tube } = entry;
  const unsettled = tube.filter((s) => !statuses.has(s.id));
  const ifRight = unsettled.filter((s) => s.level <= skill.level).length;
  const ifWrong = unsettled.filter((s) => s.level >= skill.level).length;
  const p = successProbability(estimate, skill.level);
  return p * ifRight + (1 - p) * ifWrong;
}

function nearestLevel(items: PositioningItem[], index: ReturnType<typeof skillsByTube>, level: number): PositioningItem[] {
  if (items.length === 0) return items;
  const distance = (item: PositioningItem) => Math.abs(index.get(item.skillId)!.skill.level - level);
  const closest = Math.min(...items.map(distance));
  return items.filter((item) => distance(item) === closest);
}

/** A small seeded generator (mulberry32), so a session's choices replay the same from its seed. */
export function seededRandom(seed: number, draws = 0): () => number {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < draws; i++) next();
  return next;
}
