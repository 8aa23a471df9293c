import { graphql } from '#lib/graphql/generated/index.ts';

export const FollowUpCohortQuery = graphql(`
  query FollowUpCohort($id: ID!) {
    cohort(id: $id) {
      id
      name
      memberCount
      organisation {
        id
        name
      }
    }
  }
`);

export const CohortCompletionQuery = graphql(`
  query CohortCompletion($cohortId: ID!, $after: String, $pseudonymous: Boolean) {
    cohortCompletion(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {
      ...CompletionReportFields
    }
  }
`);

export const CohortHeatmapQuery = graphql(`
  query CohortHeatmap($cohortId: ID!, $after: String, $pseudonymous: Boolean) {
    cohortCompetencyHeatmap(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {
      ...HeatmapReportFields
    }
  }
`);

export const CohortItemStatisticsQuery = graphql(`
  query CohortItemStatistics($cohortId: ID!) {
    cohortItemStatistics(cohortId: $cohortId) {
      ...ModuleItemStatisticsFields
    }
  }
`);

export const ExportCohortReportMutation = graphql(`
  mutation ExportCohortReport($cohortId: ID!, $view: CohortReportView!, $pseudonymous: Boolean, $language: ReportLanguage) {
    exportCohortReport(cohortId: $cohortId, view: $view, pseudonymous: $pseudonymous, language: $language) {
      filename
      csv
    }
  }
`);
