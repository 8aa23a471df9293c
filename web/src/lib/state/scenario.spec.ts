import { describe, expect, it } from 'vitest';
import type { AnswerResult } from './player.svelte.ts';
import { type PathEntry, scenarioPath } from './scenario.ts';
import { answerResult } from './testing.ts';

const scenario = {
  id: 'sc',
  startStepId: 'start',
  steps: [
    { id: 'start', ending: false },
    { id: 'check', ending: false },
    { id: 'aunt', ending: false },
    { id: 'verified', ending: true },
    { id: 'rumour', ending: true },
  ],
};

function stored(...answers: [stepId: string, choiceId: string, next: string | null][]) {
  const results = new Map<string, AnswerResult>(
    answers.map(([stepId, choiceId, next]) => [
      `sc/${stepId}`,
      answerResult(`sc/${stepId}`, { nextStepId: next, quality: 'GOOD', response: { choiceIds: [choiceId] } }),
    ]),
  );
  return (key: string) => results.get(key);
}

const ids = (path: PathEntry<{ id: string }, AnswerResult>[]) =>
  path.map((entry) => [entry.step.id, entry.result?.response.choiceIds?.[0]]);

describe('scenarioPath', () => {
  it('is the start step alone before any choice', () => {
    expect(ids(scenarioPath(scenario, stored()))).toEqual([['start', undefined]]);
  });

  it('follows the stored choices to the step waiting for one', () => {
    const path = scenarioPath(scenario, stored(['start', 'share', 'aunt']));

    expect(ids(path)).toEqual([
      ['start', 'share'],
      ['aunt', undefined],
    ]);
  });

  it('ends on the ending a choice led to', () => {
    const path = scenarioPath(scenario, stored(['start', 'ask', 'check'], ['check', 'reverse', 'verified']));

    expect(ids(path)).toEqual([
      ['start', 'ask'],
      ['check', 'reverse'],
      ['verified', undefined],
    ]);
  });

  it('ignores answers to steps off the path', () => {
    const path = scenarioPath(scenario, stored(['start', 'ask', 'check'], ['aunt', 'ignore', 'rumour']));

    expect(ids(path)).toEqual([
      ['start', 'ask'],
      ['check', undefined],
    ]);
  });

  it('stops at a choice that ends the scenario without a next step', () => {
    const path = scenarioPath(scenario, stored(['start', 'quit', null]));

    expect(ids(path)).toEqual([['start', 'quit']]);
  });

  it('stops on a loop or an unknown step instead of going round', () => {
    expect(ids(scenarioPath(scenario, stored(['start', 'a', 'check'], ['check', 'b', 'start'])))).toHaveLength(2);
    expect(ids(scenarioPath(scenario, stored(['start', 'a', 'nowhere'])))).toEqual([['start', 'a']]);
  });
});
