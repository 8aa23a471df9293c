import { createApolloClient } from '#lib/graphql/client.ts';
import { loadCatalogue } from '#lib/i18n/index.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import type { LayoutLoad } from './$types';

const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      displayName
      roles
    }
  }
`);

export const load = (async ({ data, fetch }) => {
  const client = createApolloClient(fetch);
  // A failure here (api down) must not hide the whole site: the sign-in page still shows, and
  // the pages that need the learner report the error themselves.
  const [me] = await Promise.all([
    client
      .query({ query: ViewerQuery })
      .then((result) => result.data.me)
      .catch(() => null),
    loadCatalogue(data.lang),
  ]);
  return { lang: data.lang, me };
}) satisfies LayoutLoad;
