import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { PositioningQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: PositioningQuery, fetchPolicy: 'network-only' }).catch((cause) => failLoad(cause, url));
  return { session: data.myPositioning, testable: data.testableCompetencies };
}) satisfies PageLoad;
