import type { MessageKey } from '#lib/i18n/index.ts';

/** What the api answered to a file upload (status 0: no answer, the network failed). */
export interface UploadResponse {
  status: number;
  body: unknown;
}

/** Sends one file as multipart `field` to a plain HTTP route of the api, with the session cookie. */
export async function postFile(url: string, field: string, file: File): Promise<UploadResponse> {
  const form = new FormData();
  form.append(field, file, file.name);
  try {
    const response = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin' });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  }
}

export type UploadOutcome<T> = { kind: 'uploaded'; value: T } | { kind: 'refused'; messageKey: MessageKey };

/**
 * Reads the api's answer to an upload (H5P packages, studio media): on 201 the stored object under
 * `resultKey`; otherwise the message of the check that refused it (`<refusedPrefix><CODE>`), or of
 * a lost session, a refused role, a lost network.
 */
export function uploadOutcome<T>(
  { status, body }: UploadResponse,
  options: { resultKey: string; refusals: ReadonlySet<string>; refusedPrefix: string; tooLarge: MessageKey },
): UploadOutcome<T> {
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const result = record[options.resultKey];
  if (status === 201 && result && typeof result === 'object') return { kind: 'uploaded', value: result as T };
  const error = record.error && typeof record.error === 'object' ? (record.error as Record<string, unknown>) : {};
  const code = typeof error.code === 'string' ? error.code : '';
  const refused = (messageKey: MessageKey): UploadOutcome<T> => ({ kind: 'refused', messageKey });
  if (options.refusals.has(code)) return refused(`${options.refusedPrefix}${code}` as MessageKey);
  if (status === 413) return refused(options.tooLarge);
  if (status === 401) return refused('error.reason.NOT_SIGNED_IN');
  if (status === 403) return refused('error.reason.NOT_ALLOWED');
  if (status === 0) return refused('error.network');
  if (status >= 502 && status <= 504) return refused('error.unavailable');
  return refused('error.unknown');
}
