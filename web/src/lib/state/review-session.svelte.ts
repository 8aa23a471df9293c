import type { AnswerResponseInput, ReviewItemFieldsFragment, ReviewOutcomeFieldsFragment } from '#lib/graphql/generated/graphql.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { PlayerState, type AnswerResult } from './player.svelte.ts';

export type ReviewItem = ReviewItemFieldsFragment;
export type ReviewOutcome = ReviewOutcomeFieldsFragment;

/** Refusals after which the item cannot be reviewed today, whatever the learner answers: it is skipped. */
const UNREVIEWABLE = new Set(['REVIEW_CARD_NOT_FOUND', 'REVIEW_NOT_DUE', 'REVIEW_ALREADY_DONE', 'REVIEW_ITEM_GONE']);

export function isUnreviewable(reason: string | undefined): boolean {
  return reason !== undefined && UNREVIEWABLE.has(reason);
}

/**
 * What the question components are given to show once an item is reviewed, under the key they sent.
 * A question comes back with its correction; a flashcard with none (it is self-rated), yet the deck
 * needs a result carrying the rating to know the card was rated: it gets one, not graded.
 */
export function reviewResult(elementId: string, response: AnswerResponseInput, result: AnswerResult | null): AnswerResult {
  if (result) return { ...result, elementId };
  const rating = response.rating ?? null;
  return {
    __typename: 'AnswerResult',
    elementId,
    correct: rating === 'KNEW',
    graded: false,
    feedbackHtml: '',
    skillId: null,
    nextStepId: null,
    quality: null,
    poll: null,
    response: { __typename: 'AnswerResponse', choiceIds: null, text: null, order: null, pairs: null, value: null, rating, h5p: null },
    solution: { __typename: 'Solution', choiceIds: null, acceptedAnswers: null, order: null, pairs: null, value: null },
  };
}

/** Where an item of the session stands, for the summary. */
export type ReviewItemStatus =
  | { kind: 'reviewed'; outcome: ReviewOutcome }
  /** Answered on this device, waiting for the network: the correction comes with it (issue 9). */
  | { kind: 'waiting' }
  | { kind: 'refused'; reason: MessageKey | null }
  | { kind: 'open' };

/** Today's review, one item at a time. No network: the page sends and tells this what came back. */
export class ReviewSessionState {
  readonly items: readonly ReviewItem[];
  index = $state(0);
  finished = $state(false);
  #outcomes = $state<Record<string, ReviewOutcome>>({});
  #skipped = $state<Record<string, MessageKey | null>>({});
  #waiting = $state<Record<string, true>>({});
  // One player per item, for the question components: each keeps its submission (and idempotency key) there.
  readonly #players: Readonly<Record<string, PlayerState>>;

  constructor(items: readonly ReviewItem[], newKey?: () => string) {
    this.items = items;
    this.#players = Object.fromEntries(
      items.map((item) => [item.cardId, new PlayerState({ attemptId: item.cardId, grainCount: 1, startIndex: 0, answers: [] }, newKey)]),
    );
  }

  get total(): number {
    return this.items.length;
  }

  /** 1-based, for « Élément 2 sur 7 ». */
  get step(): number {
    return this.index + 1;
  }

  /** The item on screen; none once the session is finished. */
  get current(): ReviewItem | undefined {
    return this.finished ? undefined : this.items[this.index];
  }

  get reviewedCount(): number {
    return Object.keys(this.#outcomes).length;
  }

  /** Answered here and still waiting for the network. */
  get waitingCount(): number {
    return Object.keys(this.#waiting).length;
  }

  /** Reviewed, or answered and waiting for the network: what the learner did in this session. */
  get answeredCount(): number {
    return this.reviewedCount + this.waitingCount;
  }

  has(cardId: string): boolean {
    return Object.hasOwn(this.#players, cardId);
  }

  statusOf(cardId: string): ReviewItemStatus {
    const outcome = this.#outcomes[cardId];
    if (outcome) return { kind: 'reviewed', outcome };
    if (cardId in this.#waiting) return { kind: 'waiting' };
    if (cardId in this.#skipped) return { kind: 'refused', reason: this.#skipped[cardId] ?? null };
    return { kind: 'open' };
  }

  playerFor(cardId: string): PlayerState {
    const player = Object.hasOwn(this.#players, cardId) ? this.#players[cardId] : undefined;
    if (!player) throw new Error(`No review item ${cardId} in this session`);
    return player;
  }

  outcomeFor(cardId: string): ReviewOutcome | undefined {
    return this.#outcomes[cardId];
  }

  record(outcome: ReviewOutcome): void {
    this.#outcomes[outcome.cardId] = outcome;
    delete this.#waiting[outcome.cardId];
  }

  /**
   * The server will not review this item (reviewed in another tab or on another device, gone from its
   * module…); `reason` says why when the answer was sent from the offline queue.
   */
  skip(cardId: string, reason: MessageKey | null = null): void {
    this.#skipped[cardId] = reason;
    delete this.#waiting[cardId];
  }

  /** Answered offline: kept on the device, the learner moves on and the correction comes later. */
  wait(cardId: string): void {
    if (!(cardId in this.#outcomes)) this.#waiting[cardId] = true;
  }

  /** Whether the learner may move on: the item was reviewed, waits for the network, or cannot be reviewed. */
  isSettled(cardId: string): boolean {
    return cardId in this.#outcomes || cardId in this.#skipped || cardId in this.#waiting;
  }

  /**
   * Picks up what this device knows of the session (an offline reload): outcomes kept with the
   * download, answers waiting in the queue; then shows the first item left, or the summary.
   */
  resume(known: { outcomes: readonly ReviewOutcome[]; waiting: readonly string[] }): void {
    for (const outcome of known.outcomes) if (this.has(outcome.cardId)) this.record(outcome);
    for (const cardId of known.waiting) if (this.has(cardId)) this.wait(cardId);
    const left = this.items.findIndex((item) => !this.isSettled(item.cardId));
    if (left === -1) {
      this.finished = this.items.length > 0;
      return;
    }
    if (left > this.index) this.index = left;
  }

  /** Shows the next item, or ends the session after the last one; only once the current one is settled. */
  next(): boolean {
    const current = this.current;
    if (!current || !this.isSettled(current.cardId)) return false;
    if (this.index < this.items.length - 1) this.index += 1;
    else this.finished = true;
    return true;
  }
}
