import { describe, expect, it } from 'vitest';
import { mediaUploadOutcome } from './media-library.svelte.ts';

describe('mediaUploadOutcome', () => {
  it('gives the stored file on 201', () => {
    const file = { path: 'schema.png', kind: 'IMAGE', sizeBytes: 10, url: '/media/modules/m/schema.png' };
    expect(mediaUploadOutcome({ status: 201, body: { file } })).toEqual({ kind: 'uploaded', value: file });
  });

  it('names the check that refused the file', () => {
    expect(mediaUploadOutcome({ status: 422, body: { error: { code: 'MEDIA_SVG_ACTIVE' } } })).toEqual({
      kind: 'refused',
      messageKey: 'studio.media.refused.MEDIA_SVG_ACTIVE',
    });
    expect(mediaUploadOutcome({ status: 413, body: null })).toMatchObject({ messageKey: 'studio.media.refused.MEDIA_TOO_LARGE' });
  });

  it('tells a lost session, a refused role, a lost network and the unexpected apart', () => {
    expect(mediaUploadOutcome({ status: 401, body: { error: { code: 'NOT_SIGNED_IN' } } })).toMatchObject({
      messageKey: 'error.reason.NOT_SIGNED_IN',
    });
    expect(mediaUploadOutcome({ status: 403, body: { error: { code: 'NOT_ALLOWED' } } })).toMatchObject({
      messageKey: 'error.reason.NOT_ALLOWED',
    });
    expect(mediaUploadOutcome({ status: 0, body: null })).toMatchObject({ messageKey: 'error.network' });
    expect(mediaUploadOutcome({ status: 500, body: { error: { code: 'INTERNAL' } } })).toMatchObject({ messageKey: 'error.unknown' });
  });
});
