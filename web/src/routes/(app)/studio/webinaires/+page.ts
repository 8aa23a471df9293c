import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { ManagedWebinarsQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: ManagedWebinarsQuery }).catch((cause) => failLoad(cause, url));
  return { webinars: data.managedWebinars.nodes };
}) satisfies PageLoad;
