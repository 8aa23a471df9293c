import { errorMessageKey, isRetryable } from '#lib/graphql/errors.ts';
import type { MessageKey } from '#lib/i18n/index.ts';

export type SubmissionStatus = 'idle' | 'sending' | 'queued' | 'failed' | 'done';

/**
 * Thrown by a send that kept the answer on this device to send it once the network is back (issue 9):
 * the submission waits (`queued`) with its key; `settle` or `refuse` ends the wait.
 */
export class AnswerQueued extends Error {
  constructor() {
    super('Answer kept on this device until the network is back');
  }
}

/**
 * Sending one answer to one element, at most once as far as the server is concerned.
 *
 * The idempotency key is made when the learner first validates and kept until the server has
 * answered for good: after a network loss or a 5xx the request may or may not have been stored,
 * so "Réessayer" sends the same answer with the same key and the server returns the stored result.
 * A refusal (invalid response…) stored nothing: the key is dropped and the learner may change the answer.
 * Kept offline (AnswerQueued), it waits for the network: the correction comes with `settle`.
 */
export class AnswerSubmission<TResult> {
  status = $state<SubmissionStatus>('idle');
  errorKey = $state<MessageKey | null>(null);
  #key: string | null = null;
  readonly #newKey: () => string;

  constructor(newKey: () => string = () => crypto.randomUUID()) {
    this.#newKey = newKey;
  }

  /** The key the next send will carry (null before the first validation or after a refusal). */
  get idempotencyKey(): string | null {
    return this.#key;
  }

  /** Inputs stay locked while sending and after a failure, so a retry sends exactly what was answered. */
  get locked(): boolean {
    return this.status !== 'idle';
  }

  async submit(send: (idempotencyKey: string) => Promise<TResult>): Promise<TResult | undefined> {
    if (this.status === 'sending' || this.status === 'queued' || this.status === 'done') return undefined;
    this.#key ??= this.#newKey();
    this.status = 'sending';
    this.errorKey = null;
    try {
      const result = await send(this.#key);
      this.status = 'done';
      return result;
    } catch (cause) {
      if (cause instanceof AnswerQueued) {
        this.status = 'queued';
        return undefined;
      }
      this.errorKey = errorMessageKey(cause);
      if (isRetryable(cause)) {
        this.status = 'failed';
      } else {
        this.#key = null;
        this.status = 'idle';
      }
      return undefined;
    }
  }

  /** An answer found waiting in the offline queue (after a reload): it keeps its key and waits. */
  markQueued(idempotencyKey: string): void {
    if (this.status === 'done') return;
    this.#key = idempotencyKey;
    this.status = 'queued';
    this.errorKey = null;
  }

  /** The queued answer reached the server: its result has been recorded. */
  settle(): void {
    this.status = 'done';
    this.errorKey = null;
  }

  /** The server refused the queued answer (it stored nothing): the learner may answer again. */
  refuse(key: MessageKey): void {
    this.#key = null;
    this.status = 'idle';
    this.errorKey = key;
  }

  /** Shows a message found before sending (nothing chosen); nothing is sent. */
  reject(key: MessageKey): void {
    if (this.status === 'idle') this.errorKey = key;
  }
}
