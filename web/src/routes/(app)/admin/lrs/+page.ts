import { error } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { describeError } from '#lib/graphql/errors.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { LrsOrganisationsQuery, LrsSettingsQuery } from './operations.ts';
import type { PageLoad } from './$types';

// ?organisation=<id> chooses among the organisations of the admin's scope; the first one otherwise.
export const load = (async ({ fetch, url, parent, depends }) => {
  depends('app:admin-lrs');
  const { me } = await parent();
  // The api checks every request; this only spares others a page of errors.
  if (!me.roles.includes('ADMIN')) error(403, 'Forbidden', { key: 'privacy.forbidden' });
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: LrsOrganisationsQuery, fetchPolicy: 'network-only' }).catch((cause) => failLoad(cause, url));
  const organisations = data.xapiOrganisations;
  const chosen = url.searchParams.get('organisation');
  const organisation = organisations.find((o) => o.id === chosen) ?? organisations[0] ?? null;
  if (!organisation) return { organisations, organisation: null, settings: null };
  // Admin rights can be withdrawn between the two requests: the page then says so instead of failing whole.
  const settings = await client
    .query({ query: LrsSettingsQuery, variables: { organisationId: organisation.id }, fetchPolicy: 'network-only' })
    .then((result) => result.data)
    .catch((cause) => (describeError(cause).code === 'FORBIDDEN' ? null : failLoad(cause, url)));
  return { organisations, organisation, settings };
}) satisfies PageLoad;
