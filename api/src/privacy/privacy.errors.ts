import { DomainError } from '../core/errors.js';

export const PrivacyErrors = {
  /** Also for an account outside the admin's scope: whether it exists elsewhere is not theirs to know. */
  accountNotFound: () => new DomainError('ACCOUNT_NOT_FOUND', 'NOT_FOUND', 'No account in your scope has this id.'),
  confirmationMismatch: () =>
    new DomainError('CONFIRMATION_MISMATCH', 'BAD_USER_INPUT', 'Type SUPPRIMER (or DELETE) to confirm the erasure of your account.'),
};
