import { graphql } from '#lib/graphql/generated/index.ts';

export const StudioAuthorsQuery = graphql(`
  query StudioAuthors($moduleId: ID!) {
    studioModule(id: $moduleId) {
      ...StudioModuleFields
    }
  }
`);

export const AddModuleCoAuthorMutation = graphql(`
  mutation AddModuleCoAuthor($input: AddCoAuthorInput!) {
    addModuleCoAuthor(input: $input) {
      ...StudioModuleFields
    }
  }
`);

export const RemoveModuleCoAuthorMutation = graphql(`
  mutation RemoveModuleCoAuthor($moduleId: ID!, $userId: ID!) {
    removeModuleCoAuthor(moduleId: $moduleId, userId: $userId) {
      ...StudioModuleFields
    }
  }
`);
