import { redirect } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { describeError } from '#lib/graphql/errors.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { WebinarLivePageQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, params, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: WebinarLivePageQuery, variables: { id: params.id } }).catch((cause) => {
    // Without a place (waiting list, not registered) the live page is the webinar's page.
    if (describeError(cause).reason === 'WEBINAR_NOT_REGISTERED') redirect(303, `/webinaires/${params.id}`);
    return failLoad(cause, url);
  });
  return { webinar: data.webinar };
}) satisfies PageLoad;
