import type { MessageKey } from '#lib/i18n/index.ts';

/** What the api answers to `POST /h5p/packages` (api/src/h5p/h5p.routes.ts). */
export interface UploadedPackage {
  id: string;
  title: string;
  mainLibrary: string;
  sizeBytes: number;
  createdAt: string;
}

export interface UploadResponse {
  status: number;
  body: unknown;
}

export type UploadOutcome = { kind: 'uploaded'; package: UploadedPackage } | { kind: 'refused'; messageKey: MessageKey };

/** The refusal codes of the api's package checks, each with its message in the catalogues. */
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

/** Sends the file as the api expects it: multipart, field `package`, with the session cookie. */
export async function uploadH5pPackage(file: File): Promise<UploadResponse> {
  const form = new FormData();
  form.append('package', file, file.name);
  try {
    const response = await fetch('/h5p/packages', { method: 'POST', body: form, credentials: 'same-origin' });
    const body: unknown = await response.json().catch(() => null);
    return { status: response.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

/** Reads the api's answer: the stored package, or the message that says why it was refused. */
export function h5pUploadOutcome({ status, body }: UploadResponse): UploadOutcome {
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  if (status === 201 && record.package && typeof record.package === 'object') {
    return { kind: 'uploaded', package: record.package as UploadedPackage };
  }
  const error = record.error && typeof record.error === 'object' ? (record.error as Record<string, unknown>) : {};
  const code = typeof error.code === 'string' ? error.code : '';
  if (REFUSALS.has(code)) return { kind: 'refused', messageKey: `h5p.refused.${code}` as MessageKey };
  if (status === 413) return { kind: 'refused', messageKey: 'h5p.refused.H5P_TOO_LARGE' };
  if (status === 401 || code === 'NOT_SIGNED_IN') return { kind: 'refused', messageKey: 'error.reason.NOT_SIGNED_IN' };
  if (status === 403) return { kind: 'refused', messageKey: 'error.reason.NOT_ALLOWED' };
  if (status === 0) return { kind: 'refused', messageKey: 'error.network' };
  if (status >= 502 && status <= 504) return { kind: 'refused', messageKey: 'error.unavailable' };
  return { kind: 'refused', messageKey: 'error.unknown' };
}
