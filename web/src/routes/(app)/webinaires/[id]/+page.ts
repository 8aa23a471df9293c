import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { WebinarPageQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, params, url, depends }) => {
  depends('app:webinar');
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: WebinarPageQuery, variables: { id: params.id } }).catch((cause) => failLoad(cause, url));
  return { webinar: data.webinar };
}) satisfies PageLoad;
