import { error } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { OutboxQuery } from './operations.ts';
import type { PageLoad } from './$types';

const PAGE_SIZE = 30;

// ?apres=<cursor> shows older mail.
export const load = (async ({ fetch, url, parent }) => {
  const { me } = await parent();
  // The api checks every request; this only spares others a page of errors.
  if (!me.roles.includes('ADMIN')) error(403, 'Forbidden', { key: 'privacy.forbidden' });
  const after = url.searchParams.get('apres');
  const variables = { first: PAGE_SIZE, after: after && /^\d{1,18}$/.test(after) ? after : undefined };
  const client = createApolloClient(fetch);
  const { data } = await client
    .query({ query: OutboxQuery, variables, fetchPolicy: 'network-only' })
    .catch((cause) => failLoad(cause, url));
  return { outbox: data.outbox, paged: variables.after !== undefined };
}) satisfies PageLoad;
