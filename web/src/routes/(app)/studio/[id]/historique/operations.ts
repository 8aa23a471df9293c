import { graphql } from '#lib/graphql/generated/index.ts';

export const StudioHistoryQuery = graphql(`
  query StudioHistory($moduleId: ID!) {
    studioModule(id: $moduleId) {
      ...StudioModuleFields
    }
    studioVersions(moduleId: $moduleId) {
      number
      title
      publishedAt
      current
    }
  }
`);

export const StudioModuleDiffQuery = graphql(`
  query StudioModuleDiff($moduleId: ID!, $from: Int!, $to: Int) {
    studioModuleDiff(moduleId: $moduleId, from: $from, to: $to) {
      from
      to
      changes {
        kind
        target
        id
        grainId
        label
        fields
      }
    }
  }
`);

export const ArchiveStudioModuleMutation = graphql(`
  mutation ArchiveStudioModule($moduleId: ID!) {
    archiveStudioModule(moduleId: $moduleId) {
      ...StudioModuleFields
    }
  }
`);

export const RestoreStudioModuleMutation = graphql(`
  mutation RestoreStudioModule($moduleId: ID!) {
    restoreStudioModule(moduleId: $moduleId) {
      ...StudioModuleFields
    }
  }
`);
