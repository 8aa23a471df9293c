import { describe, expect, it } from 'vitest';
import { PlayerState, type AnswerResult } from './player.svelte.ts';
import { answerResult } from './testing.ts';

function answer(elementId: string, correct = true): AnswerResult {
  return answerResult(elementId, { correct, response: { choiceIds: ['a'] }, solution: { choiceIds: ['a'] } });
}

describe('PlayerState', () => {
  it('starts where the learner stopped', () => {
    const player = new PlayerState({ attemptId: 'a1', grainCount: 5, startIndex: 2, answers: [] });

    expect(player.index).toBe(2);
    expect(player.step).toBe(3);
  });

  it('keeps a start index from the server inside the module', () => {
    expect(new PlayerState({ attemptId: 'a1', grainCount: 3, startIndex: 7, answers: [] }).index).toBe(2);
    expect(new PlayerState({ attemptId: 'a1', grainCount: 3, startIndex: -1, answers: [] }).index).toBe(0);
  });

  it('moves between grains and stops at both ends', () => {
    const player = new PlayerState({ attemptId: 'a1', grainCount: 2, startIndex: 0, answers: [] });

    expect(player.isFirst).toBe(true);
    expect(player.previous()).toBe(false);
    expect(player.next()).toBe(true);
    expect(player.isLast).toBe(true);
    expect(player.next()).toBe(false);
    expect(player.index).toBe(1);
  });

  it('shows the answers given before a resume', () => {
    const player = new PlayerState({ attemptId: 'a1', grainCount: 2, startIndex: 1, answers: [answer('q1', false)] });

    expect(player.resultFor('q1')?.correct).toBe(false);
    expect(player.resultFor('q2')).toBeUndefined();
  });

  it('records a new result', () => {
    const player = new PlayerState({ attemptId: 'a1', grainCount: 1, startIndex: 0, answers: [] });

    player.record(answer('q2'));

    expect(player.resultFor('q2')?.correct).toBe(true);
  });

  it('keeps one submission per element, so its idempotency key survives leaving the grain', () => {
    const player = new PlayerState({ attemptId: 'a1', grainCount: 2, startIndex: 0, answers: [] });

    const first = player.submissionFor('q1');
    player.next();
    player.previous();

    expect(player.submissionFor('q1')).toBe(first);
    expect(player.submissionFor('q2')).not.toBe(first);
  });
});
