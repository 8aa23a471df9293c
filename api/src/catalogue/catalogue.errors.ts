import { DomainError } from '../core/errors.js';

export const CatalogueErrors = {
  moduleNotFound: () => new DomainError('MODULE_NOT_FOUND', 'NOT_FOUND', 'No published module has this slug.'),
  badCursor: () => new DomainError('INVALID_INPUT', 'BAD_USER_INPUT', 'The paging cursor is not valid.'),
};
