import { graphql } from '#lib/graphql/generated/index.ts';

export const AnswerResultFragment = graphql(`
  fragment AnswerResultFields on AnswerResult {
    elementId
    correct
    feedbackHtml
    graded
    skillId
    nextStepId
    quality
    response {
      choiceIds
      text
      order
      pairs {
        leftId
        rightId
      }
      value
      rating
      h5p {
        scaled
        raw
        max
        success
        completion
      }
    }
    solution {
      choiceIds
      acceptedAnswers
      order
      pairs {
        leftId
        rightId
      }
      value
    }
    poll {
      total
      choices {
        choiceId
        count
        percent
      }
    }
  }
`);

export const PlayerElementFragment = graphql(`
  fragment PlayerElement on Element {
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
    ... on OrderingElement {
      promptHtml
      items {
        id
        html
      }
    }
    ... on MatchingElement {
      promptHtml
      lefts {
        id
        html
      }
      rights {
        id
        html
      }
    }
    ... on TrueFalseElement {
      promptHtml
      statements {
        id
        html
      }
    }
    ... on FlashcardsElement {
      cards {
        id
        frontHtml
        backHtml
      }
    }
    ... on ScenarioElement {
      # Aliased: a callout's title is nullable, a scenario's is not, and one selection cannot hold both.
      scenarioTitle: title
      startStepId
      steps {
        id
        situationHtml
        ending
        image {
          src
          alt
          longDescription
        }
        choices {
          id
          html
        }
      }
    }
    ... on PollElement {
      promptHtml
      multiple
      choices {
        id
        html
      }
    }
    ... on H5pElement {
      skillId
      packageId
      title
      playerUrl
    }
  }
`);

/** A grain with its elements, as the player shows them (elements: see PlayerElement). */
export const PlayerGrainFragment = graphql(`
  fragment PlayerGrain on Grain {
    id
    type
    title
    elements {
      ...PlayerElement
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
