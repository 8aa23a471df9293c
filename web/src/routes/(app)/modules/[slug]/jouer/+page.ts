import { error, redirect } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { failLoad } from '#lib/graphql/load.ts';
import type { PageLoad } from './$types';

const PlayerQuery = graphql(`
  query Player($slug: String!) {
    module(slug: $slug) {
      id
      slug
      title
      grains {
        ...PlayerGrain
      }
      myAttempt {
        id
        status
        currentGrainIndex
        grainCount
        answers {
          ...AnswerResultFields
        }
      }
    }
  }
`);

export const load = (async ({ fetch, params, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: PlayerQuery, variables: { slug: params.slug } }).catch((cause) => failLoad(cause, url));
  const module = data.module;
  if (!module) error(404, 'Module not found', { key: 'error.reason.MODULE_NOT_FOUND' });
  // The player only plays an attempt in progress; starting one is a deliberate click on the module page.
  if (module.myAttempt?.status !== 'IN_PROGRESS') redirect(303, `/modules/${encodeURIComponent(module.slug)}`);
  return { module, attempt: module.myAttempt };
}) satisfies PageLoad;
