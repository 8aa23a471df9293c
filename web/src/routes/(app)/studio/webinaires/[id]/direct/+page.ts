import { error } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { WebinarLivePageQuery } from '../../../../webinaires/[id]/direct/operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, params, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: WebinarLivePageQuery, variables: { id: params.id } }).catch((cause) => failLoad(cause, url));
  if (!data.webinar.canManage) error(404, 'Not found', { key: 'error.reason.WEBINAR_NOT_FOUND' });
  return { webinar: data.webinar };
}) satisfies PageLoad;
