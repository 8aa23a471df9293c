import { error } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { webinarFormChoices } from '../choices.ts';
import { ManagedWebinarQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, params, url, depends }) => {
  depends('app:managed-webinar');
  const client = createApolloClient(fetch);
  const [webinar, choices] = await Promise.all([
    client.query({ query: ManagedWebinarQuery, variables: { id: params.id } }).then((r) => r.data!.webinar),
    webinarFormChoices(client),
  ]).catch((cause) => failLoad(cause, url));
  if (!webinar.canManage) error(404, 'Not found', { key: 'error.reason.WEBINAR_NOT_FOUND' });
  return { webinar, ...choices };
}) satisfies PageLoad;
