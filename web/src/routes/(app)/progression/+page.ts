import { createApolloClient } from '#lib/graphql/client.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { failLoad } from '#lib/graphql/load.ts';
import type { PageLoad } from './$types';

const MyProgressQuery = graphql(`
  query MyProgress {
    myProgress {
      modulesStarted
      modulesCompleted
      attempts {
        id
        status
        startedAt
        completedAt
        currentGrainIndex
        grainCount
        score {
          correct
          total
          percent
        }
        module {
          id
          slug
          title
        }
      }
      competencies {
        ...EvidenceRow
      }
    }
    myProfile {
      competency {
        code
        name
      }
      pix
      level
      nextLevelPercent
      validatedSkills
      invalidatedSkills
      lessonPix
      measuredPix
      measuredLevel
    }
    myProfileHistory {
      day
      totalPix
    }
  }
`);

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: MyProgressQuery }).catch((cause) => failLoad(cause, url));
  return { progress: data.myProgress, profile: data.myProfile, history: data.myProfileHistory };
}) satisfies PageLoad;
