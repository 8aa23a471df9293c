import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { StudioHomeQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: StudioHomeQuery }).catch((cause) => failLoad(cause, url));
  return { modules: data.studioModules, fileModules: data.studioFileModules };
}) satisfies PageLoad;
