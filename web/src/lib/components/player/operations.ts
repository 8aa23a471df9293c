import { graphql } from '#lib/graphql/generated/index.ts';

export const AnswerResultFragment = graphql(`
  fragment AnswerResultFields on AnswerResult {
    elementId
    correct
    feedbackHtml
    skillId
    response {
      choiceIds
      text
    }
    solution {
      choiceIds
      acceptedAnswers
    }
  }
`);

export const PlayerGrainFragment = graphql(`
  fragment PlayerGrain on Grain {
    id
    type
    title
    elements {
      __typename
      id
      ... on TextElement {
        html
      }
      ... on ImageElement {
        src
        alt
        longDescription
      }
      ... on VideoElement {
        src
        captionsSrc
        transcriptHtml
      }
      ... on CalloutElement {
        variant
        title
        html
      }
      ... on SingleChoiceElement {
        promptHtml
        choices {
          id
          html
        }
      }
      ... on MultipleChoiceElement {
        promptHtml
        choices {
          id
          html
        }
      }
      ... on ShortAnswerElement {
        promptHtml
      }
    }
  }
`);

export const SubmitAnswerMutation = graphql(`
  mutation SubmitAnswer($input: SubmitAnswerInput!) {
    submitAnswer(input: $input) {
      ...AnswerResultFields
    }
  }
`);

export const MoveInAttemptMutation = graphql(`
  mutation MoveInAttempt($attemptId: ID!, $grainIndex: Int!) {
    moveInAttempt(attemptId: $attemptId, grainIndex: $grainIndex) {
      id
      currentGrainIndex
    }
  }
`);

export const FinishAttemptMutation = graphql(`
  mutation FinishAttempt($attemptId: ID!) {
    finishAttempt(attemptId: $attemptId) {
      id
      status
    }
  }
`);
