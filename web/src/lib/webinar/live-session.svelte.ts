import { getBrowserClient } from '#lib/graphql/client.ts';
import { errorMessageKey, isRetryable } from '#lib/graphql/errors.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { type LiveAction, LiveOutbox, type NewLiveAction } from './live-outbox.ts';
import { applyEvent, applySnapshot, type LiveEvent, type LivePoll, type LiveQuestion, type LiveState } from './live-state.ts';
import {
  AnswerWebinarPollMutation,
  AskWebinarQuestionMutation,
  CloseWebinarPollMutation,
  LaunchWebinarPollMutation,
  MarkWebinarQuestionMutation,
  UpvoteWebinarQuestionMutation,
  WebinarLiveSnapshotQuery,
} from './operations.ts';

export type Connection = 'connecting' | 'online' | 'reconnecting' | 'refused';

/** After the socket (re)opens, the snapshot is read a little later, once the api has registered the subscription. */
const SNAPSHOT_DELAY_MS = 400;

/**
 * The live page of one webinar, for a learner or its trainer: questions and polls as the
 * subscription and the snapshots tell them, and what this browser sends, kept until the api has it.
 */
export class LiveSession {
  live = $state<LiveState>({ questions: [], polls: [] });
  connection = $state<Connection>('connecting');
  pending = $state<readonly LiveAction[]>([]);
  /** The last thing the api refused, as a catalogue key. */
  refusal = $state<MessageKey | null>(null);
  /** A sentence for screen readers: a new question or poll arrived. */
  announcement = $state('');

  readonly #webinarId: string;
  readonly #outbox: LiveOutbox;
  #stop: (() => void) | undefined;
  #stopped = false;
  #snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  /** Items events brought since the last snapshot read started. */
  #seenSince: string[] = [];
  #announce: (event: LiveEvent, kind: string) => string | null;

  constructor(webinarId: string, initial: LiveState, announce: (event: LiveEvent, kind: string) => string | null) {
    this.#webinarId = webinarId;
    this.live = initial;
    this.#announce = announce;
    this.#outbox = new LiveOutbox({
      storage: typeof sessionStorage === 'undefined' ? null : sessionStorage,
      storageKey: `continuite:webinar-live:${webinarId}`,
      send: (action) => this.#send(action),
      retryable: isRetryable,
      onSent: (_action, event) => this.#apply(event),
      onRefused: (_action, cause) => (this.refusal = errorMessageKey(cause)),
      onChange: (pending) => (this.pending = pending),
    });
    this.pending = this.#outbox.pending;
  }

  /** Opens the socket (graphql-ws is loaded only now, by the live pages). */
  async start(): Promise<void> {
    this.#stopped = false;
    const { followWebinar } = await import('./live-socket.ts');
    // The learner may have left while graphql-ws was loading.
    if (this.#stopped) return;
    window.addEventListener('online', this.#onOnline);
    this.#stop = followWebinar(this.#webinarId, {
      event: (event) => {
        if (event.question) this.#seenSince.push(event.question.id);
        if (event.poll) this.#seenSince.push(event.poll.id);
        this.#apply(event);
        const sentence = this.#announce(event, event.kind);
        if (sentence) this.announcement = sentence;
      },
      connected: () => {
        this.connection = 'online';
        clearTimeout(this.#snapshotTimer);
        this.#snapshotTimer = setTimeout(() => void this.refresh(), SNAPSHOT_DELAY_MS);
        void this.#outbox.flush();
      },
      disconnected: () => {
        if (this.connection !== 'refused') this.connection = 'reconnecting';
      },
      refused: () => (this.connection = 'refused'),
    });
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#snapshotTimer);
    window.removeEventListener('online', this.#onOnline);
    this.#stop?.();
    this.#stop = undefined;
  }

  #onOnline = () => void this.#outbox.flush();

  /** Reads questions and polls again: what happened while the socket was down. */
  async refresh(): Promise<void> {
    this.#seenSince = [];
    try {
      const { data } = await getBrowserClient().query({
        query: WebinarLiveSnapshotQuery,
        variables: { id: this.#webinarId },
        fetchPolicy: 'no-cache',
      });
      if (!data) return;
      this.live = applySnapshot(this.live, { questions: data.webinar.questions, polls: data.webinar.polls }, this.#seenSince);
    } catch {
      // The next reconnection reads it again.
    }
  }

  ask = (text: string) => this.#enqueue({ kind: 'ask', text });
  upvote = (questionId: string) => this.#enqueue({ kind: 'upvote', questionId });
  answer = (pollId: string, optionIds: string[]) => this.#enqueue({ kind: 'answer', pollId, optionIds });

  #enqueue(action: NewLiveAction): Promise<void> {
    this.refusal = null;
    return this.#outbox.enqueue(action);
  }

  async #send(action: LiveAction): Promise<LiveEvent> {
    const client = getBrowserClient();
    if (action.kind === 'ask') {
      const { data } = await client.mutate({
        mutation: AskWebinarQuestionMutation,
        variables: { input: { webinarId: this.#webinarId, text: action.text, clientKey: action.key } },
      });
      return { question: data!.askWebinarQuestion, poll: null };
    }
    if (action.kind === 'upvote') {
      const { data } = await client.mutate({ mutation: UpvoteWebinarQuestionMutation, variables: { questionId: action.questionId } });
      return { question: data!.upvoteWebinarQuestion, poll: null };
    }
    const { data } = await client.mutate({
      mutation: AnswerWebinarPollMutation,
      variables: { input: { pollId: action.pollId, optionIds: action.optionIds } },
    });
    return { question: null, poll: data!.answerWebinarPoll };
  }

  // The trainer's actions: sent at once, the trainer sees the outcome (no waiting list for them).

  async mark(questionId: string, status: LiveQuestion['status']): Promise<void> {
    await this.#host(async () => {
      const { data } = await getBrowserClient().mutate({ mutation: MarkWebinarQuestionMutation, variables: { questionId, status } });
      this.#apply({ question: data!.markWebinarQuestion, poll: null });
    });
  }

  async launchPoll(question: string, kind: LivePoll['kind'], options: string[]): Promise<boolean> {
    return this.#host(async () => {
      const { data } = await getBrowserClient().mutate({
        mutation: LaunchWebinarPollMutation,
        variables: { input: { webinarId: this.#webinarId, question, kind, options } },
      });
      this.#apply({ question: null, poll: data!.launchWebinarPoll });
    });
  }

  async closePoll(pollId: string): Promise<void> {
    await this.#host(async () => {
      const { data } = await getBrowserClient().mutate({ mutation: CloseWebinarPollMutation, variables: { pollId } });
      this.#apply({ question: null, poll: data!.closeWebinarPoll });
    });
  }

  async #host(run: () => Promise<void>): Promise<boolean> {
    this.refusal = null;
    try {
      await run();
      return true;
    } catch (cause) {
      this.refusal = errorMessageKey(cause);
      return false;
    }
  }

  #apply(event: LiveEvent): void {
    this.live = applyEvent(this.live, event);
  }
}
