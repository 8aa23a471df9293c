import { createContext } from 'svelte';
import { getBrowserClient } from '#lib/graphql/client.ts';
import { errorMessageKey } from '#lib/graphql/errors.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { type UploadOutcome, type UploadResponse, postFile, uploadOutcome } from './upload.ts';
import { StudioMediaQuery } from './operations.ts';

export type MediaKind = 'IMAGE' | 'VIDEO' | 'AUDIO' | 'CAPTIONS';

export interface MediaFile {
  path: string;
  kind: MediaKind;
  sizeBytes: number;
  url: string;
}

const REFUSALS = new Set(['MEDIA_FILE_MISSING', 'MEDIA_TOO_LARGE', 'MEDIA_TYPE_NOT_ALLOWED', 'MEDIA_CONTENT_MISMATCH', 'MEDIA_SVG_ACTIVE']);

/** Reads the api's answer to `POST /media/studio/<moduleId>`: the stored file, or why it was refused. */
export function mediaUploadOutcome(response: UploadResponse): UploadOutcome<MediaFile> {
  return uploadOutcome(response, {
    resultKey: 'file',
    refusals: REFUSALS,
    refusedPrefix: 'studio.media.refused.',
    tooLarge: 'studio.media.refused.MEDIA_TOO_LARGE',
  });
}

/**
 * The media files of the module being edited, shared by every file field of the editor: loaded
 * once, and a file uploaded from one field is offered by all the others.
 */
export class MediaLibrary {
  files = $state<MediaFile[]>([]);
  loadError = $state<MessageKey | null>(null);
  #loaded: Promise<void> | null = null;

  constructor(readonly moduleId: string) {}

  load(): Promise<void> {
    this.#loaded ??= getBrowserClient()
      .query({ query: StudioMediaQuery, variables: { moduleId: this.moduleId }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        this.files = (data?.studioMedia ?? []).map(({ path, kind, sizeBytes, url }) => ({ path, kind, sizeBytes, url }));
        this.loadError = null;
      })
      .catch((cause: unknown) => {
        this.loadError = errorMessageKey(cause);
        this.#loaded = null;
      });
    return this.#loaded;
  }

  async upload(file: File): Promise<UploadOutcome<MediaFile>> {
    const outcome = mediaUploadOutcome(await postFile(`/media/studio/${encodeURIComponent(this.moduleId)}`, 'file', file));
    if (outcome.kind === 'uploaded') {
      const stored = outcome.value;
      this.files = [...this.files.filter((f) => f.path !== stored.path), stored].sort((a, b) => a.path.localeCompare(b.path));
    }
    return outcome;
  }
}

export const [getMediaLibrary, setMediaLibrary] = createContext<MediaLibrary>();
