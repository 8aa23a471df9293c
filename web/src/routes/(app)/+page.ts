import { createApolloClient } from '#lib/graphql/client.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { failLoad } from '#lib/graphql/load.ts';
import type { PageLoad } from './$types';

const HomeQuery = graphql(`
  query Home {
    myProgress {
      attempts {
        id
        status
        currentGrainIndex
        grainCount
        module {
          id
          slug
          title
          durationMinutes
        }
      }
    }
    myRecommendations {
      module {
        id
        slug
        title
        durationMinutes
      }
      competency {
        code
        name
      }
    }
    myReviewDueCount
    myAssignments {
      id
      dueOn
      status
      overdue
      cohortName
      module {
        id
        slug
        title
        durationMinutes
      }
    }
  }
`);

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: HomeQuery }).catch((cause) => failLoad(cause, url));
  return {
    inProgress: data.myProgress.attempts.filter((attempt) => attempt.status === 'IN_PROGRESS'),
    recommendations: data.myRecommendations,
    reviewDueCount: data.myReviewDueCount,
    // Assigned modules come first on the home page; those done stay on « Ma progression ».
    assignments: data.myAssignments.filter((assignment) => assignment.status !== 'COMPLETED'),
  };
}) satisfies PageLoad;
