import { error } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { CohortQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, params, url, depends }) => {
  depends('app:cohort');
  const client = createApolloClient(fetch);
  const { data } = await client
    .query({ query: CohortQuery, variables: { id: params.id }, fetchPolicy: 'network-only' })
    .catch((cause) => failLoad(cause, url));
  if (!data.cohort) error(404, 'Cohort not found', { key: 'error.reason.COHORT_NOT_FOUND' });
  return { cohort: data.cohort, modules: data.modules.nodes };
}) satisfies PageLoad;
