import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

/** A question as it travels between instances: who asked and who upvoted stay on the server (see live-view.ts). */
export interface LiveQuestionRecord {
  id: string;
  webinarId: string;
  text: string;
  status: 'OPEN' | 'ANSWERED' | 'HIDDEN';
  askedAt: string;
  askedBy: string;
  upvoterIds: string[];
}

export interface LivePollRecord {
  id: string;
  webinarId: string;
  question: string;
  kind: 'SINGLE' | 'MULTIPLE';
  options: { id: string; label: string }[];
  status: 'OPEN' | 'CLOSED';
  launchedAt: string;
  closedAt: string | null;
  /** The choices of each voter, by user id. */
  votes: Record<string, string[]>;
}

export type LiveEventKind = 'QUESTION_ASKED' | 'QUESTION_UPDATED' | 'POLL_LAUNCHED' | 'POLL_VOTED' | 'POLL_CLOSED';

export interface LiveEvent {
  webinarId: string;
  kind: LiveEventKind;
  question?: LiveQuestionRecord;
  poll?: LivePollRecord;
}

/**
 * Where the live events of webinars (questions, polls) go: every api instance's subscribers of a
 * webinar receive what any instance publishes. Chosen once, in createLiveEvents.
 */
export abstract class LiveEvents {
  protected readonly local = new EventEmitter().setMaxListeners(0);

  abstract publish(event: LiveEvent): Promise<void>;

  /** Calls `listener` with each event of this webinar until the returned function is called. */
  listen(webinarId: string, listener: (event: LiveEvent) => void): () => void {
    this.local.on(webinarId, listener);
    return () => this.local.off(webinarId, listener);
  }

  async close(): Promise<void> {}
}

/** One api instance: events stay in the process. */
export class InProcessLiveEvents extends LiveEvents {
  publish(event: LiveEvent): Promise<void> {
    this.local.emit(event.webinarId, event);
    return Promise.resolve();
  }
}

const CHANNEL_PREFIX = 'continuite:webinar:';

/**
 * Several instances: events go through Redis pub/sub, each instance receiving them all on one
 * pattern subscription and handing them to its own subscribers. Nothing is kept in Redis: a client
 * that reconnects reads the webinar's questions and polls again from PostgreSQL.
 */
export class RedisLiveEvents extends LiveEvents {
  private readonly logger = new Logger('LiveEvents');
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  readonly ready: Promise<unknown>;

  constructor(url: string) {
    super();
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { lazyConnect: false });
    for (const client of [this.publisher, this.subscriber]) client.on('error', (error: Error) => this.logger.warn(error.message));
    this.subscriber.on('pmessage', (_pattern: string, _channel: string, message: string) => {
      try {
        const event = JSON.parse(message) as LiveEvent;
        this.local.emit(event.webinarId, event);
      } catch (error) {
        this.logger.warn(`unreadable live event: ${String(error)}`);
      }
    });
    this.ready = this.subscriber.psubscribe(`${CHANNEL_PREFIX}*`);
  }

  async publish(event: LiveEvent): Promise<void> {
    await this.publisher.publish(`${CHANNEL_PREFIX}${event.webinarId}`, JSON.stringify(event));
  }

  override async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}

/** The one place that chooses: Redis when REDIS_URL is set, the process otherwise. */
export function createLiveEvents(redisUrl: string | undefined): LiveEvents {
  return redisUrl ? new RedisLiveEvents(redisUrl) : new InProcessLiveEvents();
}

/**
 * Events as an async iterator for a GraphQL subscription: pushed values wait in a queue until
 * read; `return()` (the client unsubscribed or left) stops listening at once.
 */
export function eventStream<T>(listen: (push: (value: T) => void) => () => void): AsyncIterableIterator<T> {
  const queue: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let done = false;
  const stop = listen((value) => {
    if (done) return;
    const reader = waiting.shift();
    if (reader) reader({ value, done: false });
    else queue.push(value);
  });
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      stop();
      for (const reader of waiting.splice(0)) reader({ value: undefined, done: true });
      queue.length = 0;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () => {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
