import { DomainError } from '../core/errors.js';

export const IdentityErrors = {
  invalidCredentials: () => new DomainError('INVALID_CREDENTIALS', 'UNAUTHENTICATED', 'Wrong e-mail or password.'),
  tooManyAttempts: () => new DomainError('TOO_MANY_ATTEMPTS', 'TOO_MANY_REQUESTS', 'Too many failed sign-ins; try again in 15 minutes.'),
  emailTaken: () => new DomainError('EMAIL_TAKEN', 'CONFLICT', 'An account already uses this e-mail.'),
  weakPassword: () => new DomainError('WEAK_PASSWORD', 'BAD_USER_INPUT', 'The password needs at least 12 characters.'),
};
