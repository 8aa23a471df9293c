import { KNOWN_REASONS } from '#lib/graphql/errors.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { type UploadResponse, postFile, uploadOutcome } from './upload.ts';

/** The api's checks of a module archive (api/src/studio/studio-archive.ts), each with `studio.import.refused.<CODE>`. */
const ARCHIVE_REFUSALS = new Set([
  'ARCHIVE_NOT_A_ZIP',
  'ARCHIVE_TOO_LARGE',
  'ARCHIVE_TOO_MANY_ENTRIES',
  'ARCHIVE_NO_MODULE',
  'ARCHIVE_SEVERAL_MODULES',
  'ARCHIVE_MODULE_INVALID',
  'ARCHIVE_MEDIA_MISSING',
]);
/** A media file of the archive refused as an upload would be (`studio.media.refused.<CODE>`). */
const MEDIA_REFUSALS = new Set(['MEDIA_TOO_LARGE', 'MEDIA_TYPE_NOT_ALLOWED', 'MEDIA_CONTENT_MISMATCH', 'MEDIA_SVG_ACTIVE']);

export type ArchiveImportOutcome =
  | { kind: 'imported'; moduleId: string }
  /** `file`: the archive's file the refusal is about, to name in the message. */
  | { kind: 'refused'; messageKey: MessageKey; file: string | null };

/** Sends a module's folder as a zip to be a new module (`POST /media/studio/import`). */
export function importModuleArchive(file: File): Promise<UploadResponse> {
  return postFile('/media/studio/import', 'file', file);
}

/** Reads the api's answer: the new module, or why the archive was refused (and which of its files). */
export function archiveImportOutcome(response: UploadResponse): ArchiveImportOutcome {
  const body = response.body && typeof response.body === 'object' ? (response.body as Record<string, unknown>) : {};
  const error = body.error && typeof body.error === 'object' ? (body.error as Record<string, unknown>) : {};
  const code = typeof error.code === 'string' ? error.code : '';
  const file = typeof error.file === 'string' ? error.file : null;
  if (MEDIA_REFUSALS.has(code)) return { kind: 'refused', messageKey: `studio.media.refused.${code}` as MessageKey, file };
  // Refusals of the module itself (slug taken, unreadable module.yaml, draft changed) speak as the GraphQL import does.
  if ((KNOWN_REASONS as readonly string[]).includes(code)) {
    return { kind: 'refused', messageKey: `error.reason.${code}` as MessageKey, file: null };
  }
  const outcome = uploadOutcome<{ id: string }>(response, {
    resultKey: 'module',
    refusals: ARCHIVE_REFUSALS,
    refusedPrefix: 'studio.import.refused.',
    tooLarge: 'studio.import.refused.ARCHIVE_TOO_LARGE',
  });
  return outcome.kind === 'uploaded' ? { kind: 'imported', moduleId: outcome.value.id } : { ...outcome, file };
}
