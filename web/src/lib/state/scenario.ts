import { itemKey } from './series.ts';

export interface PathEntry<TStep, TResult> {
  step: TStep;
  /** The stored answer to this step; undefined for the step waiting for a choice, and for an ending. */
  result: TResult | undefined;
}

/**
 * The steps a learner went through, rebuilt from its stored answers (`<scenarioId>/<stepId>`): from
 * the start, follow each answer's `nextStepId` until a step without an answer, an ending, or an
 * answer that ends the scenario. The last entry is where the learner is.
 */
export function scenarioPath<TStep extends { id: string }, TResult extends { nextStepId: string | null }>(
  scenario: { id: string; startStepId: string; steps: readonly TStep[] },
  resultFor: (key: string) => TResult | undefined,
): PathEntry<TStep, TResult>[] {
  const byId = new Map(scenario.steps.map((step) => [step.id, step]));
  const path: PathEntry<TStep, TResult>[] = [];
  const seen = new Set<string>();
  let step = byId.get(scenario.startStepId);
  // `seen`: content is checked to have no cycle; this keeps a faulty version from looping forever.
  while (step && !seen.has(step.id)) {
    seen.add(step.id);
    const result = resultFor(itemKey(scenario.id, step.id));
    path.push({ step, result });
    step = result?.nextStepId ? byId.get(result.nextStepId) : undefined;
  }
  return path;
}
