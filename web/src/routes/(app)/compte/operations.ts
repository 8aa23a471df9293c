import { graphql } from '#lib/graphql/generated/index.ts';

export const MyAccountQuery = graphql(`
  query MyAccount {
    myAccount {
      id
      displayName
      email
      identifier
      createdAt
      lastActiveAt
      memberships {
        organisationName
        role
      }
      cohorts {
        name
        organisationName
      }
      attempts
      answers
      positioningSessions
      reviewCards
      retentionMonths
    }
  }
`);

export const MyDataExportQuery = graphql(`
  query MyDataExport {
    myDataExport
  }
`);

export const EraseMyAccountMutation = graphql(`
  mutation EraseMyAccount($confirmation: String!) {
    eraseMyAccount(confirmation: $confirmation)
  }
`);
