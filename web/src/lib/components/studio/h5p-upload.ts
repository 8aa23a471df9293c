import { type UploadOutcome, type UploadResponse, postFile, uploadOutcome } from './upload.ts';

/** What the api answers to `POST /h5p/packages` (api/src/h5p/h5p.routes.ts). */
export interface UploadedPackage {
  id: string;
  title: string;
  mainLibrary: string;
  sizeBytes: number;
  createdAt: string;
}

/** The refusal codes of the api's package checks, each with its message (`h5p.refused.<CODE>`). */
const REFUSALS = new Set([
  'H5P_FILE_MISSING',
  'H5P_TOO_LARGE',
  'H5P_NOT_A_ZIP',
  'H5P_TOO_MANY_ENTRIES',
  'H5P_UNSAFE_PATH',
  'H5P_LINK_ENTRY',
  'H5P_FILE_TYPE_NOT_ALLOWED',
  'H5P_EXPANDED_TOO_LARGE',
  'H5P_MANIFEST_MISSING',
  'H5P_MANIFEST_INVALID',
  'H5P_MAIN_LIBRARY_MISSING',
  'H5P_CONTENT_MISSING',
]);

export function uploadH5pPackage(file: File): Promise<UploadResponse> {
  return postFile('/h5p/packages', 'package', file);
}

export function h5pUploadOutcome(response: UploadResponse): UploadOutcome<UploadedPackage> {
  return uploadOutcome(response, {
    resultKey: 'package',
    refusals: REFUSALS,
    refusedPrefix: 'h5p.refused.',
    tooLarge: 'h5p.refused.H5P_TOO_LARGE',
  });
}
