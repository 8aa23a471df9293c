import { createApolloClient } from '#lib/graphql/client.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { failLoad } from '#lib/graphql/load.ts';
import type { PageLoad } from './$types';

const ReviewSessionQuery = graphql(`
  query ReviewSession {
    myReviewSession {
      dueCount
      items {
        ...ReviewItemFields
      }
    }
  }
`);

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: ReviewSessionQuery }).catch((cause) => failLoad(cause, url));
  return { session: data.myReviewSession };
}) satisfies PageLoad;
