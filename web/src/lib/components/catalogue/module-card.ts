import { graphql } from '#lib/graphql/generated/index.ts';

export const ModuleCardFragment = graphql(`
  fragment ModuleCard on Module {
    id
    slug
    title
    summary
    theme
    audience
    durationMinutes
    competencies {
      code
      name
    }
  }
`);
