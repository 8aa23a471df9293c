import { graphql } from '#lib/graphql/generated/index.ts';

export const StudioStatisticsQuery = graphql(`
  query StudioStatistics($moduleId: ID!) {
    studioModule(id: $moduleId) {
      id
      slug
      title
      publishedVersion
    }
    studioStatistics(moduleId: $moduleId) {
      attempts
      completed
      learners
      completionRate
      medianMinutes
      items {
        key
        kind
        label
        answers
        correct
        successRate
        mostChosenWrong {
          choiceId
          text
          count
        }
      }
    }
  }
`);
