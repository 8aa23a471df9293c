import { error, redirect } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { failLoad } from '#lib/graphql/load.ts';
import type { PageLoad } from './$types';

const ModuleSummaryQuery = graphql(`
  query ModuleSummary($slug: String!) {
    module(slug: $slug) {
      id
      slug
      title
      myAttempt {
        id
        status
        completedAt
        score {
          correct
          total
          percent
        }
        evidence {
          ...EvidenceRow
        }
      }
    }
  }
`);

export const load = (async ({ fetch, params, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client
    .query({ query: ModuleSummaryQuery, variables: { slug: params.slug } })
    .catch((cause) => failLoad(cause, url));
  const module = data.module;
  if (!module) error(404, 'Module not found', { key: 'error.reason.MODULE_NOT_FOUND' });
  if (!module.myAttempt) redirect(303, `/modules/${encodeURIComponent(module.slug)}`);
  return { module, attempt: module.myAttempt };
}) satisfies PageLoad;
