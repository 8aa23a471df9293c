import { graphql } from '#lib/graphql/generated/index.ts';

export const PositioningSessionFragment = graphql(`
  fragment PositioningSessionFields on PositioningSession {
    id
    status
    answeredCount
    completedAt
    sharedAt
    competencies {
      code
      name
    }
    question {
      versionId
      itemKey
      number
      competency {
        code
        name
      }
      element {
        ...PlayerElement
      }
    }
    results {
      competency {
        code
        name
      }
      pix
      level
    }
  }
`);

export const PositioningQuery = graphql(`
  query Positioning {
    myPositioning {
      ...PositioningSessionFields
    }
    testableCompetencies {
      competency {
        code
        name
      }
      questions
    }
  }
`);

export const StartPositioningMutation = graphql(`
  mutation StartPositioning($input: StartPositioningInput!) {
    startPositioning(input: $input) {
      ...PositioningSessionFields
    }
  }
`);

export const AnswerPositioningMutation = graphql(`
  mutation AnswerPositioning($input: AnswerPositioningInput!) {
    answerPositioning(input: $input) {
      ...PositioningSessionFields
    }
  }
`);
