import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { WebinarsHomeQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: WebinarsHomeQuery }).catch((cause) => failLoad(cause, url));
  return { upcoming: data.upcomingWebinars.nodes, mine: data.myWebinars.nodes };
}) satisfies PageLoad;
