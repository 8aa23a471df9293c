import { graphql } from '#lib/graphql/generated/index.ts';

export const ReportLearnerFragment = graphql(`
  fragment ReportLearnerFields on ReportLearner {
    id
    displayName
    pseudonym
  }
`);

export const CompletionReportFragment = graphql(`
  fragment CompletionReportFields on CohortCompletion {
    today
    assignments {
      assignment {
        id
        dueOn
        module {
          id
          title
        }
      }
      completed
      inProgress
      notStarted
      overdue
      total
    }
    learners {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        learner {
          ...ReportLearnerFields
        }
        progress {
          assignmentId
          status
          overdue
        }
      }
    }
  }
`);

export const HeatmapReportFragment = graphql(`
  fragment HeatmapReportFields on CompetencyHeatmap {
    competencies {
      competency {
        code
        name
      }
      learners
      averageLevel
      averagePix
    }
    learners {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        learner {
          ...ReportLearnerFields
        }
        cells {
          competencyCode
          level
          pix
        }
      }
    }
  }
`);

export const ModuleItemStatisticsFragment = graphql(`
  fragment ModuleItemStatisticsFields on ModuleItemStatistics {
    module {
      id
      slug
      title
    }
    learners
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
`);

export const SharePositioningMutation = graphql(`
  mutation SharePositioning($sessionId: ID!) {
    sharePositioning(sessionId: $sessionId) {
      id
      sharedAt
    }
  }
`);
