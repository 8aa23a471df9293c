import { errorMessageKey, isRetryable } from '#lib/graphql/errors.ts';
import type { MessageKey } from '#lib/i18n/index.ts';

export type SubmissionStatus = 'idle' | 'sending' | 'failed' | 'done';

/**
 * Sending one answer to one element, at most once as far as the server is concerned.
 *
 * The idempotency key is made when the learner first validates and kept until the server has
 * answered for good: after a network loss or a 5xx the request may or may not have been stored,
 * so "Réessayer" sends the same answer with the same key and the server returns the stored result.
 * A refusal (invalid response…) stored nothing: the key is dropped and the learner may change the answer.
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
    if (this.status === 'sending' || this.status === 'done') return undefined;
    this.#key ??= this.#newKey();
    this.status = 'sending';
    this.errorKey = null;
    try {
      const result = await send(this.#key);
      this.status = 'done';
      return result;
    } catch (cause) {
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

  /** Shows a message found before sending (nothing chosen); nothing is sent. */
  reject(key: MessageKey): void {
    if (this.status === 'idle') this.errorKey = key;
  }
}
