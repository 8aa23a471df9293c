import type { LiveEvent } from './live-state.ts';

/**
 * What a learner sends on the live page: a question, an upvote, an answer to a poll. Each carries a
 * key chosen once, so that sending it again after a lost answer stores it once (the api keeps the
 * question's `clientKey`; an upvote or the same answer twice changes nothing there).
 */
export type LiveAction =
  | { kind: 'ask'; key: string; text: string }
  | { kind: 'upvote'; key: string; questionId: string }
  | { kind: 'answer'; key: string; pollId: string; optionIds: string[] };

type KeyLess<T> = T extends unknown ? Omit<T, 'key'> : never;
export type NewLiveAction = KeyLess<LiveAction>;

export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxOptions {
  /** Where the actions wait (sessionStorage: a reload of the tab keeps them, another tab does not see them). */
  storage: OutboxStorage | null;
  storageKey: string;
  send: (action: LiveAction) => Promise<LiveEvent>;
  /** A network loss or a server that did not answer: the action waits for the next try. */
  retryable: (cause: unknown) => boolean;
  onSent: (action: LiveAction, event: LiveEvent) => void;
  /** Refused for good (the poll closed meanwhile...): the action is dropped and the learner told. */
  onRefused: (action: LiveAction, cause: unknown) => void;
  onChange: (pending: readonly LiveAction[]) => void;
  newKey?: () => string;
}

function isAction(value: unknown): value is LiveAction {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v['key'] !== 'string') return false;
  if (v['kind'] === 'ask') return typeof v['text'] === 'string';
  if (v['kind'] === 'upvote') return typeof v['questionId'] === 'string';
  if (v['kind'] === 'answer') return typeof v['pollId'] === 'string' && Array.isArray(v['optionIds']);
  return false;
}

/** Sends the live page's actions in order, one at a time, and keeps those that could not go yet. */
export class LiveOutbox {
  #pending: LiveAction[];
  #flushing: Promise<void> | undefined;
  readonly #options: OutboxOptions;

  constructor(options: OutboxOptions) {
    this.#options = options;
    let stored: unknown;
    try {
      stored = JSON.parse(options.storage?.getItem(options.storageKey) ?? '[]');
    } catch {
      stored = [];
    }
    this.#pending = Array.isArray(stored) ? stored.filter(isAction) : [];
  }

  get pending(): readonly LiveAction[] {
    return this.#pending;
  }

  /** Queues an action and tries to send it now; resolves once this try is over (sent or waiting). */
  enqueue(action: NewLiveAction): Promise<void> {
    const key = this.#options.newKey?.() ?? crypto.randomUUID();
    this.#set([...this.#pending, { ...action, key } as LiveAction]);
    return this.flush();
  }

  /** Sends what waits, oldest first; stops at the first one that must wait for the network. */
  flush(): Promise<void> {
    this.#flushing ??= this.#run().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  async #run(): Promise<void> {
    while (this.#pending.length > 0) {
      const action = this.#pending[0]!;
      try {
        const event = await this.#options.send(action);
        this.#drop(action);
        this.#options.onSent(action, event);
      } catch (cause) {
        if (this.#options.retryable(cause)) return;
        this.#drop(action);
        this.#options.onRefused(action, cause);
      }
    }
  }

  #drop(action: LiveAction): void {
    this.#set(this.#pending.filter((a) => a.key !== action.key));
  }

  #set(pending: LiveAction[]): void {
    this.#pending = pending;
    try {
      if (pending.length === 0) this.#options.storage?.removeItem(this.#options.storageKey);
      else this.#options.storage?.setItem(this.#options.storageKey, JSON.stringify(pending));
    } catch {
      // Storage full or refused (private mode): the actions still wait in memory.
    }
    this.#options.onChange(pending);
  }
}
