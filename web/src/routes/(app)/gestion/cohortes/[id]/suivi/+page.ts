import { error } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { viewOf } from '#lib/components/analytics/report-views.ts';
import { CohortCompletionQuery, CohortHeatmapQuery, CohortItemStatisticsQuery, FollowUpCohortQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, params, url }) => {
  const view = viewOf(url.searchParams.get('vue'));
  const pseudonymous = url.searchParams.get('pseudonymes') === '1';
  const after = url.searchParams.get('apres') || null;
  const client = createApolloClient(fetch);
  const variables = { cohortId: params.id, after, pseudonymous };
  const fail = (cause: unknown) => failLoad(cause, url);

  // The cohort and the one view asked for, side by side.
  const cohortRequest = client.query({ query: FollowUpCohortQuery, variables: { id: params.id }, fetchPolicy: 'network-only' }).catch(fail);
  const [{ data }, completion, heatmap, items] = await Promise.all([
    cohortRequest,
    view === 'avancement' ? client.query({ query: CohortCompletionQuery, variables, fetchPolicy: 'network-only' }).catch(fail) : null,
    view === 'competences' ? client.query({ query: CohortHeatmapQuery, variables, fetchPolicy: 'network-only' }).catch(fail) : null,
    view === 'questions'
      ? client.query({ query: CohortItemStatisticsQuery, variables: { cohortId: params.id }, fetchPolicy: 'network-only' }).catch(fail)
      : null,
  ]);
  if (!data.cohort) error(404, 'Cohort not found', { key: 'error.reason.COHORT_NOT_FOUND' });
  return {
    cohort: data.cohort,
    view,
    pseudonymous,
    after,
    completion: completion?.data.cohortCompletion ?? null,
    heatmap: heatmap?.data.cohortCompetencyHeatmap ?? null,
    items: items?.data.cohortItemStatistics ?? null,
    // The date printed at the top of the page, taken once so the server and the browser agree.
    printedAt: new Date().toISOString(),
  };
}) satisfies PageLoad;
