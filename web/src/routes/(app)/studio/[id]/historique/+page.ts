import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { StudioHistoryQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, params, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client
    .query({ query: StudioHistoryQuery, variables: { moduleId: params.id } })
    .catch((cause) => failLoad(cause, url));
  return { module: data.studioModule, versions: data.studioVersions };
}) satisfies PageLoad;
