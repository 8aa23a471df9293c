import { graphql } from '#lib/graphql/generated/index.ts';

/** An item of today's review: the element comes narrowed to the statement or card under review. */
export const ReviewItemFragment = graphql(`
  fragment ReviewItemFields on ReviewItem {
    cardId
    source
    itemKey
    due
    module {
      id
      slug
      title
    }
    element {
      ...PlayerElement
    }
  }
`);

export const ReviewOutcomeFragment = graphql(`
  fragment ReviewOutcomeFields on ReviewOutcome {
    cardId
    rating
    correct
    nextDue
    result {
      ...AnswerResultFields
    }
  }
`);

export const AnswerReviewMutation = graphql(`
  mutation AnswerReview($input: AnswerReviewInput!) {
    answerReview(input: $input) {
      ...ReviewOutcomeFields
    }
  }
`);
