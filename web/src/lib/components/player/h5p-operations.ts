import { graphql } from '#lib/graphql/generated/index.ts';

/** The learner's saved state in an H5P activity of the attempt (JSON text), to resume it. */
export const H5pStateQuery = graphql(`
  query H5pState($attemptId: ID!, $elementId: ID!) {
    h5pState(attemptId: $attemptId, elementId: $elementId)
  }
`);

export const SaveH5pStateMutation = graphql(`
  mutation SaveH5pState($input: SaveH5pStateInput!) {
    saveH5pState(input: $input)
  }
`);
