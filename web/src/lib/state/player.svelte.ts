import type { AnswerResultFieldsFragment } from '#lib/graphql/generated/graphql.ts';
import { AnswerSubmission } from './answer-submission.svelte.ts';

export type AnswerResult = AnswerResultFieldsFragment;

export interface PlayerInit {
  attemptId: string;
  grainCount: number;
  /** Where the learner stopped last time (`attempt.currentGrainIndex`). */
  startIndex: number;
  /** Answers already given in this attempt, shown with their feedback on resume. */
  answers: readonly AnswerResult[];
}

/** Where the learner is in a module and what it has answered so far. No network: the page sends. */
export class PlayerState {
  readonly attemptId: string;
  readonly grainCount: number;
  index = $state(0);
  #results = $state<Record<string, AnswerResult>>({});
  // Not reactive on purpose: each submission has its own reactive fields, and one is created while
  // rendering. Kept here, not in the question component, so a key survives leaving the grain.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- deliberately not reactive, see above
  readonly #submissions = new Map<string, AnswerSubmission<AnswerResult>>();
  readonly #newKey: (() => string) | undefined;

  constructor(init: PlayerInit, newKey?: () => string) {
    this.#newKey = newKey;
    this.attemptId = init.attemptId;
    this.grainCount = Math.max(init.grainCount, 0);
    this.index = this.#clamp(init.startIndex);
    for (const answer of init.answers) this.#results[answer.elementId] = answer;
  }

  /** 1-based, for "Étape 2 sur 5". */
  get step(): number {
    return this.index + 1;
  }

  get isFirst(): boolean {
    return this.index === 0;
  }

  get isLast(): boolean {
    return this.index >= this.grainCount - 1;
  }

  /** Moves to a grain; returns whether the position changed (and so must be saved and announced). */
  goTo(index: number): boolean {
    const target = this.#clamp(index);
    if (target === this.index) return false;
    this.index = target;
    return true;
  }

  next(): boolean {
    return this.goTo(this.index + 1);
  }

  previous(): boolean {
    return this.goTo(this.index - 1);
  }

  resultFor(elementId: string): AnswerResult | undefined {
    return this.#results[elementId];
  }

  record(result: AnswerResult): void {
    this.#results[result.elementId] = result;
  }

  /** The one submission of an element's answer for this attempt (created on first use). */
  submissionFor(elementId: string): AnswerSubmission<AnswerResult> {
    let submission = this.#submissions.get(elementId);
    if (!submission) {
      submission = new AnswerSubmission<AnswerResult>(this.#newKey);
      this.#submissions.set(elementId, submission);
    }
    return submission;
  }

  #clamp(index: number): number {
    if (!Number.isFinite(index) || this.grainCount === 0) return 0;
    return Math.min(Math.max(Math.trunc(index), 0), this.grainCount - 1);
  }
}
