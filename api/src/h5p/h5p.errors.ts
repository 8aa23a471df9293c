import { DomainError } from '../core/errors.js';

/**
 * Why a `.h5p` package is refused (issue 6). Each is checked before anything is written; the web
 * turns the code into a sentence (`h5p.refused.<CODE>` in its i18n catalogue).
 */
export type PackageRefusal =
  | 'H5P_FILE_MISSING'
  | 'H5P_TOO_LARGE'
  | 'H5P_NOT_A_ZIP'
  | 'H5P_TOO_MANY_ENTRIES'
  | 'H5P_UNSAFE_PATH'
  | 'H5P_LINK_ENTRY'
  | 'H5P_FILE_TYPE_NOT_ALLOWED'
  | 'H5P_EXPANDED_TOO_LARGE'
  | 'H5P_MANIFEST_MISSING'
  | 'H5P_MANIFEST_INVALID'
  | 'H5P_MAIN_LIBRARY_MISSING'
  | 'H5P_CONTENT_MISSING';

/** A refused package: `detail` names the entry or field at fault, for the trainer and the logs. */
export class PackageRefused extends Error {
  constructor(
    readonly code: PackageRefusal,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export const H5pErrors = {
  stateTooLarge: () => new DomainError('H5P_STATE_TOO_LARGE', 'BAD_USER_INPUT', 'This H5P state is larger than the platform keeps.'),
  attemptNotFound: () => new DomainError('ATTEMPT_NOT_FOUND', 'NOT_FOUND', 'No attempt of yours has this id.'),
  notAnH5pElement: () => new DomainError('ELEMENT_NOT_FOUND', 'NOT_FOUND', 'This module version has no H5P activity with this id.'),
};
