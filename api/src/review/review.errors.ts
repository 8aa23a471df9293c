import { DomainError } from '../core/errors.js';

export const ReviewErrors = {
  cardNotFound: () => new DomainError('REVIEW_CARD_NOT_FOUND', 'NOT_FOUND', 'No review card of yours has this id.'),
  notDue: () => new DomainError('REVIEW_NOT_DUE', 'CONFLICT', 'This card is not due today.'),
  alreadyReviewed: () => new DomainError('REVIEW_ALREADY_DONE', 'CONFLICT', 'This card was just reviewed.'),
  itemGone: () => new DomainError('REVIEW_ITEM_GONE', 'NOT_FOUND', 'This question is no longer in its module.'),
  ratingRequired: () => new DomainError('INVALID_RESPONSE', 'BAD_USER_INPUT', 'Rate the card: knew, unsure or did not know.'),
  responseRequired: () => new DomainError('INVALID_RESPONSE', 'BAD_USER_INPUT', 'Answer the question.'),
  invalidResponse: (why: string) => new DomainError('INVALID_RESPONSE', 'BAD_USER_INPUT', `The answer does not fit the question: ${why}.`),
  keyReused: () => new DomainError('IDEMPOTENCY_KEY_REUSED', 'CONFLICT', 'This idempotency key was used for another review.'),
};
