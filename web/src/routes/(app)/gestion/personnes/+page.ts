import { error } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { ManagedOrganisationsQuery } from '../operations.ts';
import { OrganisationPeopleQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, url, parent }) => {
  const { me } = await parent();
  const client = createApolloClient(fetch);
  const organisations = await client
    .query({ query: ManagedOrganisationsQuery, fetchPolicy: 'network-only' })
    .catch((cause) => failLoad(cause, url));
  const organisation = organisations.data.managedOrganisations.find((o) => o.id === url.searchParams.get('organisation'));
  if (!organisation) error(404, 'Organisation not found', { key: 'error.reason.OUT_OF_SCOPE' });
  const search = url.searchParams.get('q') ?? '';
  const after = url.searchParams.get('apres') ?? undefined;
  const { data } = await client
    .query({
      query: OrganisationPeopleQuery,
      variables: { organisationId: organisation.id, search: search || undefined, after },
      fetchPolicy: 'network-only',
    })
    .catch((cause) => failLoad(cause, url));
  return { organisation, people: data.organisationPeople, search, canEdit: me.roles.includes('ADMIN') };
}) satisfies PageLoad;
