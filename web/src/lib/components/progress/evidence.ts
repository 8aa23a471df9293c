import { graphql } from '#lib/graphql/generated/index.ts';

export const EvidenceRowFragment = graphql(`
  fragment EvidenceRow on CompetencyEvidence {
    skillsValidated
    skillsFailed
    answers
    competency {
      code
      name
    }
  }
`);
