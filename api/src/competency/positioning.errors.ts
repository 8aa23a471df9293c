import { DomainError } from '../core/errors.js';

export const PositioningErrors = {
  sessionNotFound: () => new DomainError('POSITIONING_NOT_FOUND', 'NOT_FOUND', 'No positioning test of yours has this id.'),
  sessionFinished: () => new DomainError('POSITIONING_FINISHED', 'CONFLICT', 'This positioning test is over.'),
  unknownCompetency: (codes: string[]) =>
    new DomainError('UNKNOWN_COMPETENCY', 'BAD_USER_INPUT', `No competency has the code ${codes.join(', ')}.`, { codes }),
  nothingToTest: (codes: string[]) =>
    new DomainError('NOTHING_TO_TEST', 'BAD_USER_INPUT', `No question can test ${codes.join(', ')} yet.`, { codes }),
  notTheCurrentItem: () =>
    new DomainError('NOT_THE_CURRENT_ITEM', 'CONFLICT', 'This is not the question the test is asking now: reload it.'),
  invalidResponse: (why: string) => new DomainError('INVALID_RESPONSE', 'BAD_USER_INPUT', `The answer does not fit the question: ${why}.`),
  keyReused: () => new DomainError('IDEMPOTENCY_KEY_REUSED', 'CONFLICT', 'This idempotency key was used for another answer.'),
  responseRequired: () => new DomainError('INVALID_RESPONSE', 'BAD_USER_INPUT', 'Answer the question, or skip it.'),
  notFinished: () => new DomainError('POSITIONING_NOT_FINISHED', 'CONFLICT', 'Only the result of a finished test can be shared.'),
};
