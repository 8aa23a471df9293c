import { error } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { failLoad } from '#lib/graphql/load.ts';
import type { PageLoad } from './$types';

const ModulePageQuery = graphql(`
  query ModulePage($slug: String!) {
    module(slug: $slug) {
      id
      slug
      title
      summary
      theme
      audience
      durationMinutes
      objectives
      competencies {
        code
        name
      }
      sources {
        title
        url
        publisher
      }
      myAttempt {
        id
        status
        currentGrainIndex
        grainCount
        completedAt
      }
    }
  }
`);

export const load = (async ({ fetch, params, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: ModulePageQuery, variables: { slug: params.slug } }).catch((cause) => failLoad(cause, url));
  if (!data.module) error(404, 'Module not found', { key: 'error.reason.MODULE_NOT_FOUND' });
  return { module: data.module };
}) satisfies PageLoad;
