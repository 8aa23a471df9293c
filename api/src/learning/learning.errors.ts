import { DomainError } from '../core/errors.js';

export const LearningErrors = {
  attemptNotFound: () => new DomainError('ATTEMPT_NOT_FOUND', 'NOT_FOUND', 'No attempt of yours has this id.'),
  attemptCompleted: () => new DomainError('ATTEMPT_COMPLETED', 'CONFLICT', 'This attempt is finished.'),
  elementNotFound: () => new DomainError('ELEMENT_NOT_FOUND', 'NOT_FOUND', 'This module version has no element with this id.'),
  notAnswerable: () => new DomainError('NOT_ANSWERABLE', 'BAD_USER_INPUT', 'This element takes no answer.'),
  invalidResponse: (why: string) => new DomainError('INVALID_RESPONSE', 'BAD_USER_INPUT', `The answer does not fit the question: ${why}.`),
  stepNotReached: () => new DomainError('STEP_NOT_REACHED', 'CONFLICT', 'Your choices have not led to this step of the scenario.'),
  grainOutOfRange: () => new DomainError('INVALID_INPUT', 'BAD_USER_INPUT', 'This module version has no grain at this index.'),
  versionMismatch: () =>
    new DomainError('VERSION_MISMATCH', 'CONFLICT', 'This answer was given on another version of the module than its attempt.'),
  keyReused: () => new DomainError('IDEMPOTENCY_KEY_REUSED', 'CONFLICT', 'This idempotency key was used for another answer.'),
};
