import { error } from '@sveltejs/kit';
import { browser } from '$app/env';
import { createApolloClient } from '#lib/graphql/client.ts';
import { describeError } from '#lib/graphql/errors.ts';
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

export const load = (async ({ fetch, params, url, parent }) => {
  const client = createApolloClient(fetch);
  const data = await client
    .query({ query: ModulePageQuery, variables: { slug: params.slug } })
    .then((result) => result.data)
    .catch(async (cause: unknown) => {
      // Offline (issue 9): a downloaded module still shows its page, from what was stored with it.
      if (browser && describeError(cause).network) {
        const { me } = await parent();
        const { getDownload } = await import('#lib/offline/store.ts');
        const download = await getDownload(me.id, params.slug).catch(() => undefined);
        if (download) return { module: download.page };
      }
      return failLoad(cause, url);
    });
  if (!data.module) error(404, 'Module not found', { key: 'error.reason.MODULE_NOT_FOUND' });
  return { module: data.module };
}) satisfies PageLoad;
