import { graphql } from '#lib/graphql/generated/index.ts';

export const ImportReportFragment = graphql(`
  fragment ImportReportFields on PeopleImportReport {
    applied
    created
    updated
    unchanged
    cohortsCreated
    lines {
      line
      displayName
      email
      identifier
      cohort
      role
      outcome
    }
    rejected {
      line
      reason
      raw
    }
  }
`);

export const PreviewImportMutation = graphql(`
  mutation PreviewPeopleImport($input: PeopleImportInput!) {
    previewPeopleImport(input: $input) {
      ...ImportReportFields
    }
  }
`);

export const ImportPeopleMutation = graphql(`
  mutation ImportPeople($input: PeopleImportInput!) {
    importPeople(input: $input) {
      ...ImportReportFields
    }
  }
`);
