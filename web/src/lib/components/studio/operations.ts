import { graphql } from '#lib/graphql/generated/index.ts';

export const StudioModuleFragment = graphql(`
  fragment StudioModuleFields on StudioModule {
    id
    slug
    title
    status
    publishedVersion
    hasUnpublishedChanges
    revision
    updatedAt
    myRole
    authors {
      id
      displayName
      role
    }
  }
`);

export const StudioDraftFragment = graphql(`
  fragment StudioDraftFields on StudioDraft {
    moduleId
    revision
    contentJson
    previewSkipped
    issues {
      path
      message
      blocking
    }
    preview {
      ...PlayerGrain
    }
  }
`);

export const SaveStudioDraftMutation = graphql(`
  mutation SaveStudioDraft($input: SaveStudioDraftInput!) {
    saveStudioDraft(input: $input) {
      ...StudioDraftFields
    }
  }
`);

export const StudioDraftQuery = graphql(`
  query StudioDraft($moduleId: ID!) {
    studioDraft(moduleId: $moduleId) {
      ...StudioDraftFields
    }
  }
`);

export const PublishStudioModuleMutation = graphql(`
  mutation PublishStudioModule($moduleId: ID!, $revision: Int!) {
    publishStudioModule(moduleId: $moduleId, revision: $revision) {
      ...StudioModuleFields
    }
  }
`);

export const CheckPreviewAnswerMutation = graphql(`
  mutation CheckPreviewAnswer($input: CheckPreviewAnswerInput!) {
    checkPreviewAnswer(input: $input) {
      ...AnswerResultFields
    }
  }
`);

export const StudioExportQuery = graphql(`
  query StudioExport($moduleId: ID!, $version: Int) {
    studioExport(moduleId: $moduleId, version: $version) {
      filename
      yaml
    }
  }
`);

export const H5pPackagesQuery = graphql(`
  query H5pPackages {
    h5pPackages {
      id
      title
      mainLibrary
      sizeBytes
      createdAt
    }
  }
`);

export const StudioMediaQuery = graphql(`
  query StudioMedia($moduleId: ID!) {
    studioMedia(moduleId: $moduleId) {
      path
      kind
      sizeBytes
      url
    }
  }
`);
