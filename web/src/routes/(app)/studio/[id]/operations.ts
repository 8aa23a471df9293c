import { graphql } from '#lib/graphql/generated/index.ts';

export const StudioEditorQuery = graphql(`
  query StudioEditor($moduleId: ID!) {
    studioModule(id: $moduleId) {
      ...StudioModuleFields
    }
    studioDraft(moduleId: $moduleId) {
      ...StudioDraftFields
    }
    studioSkills {
      id
      competencyCode
      competencyName
      level
    }
  }
`);
