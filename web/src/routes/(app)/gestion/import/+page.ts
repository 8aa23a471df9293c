import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { ManagedOrganisationsQuery } from '../operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client
    .query({ query: ManagedOrganisationsQuery, fetchPolicy: 'network-only' })
    .catch((cause) => failLoad(cause, url));
  const organisations = data.managedOrganisations;
  const chosen = url.searchParams.get('organisation');
  return { organisations, organisationId: organisations.find((o) => o.id === chosen)?.id ?? organisations[0]?.id ?? null };
}) satisfies PageLoad;
