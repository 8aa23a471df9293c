import { DomainError } from '../core/errors.js';

export const StudioErrors = {
  // A module the trainer does not author looks the same as a missing one.
  moduleNotFound: () => new DomainError('STUDIO_MODULE_NOT_FOUND', 'NOT_FOUND', 'No module of yours in the studio has this id.'),
  draftConflict: (revision: number) =>
    new DomainError('DRAFT_CONFLICT', 'CONFLICT', 'Someone saved this draft after the revision you edited.', { revision }),
  draftInvalid: () => new DomainError('DRAFT_INVALID', 'BAD_USER_INPUT', 'The draft has errors: fix them before publishing.'),
  notJson: () => new DomainError('INVALID_INPUT', 'BAD_USER_INPUT', 'The draft is not a JSON object.'),
  slugTaken: () => new DomainError('SLUG_TAKEN', 'CONFLICT', 'A module already has this slug.'),
  nothingToPublish: () => new DomainError('NOTHING_TO_PUBLISH', 'CONFLICT', 'The draft is the same as the current version.'),
  moduleArchived: () => new DomainError('MODULE_ARCHIVED', 'CONFLICT', 'Restore the module before publishing it.'),
  alreadyInStudio: () => new DomainError('MODULE_ALREADY_IN_STUDIO', 'CONFLICT', 'This module is already managed in the studio.'),
  fileModuleNotFound: () => new DomainError('MODULE_NOT_FOUND', 'NOT_FOUND', 'No published module has this slug.'),
  versionNotFound: () => new DomainError('VERSION_NOT_FOUND', 'NOT_FOUND', 'This module has no version with this number.'),
  coAuthorNotEligible: () =>
    new DomainError('CO_AUTHOR_NOT_ELIGIBLE', 'BAD_USER_INPUT', 'Co-authors are trainers of the module’s organisation.'),
  ownerStays: () => new DomainError('OWNER_STAYS', 'BAD_USER_INPUT', 'The owner of a module stays its author.'),
  moduleFileInvalid: () => new DomainError('MODULE_FILE_INVALID', 'BAD_USER_INPUT', 'The file is not a readable module.yaml.'),
  noOrganisation: () => new DomainError('NOT_ALLOWED', 'FORBIDDEN', 'You are a trainer of no organisation.'),
};
