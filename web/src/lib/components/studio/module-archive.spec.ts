import { describe, expect, it } from 'vitest';
import { archiveImportOutcome } from './module-archive.ts';

describe('archiveImportOutcome', () => {
  it('gives the new module on 201', () => {
    expect(archiveImportOutcome({ status: 201, body: { module: { id: 'm-1', slug: 'mon-module' } } })).toEqual({
      kind: 'imported',
      moduleId: 'm-1',
    });
  });

  it('names the check that refused the archive, and the file concerned', () => {
    expect(archiveImportOutcome({ status: 422, body: { error: { code: 'ARCHIVE_MEDIA_MISSING', file: 'images/schema.png' } } })).toEqual({
      kind: 'refused',
      messageKey: 'studio.import.refused.ARCHIVE_MEDIA_MISSING',
      file: 'images/schema.png',
    });
    expect(archiveImportOutcome({ status: 422, body: { error: { code: 'MEDIA_SVG_ACTIVE', file: 'dessin.svg' } } })).toEqual({
      kind: 'refused',
      messageKey: 'studio.media.refused.MEDIA_SVG_ACTIVE',
      file: 'dessin.svg',
    });
  });

  it('speaks of the module as the file import does, and of a cut upload as too large', () => {
    expect(archiveImportOutcome({ status: 409, body: { error: { code: 'SLUG_TAKEN' } } })).toMatchObject({
      messageKey: 'error.reason.SLUG_TAKEN',
    });
    expect(archiveImportOutcome({ status: 413, body: null })).toMatchObject({ messageKey: 'studio.import.refused.ARCHIVE_TOO_LARGE' });
    expect(archiveImportOutcome({ status: 0, body: null })).toMatchObject({ messageKey: 'error.network', file: null });
  });
});
