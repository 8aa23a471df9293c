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
      myBestScore {
        percent
      }
      myAttempt {
        ...SummaryAttempt
      }
    }
  }
`);

graphql(`
  fragment SummaryAttempt on Attempt {
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
`);

/** The summary of one attempt, a downloaded one (issue 9): `?tentative=<id>`. */
const AttemptSummaryQuery = graphql(`
  query AttemptSummary($id: ID!, $slug: String!) {
    attempt(id: $id) {
      ...SummaryAttempt
    }
    module(slug: $slug) {
      id
      slug
      title
      myBestScore {
        percent
      }
    }
  }
`);

export const load = (async ({ fetch, params, url }) => {
  const client = createApolloClient(fetch);
  const attemptId = url.searchParams.get('tentative');
  if (attemptId) {
    const { data } = await client
      .query({ query: AttemptSummaryQuery, variables: { id: attemptId, slug: params.slug } })
      .catch((cause) => failLoad(cause, url));
    if (!data.module) error(404, 'Module not found', { key: 'error.reason.MODULE_NOT_FOUND' });
    if (!data.attempt) error(404, 'Attempt not found', { key: 'error.reason.ATTEMPT_NOT_FOUND' });
    return { module: data.module, attempt: data.attempt, bestPercent: data.module.myBestScore?.percent ?? null };
  }
  const { data } = await client
    .query({ query: ModuleSummaryQuery, variables: { slug: params.slug } })
    .catch((cause) => failLoad(cause, url));
  const module = data.module;
  if (!module) error(404, 'Module not found', { key: 'error.reason.MODULE_NOT_FOUND' });
  if (!module.myAttempt) redirect(303, `/modules/${encodeURIComponent(module.slug)}`);
  return { module, attempt: module.myAttempt, bestPercent: module.myBestScore?.percent ?? null };
}) satisfies PageLoad;
