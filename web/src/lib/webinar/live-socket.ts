import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import type { WebinarLiveSubscription as WebinarLiveResult } from '#lib/graphql/generated/graphql.ts';
import { WebinarLiveSubscription } from './operations.ts';

export type LiveEventPayload = WebinarLiveResult['webinarLive'];

export interface LiveSocketHandlers {
  event: (event: LiveEventPayload) => void;
  /** Each time the socket is (again) open: the page then reads what it missed. */
  connected: () => void;
  /** The socket dropped; graphql-ws tries again on its own. */
  disconnected: () => void;
  /** The api refused the subscription (no place any more, signed out): no use trying again. */
  refused: () => void;
}

/** ws://host/graphql on the page's own origin: the web forwards the upgrade to the api (web/server.js). */
export function liveSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/** 1 s, 2 s, 4 s... up to 15 s between two tries, with some jitter so a class does not come back at once. */
export function retryDelay(retries: number): number {
  return Math.min(15_000, 1000 * 2 ** retries) * (0.75 + Math.random() * 0.5);
}

/**
 * Follows a webinar's live events over graphql-ws. The session cookie signs the socket in (the
 * browser sends it with the upgrade), so nothing else is passed. Loaded only by the live pages.
 */
export function followWebinar(webinarId: string, handlers: LiveSocketHandlers): () => void {
  const client = createClient({
    url: liveSocketUrl(window.location),
    lazy: false,
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    on: {
      connected: () => handlers.connected(),
      closed: () => handlers.disconnected(),
    },
  });
  const stop = client.subscribe<{ webinarLive: LiveEventPayload }>(
    { query: print(WebinarLiveSubscription), variables: { webinarId } },
    {
      next: (result) => {
        if (result.data?.webinarLive) handlers.event(result.data.webinarLive);
        else if (result.errors?.length) handlers.refused();
      },
      error: () => handlers.refused(),
      complete: () => undefined,
    },
  );
  return () => {
    stop();
    void client.dispose();
  };
}
