import { graphql } from '#lib/graphql/generated/index.ts';

export const StudioHomeQuery = graphql(`
  query StudioHome {
    studioModules {
      ...StudioModuleFields
    }
    studioFileModules {
      slug
      title
    }
  }
`);

export const CreateStudioModuleMutation = graphql(`
  mutation CreateStudioModule($input: CreateStudioModuleInput!) {
    createStudioModule(input: $input) {
      id
    }
  }
`);

export const ImportStudioFileMutation = graphql(`
  mutation ImportStudioFile($input: ImportStudioFileInput!) {
    importStudioFile(input: $input) {
      id
    }
  }
`);

export const TakeOverModuleMutation = graphql(`
  mutation TakeOverModule($slug: String!) {
    takeOverModule(slug: $slug) {
      id
    }
  }
`);
