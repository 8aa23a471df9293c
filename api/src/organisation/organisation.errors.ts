import { DomainError } from '../core/errors.js';

export const OrganisationErrors = {
  outOfScope: () => new DomainError('OUT_OF_SCOPE', 'FORBIDDEN', 'This organisation or cohort is not in your scope.'),
  cohortNotFound: () => new DomainError('COHORT_NOT_FOUND', 'NOT_FOUND', 'No cohort in your scope has this id.'),
  unreadableFile: (why: string, message: string) =>
    new DomainError('UNREADABLE_FILE', 'BAD_USER_INPUT', `The file cannot be read: ${message}`, { why }),
  moduleNotFound: (slugs: string[]) =>
    new DomainError('MODULE_NOT_FOUND', 'NOT_FOUND', `No module has the slug ${slugs.join(', ')}.`, { slugs }),
  badDueDate: () => new DomainError('BAD_DUE_DATE', 'BAD_USER_INPUT', 'The due date must be a date (YYYY-MM-DD), today or later.'),
  assignmentNotFound: () => new DomainError('ASSIGNMENT_NOT_FOUND', 'NOT_FOUND', 'No assignment in your scope has this id.'),
  ownAdminRole: () => new DomainError('OWN_ADMIN_ROLE', 'CONFLICT', 'You cannot remove your own admin role: ask another admin.'),
  personNotFound: () => new DomainError('PERSON_NOT_FOUND', 'NOT_FOUND', 'No person of this organisation has this id.'),
};
