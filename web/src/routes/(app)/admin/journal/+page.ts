import { error } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { AuditLogQuery, isAuditAction } from './operations.ts';
import type { PageLoad } from './$types';

const PAGE_SIZE = 50;

// ?action=ACCOUNT_ERASED filters, ?avant=<cursor> shows older entries; anything else is ignored.
export const load = (async ({ fetch, url, parent }) => {
  const { me } = await parent();
  // The api checks every request; this only spares others a page of errors.
  if (!me.roles.includes('ADMIN')) error(403, 'Forbidden', { key: 'privacy.forbidden' });
  const action = url.searchParams.get('action');
  const before = url.searchParams.get('avant');
  const variables = {
    first: PAGE_SIZE,
    action: isAuditAction(action) ? action : undefined,
    before: before && /^\d{1,18}$/.test(before) ? before : undefined,
  };
  const client = createApolloClient(fetch);
  const { data } = await client
    .query({ query: AuditLogQuery, variables, fetchPolicy: 'network-only' })
    .catch((cause) => failLoad(cause, url));
  return { log: data.auditLog, action: variables.action ?? null, paged: variables.before !== undefined };
}) satisfies PageLoad;
