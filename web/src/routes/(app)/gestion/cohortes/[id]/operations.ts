import { graphql } from '#lib/graphql/generated/index.ts';

export const CohortQuery = graphql(`
  query ManagedCohort($id: ID!, $after: String) {
    cohort(id: $id) {
      id
      name
      memberCount
      organisation {
        id
        name
      }
      members(first: 50, after: $after) {
        nodes {
          id
          displayName
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      assignments {
        id
        dueOn
        module {
          id
          slug
          title
          durationMinutes
        }
      }
    }
    modules(first: 50) {
      nodes {
        id
        slug
        title
        durationMinutes
      }
    }
  }
`);

export const MoreMembersQuery = graphql(`
  query MoreCohortMembers($id: ID!, $after: String) {
    cohort(id: $id) {
      id
      members(first: 50, after: $after) {
        nodes {
          id
          displayName
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const AssignModulesMutation = graphql(`
  mutation AssignModules($input: AssignModulesInput!) {
    assignModules(input: $input) {
      id
    }
  }
`);

export const RemoveAssignmentMutation = graphql(`
  mutation RemoveAssignment($id: ID!) {
    removeAssignment(id: $id)
  }
`);
