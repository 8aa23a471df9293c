import { FinishAttemptMutation, SubmitAnswerMutation } from '#lib/components/player/operations.ts';
import { AnswerReviewMutation } from '#lib/components/review/operations.ts';
import { getBrowserClient } from '#lib/graphql/client.ts';
import { describeError, errorMessageKey, isRetryable, isUnauthenticated } from '#lib/graphql/errors.ts';
import type { AnswerResultFieldsFragment, ReviewOutcomeFieldsFragment } from '#lib/graphql/generated/graphql.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { AnswerQueued } from '#lib/state/answer-submission.svelte.ts';
import { nextDelay } from './backoff.ts';
import { markPending } from './pending-flag.ts';
import { dequeue, enqueue, queued } from './store.ts';
import type { QueuedAnswer, QueuedAttemptEntry, QueuedFinish, QueuedReview, QueueEntry } from './types.ts';

export type SyncState = 'idle' | 'sending' | 'waiting' | 'signed-out';
export type SyncEvent =
  | { type: 'answered'; entry: QueuedAnswer; result: AnswerResultFieldsFragment }
  | { type: 'finished'; entry: QueuedFinish }
  | { type: 'rejected'; entry: QueuedAttemptEntry; reason: MessageKey }
  | { type: 'reviewed'; entry: QueuedReview; outcome: ReviewOutcomeFieldsFragment }
  /** `code`: the server's reason (REVIEW_NOT_DUE…), for the session to know the item cannot be reviewed. */
  | { type: 'review-rejected'; entry: QueuedReview; reason: MessageKey; code: string | undefined }
  | { type: 'state'; state: SyncState; pending: number };

class WaitForNetwork extends Error {}

/**
 * Sends what the learner did while the network was away, once it is back: each answer (to a module,
 * or a review of the day's session) with its idempotency key and the time it was given, oldest first, then the attempts finished meanwhile.
 * Tries again on the `online` event and with a growing delay; a refusal by the server is reported
 * and dropped (it stored nothing), a network failure or an expired session keeps everything queued.
 */
export class OfflineSync {
  state: SyncState = 'idle';
  pending = 0;
  readonly #listeners = new Set<(event: SyncEvent) => void>();
  #running: Promise<void> | null = null;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #delay = 0;
  #started = false;

  /** Listens for the network coming back and sends what waits; once per page. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    addEventListener('online', () => {
      this.#delay = 0;
      void this.flush();
    });
    void this.flush();
  }

  subscribe(listener: (event: SyncEvent) => void): () => void {
    this.#listeners.add(listener);
    listener({ type: 'state', state: this.state, pending: this.pending });
    return () => this.#listeners.delete(listener);
  }

  /**
   * The player's way to send an answer: kept in IndexedDB first (a closed tab loses nothing), then
   * sent at once when the network allows. Throws AnswerQueued when it waits for the network.
   */
  submit(entry: QueuedAnswer): Promise<AnswerResultFieldsFragment> {
    return this.#submitNow(entry, () => sendAnswer(entry));
  }

  /** The review session's way to send a review (the day's session, downloaded or not): as `submit`. */
  submitReview(entry: QueuedReview): Promise<ReviewOutcomeFieldsFragment> {
    return this.#submitNow(entry, () => sendReview(entry));
  }

  async #submitNow<T>(entry: QueuedAnswer | QueuedReview, send: () => Promise<T>): Promise<T> {
    let kept = true;
    await enqueue(entry).catch(() => (kept = false));
    if (kept) markPending(true);
    if (kept && !navigator.onLine) {
      await this.#refresh('waiting');
      throw new AnswerQueued();
    }
    try {
      const result = await send();
      if (kept) await dequeue(entry.key);
      await this.#refresh();
      return result;
    } catch (cause) {
      if (kept && (isRetryable(cause) || isUnauthenticated(cause))) {
        this.#retryLater();
        await this.#refresh('waiting');
        throw new AnswerQueued();
      }
      if (kept) await dequeue(entry.key);
      throw cause;
    }
  }

  /** Queues the end of an attempt, sent after its answers. */
  async finish(entry: QueuedFinish): Promise<void> {
    await enqueue(entry);
    markPending(true);
    await this.flush();
  }

  flush(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#drain().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #drain(): Promise<void> {
    do {
      this.#again = false;
      let entries = await queued().catch(() => [] as QueueEntry[]);
      entries = entries.filter((entry) => !entry.rejected);
      if (entries.length === 0) {
        markPending(false);
        await this.#refresh('idle');
        return;
      }
      if (!navigator.onLine) {
        await this.#refresh('waiting');
        return;
      }
      await this.#refresh('sending');
      try {
        for (const entry of entries) await this.#send(entry);
        this.#delay = 0;
      } catch (cause) {
        if (!(cause instanceof WaitForNetwork)) throw cause;
        this.#retryLater();
        await this.#refresh(isUnauthenticated(cause.cause) ? 'signed-out' : 'waiting');
        return;
      }
      await this.#refresh();
    } while (this.#again);
  }

  async #send(entry: QueueEntry): Promise<void> {
    try {
      if (entry.kind === 'answer') {
        const result = await sendAnswer(entry);
        await dequeue(entry.key);
        this.#emit({ type: 'answered', entry, result });
      } else if (entry.kind === 'review') {
        const outcome = await sendReview(entry);
        await dequeue(entry.key);
        this.#emit({ type: 'reviewed', entry, outcome });
      } else {
        await getBrowserClient().mutate({ mutation: FinishAttemptMutation, variables: { attemptId: entry.attemptId } });
        await dequeue(entry.key);
        this.#emit({ type: 'finished', entry });
      }
    } catch (cause) {
      if (isRetryable(cause) || isUnauthenticated(cause)) throw new WaitForNetwork('network', { cause });
      // Finished elsewhere (another tab, a retried request): what the learner wanted is done.
      if (entry.kind === 'finish' && describeError(cause).reason === 'ATTEMPT_COMPLETED') {
        await dequeue(entry.key);
        this.#emit({ type: 'finished', entry });
        return;
      }
      // Refused (attempt finished elsewhere, another version, reviewed on another device…): nothing
      // was stored; say so and move on.
      await dequeue(entry.key);
      if (entry.kind === 'review')
        this.#emit({ type: 'review-rejected', entry, reason: errorMessageKey(cause), code: describeError(cause).reason });
      else this.#emit({ type: 'rejected', entry, reason: errorMessageKey(cause) });
    }
  }

  #retryLater(): void {
    clearTimeout(this.#timer);
    this.#delay = nextDelay(this.#delay);
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  async #refresh(state: SyncState = this.state): Promise<void> {
    const entries = await queued().catch(() => [] as QueueEntry[]);
    this.pending = entries.filter((entry) => entry.kind !== 'finish' && !entry.rejected).length;
    this.state = state === 'sending' || entries.length > 0 ? state : 'idle';
    this.#emit({ type: 'state', state: this.state, pending: this.pending });
  }

  #emit(event: SyncEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}

async function sendAnswer(entry: QueuedAnswer): Promise<AnswerResultFieldsFragment> {
  const { data } = await getBrowserClient().mutate({
    mutation: SubmitAnswerMutation,
    variables: {
      input: {
        attemptId: entry.attemptId,
        elementId: entry.elementId,
        idempotencyKey: entry.key,
        response: entry.response,
        answeredAt: entry.at,
        versionId: entry.versionId,
      },
    },
  });
  if (!data) throw new Error('submitAnswer returned no data');
  return data.submitAnswer;
}

async function sendReview(entry: QueuedReview): Promise<ReviewOutcomeFieldsFragment> {
  const { data } = await getBrowserClient().mutate({
    mutation: AnswerReviewMutation,
    variables: { input: { cardId: entry.cardId, idempotencyKey: entry.key, response: entry.response, answeredAt: entry.at } },
  });
  if (!data) throw new Error('answerReview returned no data');
  return data.answerReview;
}

/** One per page: the player, the header's indicator and the module page share it. */
export const offlineSync = new OfflineSync();
