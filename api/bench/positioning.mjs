// pnpm bench — the adaptive positioning test (issue 4), simulated: 1,000 learners of known level on
// each competency that the curriculum can test take the test on the real item bank (content/), with
// the api's own algorithm (dist/competency/smart-random.js). A simulated learner of level L answers a
// skill of level d right with probability 1 / (1 + e^(-2.5 (L - d + 0.5))): 92 % at their own level,
// 22 % one level above. Prints, per competency and overall, the items asked on average and how often
// the placement (the Pix level the answers earn) is within one level of the true one; and, for
// comparison, how often the algorithm's own estimate (floored) is.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '@continuite/schemas/content';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../dist/competency');
const { positioningState, seededRandom } = await import(path.join(dist, 'smart-random.js'));
const { positioningItemsOf } = await import(path.join(dist, 'positioning-items.js'));
const { scoreStatuses, DEFAULT_MAX_LEVEL } = await import(path.join(dist, 'pix-scoring.js'));

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 1000);
const contentDir = process.env.CONTENT_DIR ?? path.resolve(here, '../../content');

export async function simulatePositioning() {
  const { framework, modules } = await loadContent(contentDir);
  const skills = framework.domains.flatMap((d) =>
    d.competencies.flatMap((c) =>
      (c.tubes ?? []).flatMap((t) => t.skills.map((s) => ({ id: s.id, tubeId: t.id, competencyCode: c.code, level: s.level }))),
    ),
  );
  const items = modules.flatMap(({ module }) =>
    positioningItemsOf(module).map((item) => ({ id: `${module.slug}#${item.key}`, skillId: item.skillId })),
  );
  const skillById = new Map(skills.map((s) => [s.id, s]));
  const competencies = [...new Set(items.map((i) => skillById.get(i.skillId)?.competencyCode).filter(Boolean))].sort();
  const rng = seededRandom(20261129);
  const rows = [];
  for (const code of competencies) {
    const own = skills.filter((s) => s.competencyCode === code);
    const ownItems = items.filter((i) => skillById.get(i.skillId)?.competencyCode === code);
    const best = scoreStatuses(own, new Map(own.map((s) => [s.id, { status: 'validated', inferred: false }])))[0]?.level ?? 0;
    let asked = 0;
    let within = 0;
    let exact = 0;
    let withinReachable = 0;
    let estimateWithin = 0;
    for (let n = 0; n < LEARNERS; n++) {
      const trueLevel = 1 + Math.floor(rng() * DEFAULT_MAX_LEVEL);
      const answers = [];
      const random = seededRandom(n);
      for (;;) {
        const state = positioningState({ skills: own, items: ownItems, answers, random });
        if (!state.next) {
          const placed = scoreStatuses(own, state.statuses)[0]?.level ?? 0;
          asked += answers.length;
          if (Math.abs(placed - trueLevel) <= 1) within++;
          if (placed === trueLevel) exact++;
          if (Math.abs(Math.floor(state.estimate) - trueLevel) <= 1) estimateWithin++;
          // The level the curriculum could show at best for this learner.
          if (Math.abs(placed - Math.min(trueLevel, best)) <= 1) withinReachable++;
          break;
        }
        const level = skillById.get(state.next.skillId).level;
        const p = 1 / (1 + Math.exp(-2.5 * (trueLevel - level + 0.5)));
        answers.push({ itemId: state.next.id, skillId: state.next.skillId, correct: rng() < p });
      }
    }
    rows.push({
      code,
      tubes: new Set(own.map((s) => s.tubeId)).size,
      items: ownItems.length,
      best,
      asked: asked / LEARNERS,
      within: within / LEARNERS,
      exact: exact / LEARNERS,
      withinReachable: withinReachable / LEARNERS,
      estimateWithin: estimateWithin / LEARNERS,
    });
  }
  return rows;
}

export function printPositioning(rows) {
  console.log(`\nPositioning test, simulated: ${LEARNERS} learners of level 1-${DEFAULT_MAX_LEVEL} (uniform) per competency`);
  console.log(
    'competency  tubes  items  highest level reachable  items asked (mean)  placed within 1 level  exact  within 1 of reachable  estimate within 1',
  );
  for (const r of rows) {
    console.log(
      `${r.code.padEnd(10)}  ${String(r.tubes).padStart(5)}  ${String(r.items).padStart(5)}  ${String(r.best).padStart(23)}  ${r.asked.toFixed(1).padStart(18)}  ${pct(r.within).padStart(21)}  ${pct(r.exact).padStart(5)}  ${pct(r.withinReachable).padStart(21)}  ${pct(r.estimateWithin).padStart(17)}`,
    );
  }
  const mean = (key) => rows.reduce((sum, r) => sum + r[key], 0) / rows.length;
  console.log(
    `all         ${' '.repeat(38)}${mean('asked').toFixed(1).padStart(18)}  ${pct(mean('within')).padStart(21)}  ${pct(mean('exact')).padStart(5)}  ${pct(mean('withinReachable')).padStart(21)}  ${pct(mean('estimateWithin')).padStart(17)}`,
  );
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;

if (process.argv[1] === fileURLToPath(import.meta.url)) printPositioning(await simulatePositioning());
