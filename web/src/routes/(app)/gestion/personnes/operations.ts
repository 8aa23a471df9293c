import { graphql } from '#lib/graphql/generated/index.ts';

export const OrganisationPeopleQuery = graphql(`
  query OrganisationPeople($organisationId: ID!, $after: String, $search: String) {
    organisationPeople(organisationId: $organisationId, first: 50, after: $after, search: $search) {
      nodes {
        id
        displayName
        email
        identifier
        roles
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SetRolesMutation = graphql(`
  mutation SetRoles($input: SetRolesInput!) {
    setRoles(input: $input) {
      id
      roles
    }
  }
`);
