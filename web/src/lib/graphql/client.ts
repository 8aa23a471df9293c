import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { browser } from '$app/env';

/**
 * One client per SvelteKit `fetch`: in a `load` it is the event's fetch, so on the server the request
 * carries the learner's cookies and its response is inlined in the page and replayed at hydration.
 * The api's CSRF protection needs JSON POSTs, which is what HttpLink sends.
 */
export function createApolloClient(fetch: typeof globalThis.fetch, options: { origin?: string } = {}): ApolloClient {
  return new ApolloClient({
    // `origin` is for form actions: the api refuses mutations without our origin, and on the server
    // Kit's fetch would otherwise send the adapter's guess (see lib/server/origin.ts).
    link: new HttpLink({ uri: '/graphql', fetch, headers: options.origin ? { origin: options.origin } : undefined }),
    cache: new InMemoryCache({
      typePolicies: {
        Domain: { keyFields: ['code'] },
        Competency: { keyFields: ['code'] },
      },
    }),
    ssrMode: !browser,
    // Pages always show what the server says now: a load runs again on navigation, never from a stale cache.
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      mutate: { fetchPolicy: 'no-cache' },
    },
  });
}

let browserClient: ApolloClient | undefined;

/** The client for mutations sent from components in the browser (the player). */
export function getBrowserClient(): ApolloClient {
  if (!browser) throw new Error('getBrowserClient() is for the browser; loads use createApolloClient(fetch).');
  browserClient ??= createApolloClient(globalThis.fetch.bind(globalThis));
  return browserClient;
}
