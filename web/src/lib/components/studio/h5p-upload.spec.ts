import { describe, expect, it } from 'vitest';
import { h5pUploadOutcome } from './h5p-upload.ts';

const stored = {
  id: '5f0c1c52-1f7e-4e43-9b7c-1c0f5d0e2a11',
  title: 'Quiz',
  mainLibrary: 'H5P.Test 1.0',
  sizeBytes: 2048,
  createdAt: '2026-11-29T08:00:00Z',
};

describe('h5pUploadOutcome', () => {
  it('gives the stored package on 201', () => {
    expect(h5pUploadOutcome({ status: 201, body: { package: stored } })).toEqual({ kind: 'uploaded', value: stored });
  });

  it('names the check that refused the package', () => {
    expect(h5pUploadOutcome({ status: 422, body: { error: { code: 'H5P_UNSAFE_PATH', detail: '../x' } } })).toEqual({
      kind: 'refused',
      messageKey: 'h5p.refused.H5P_UNSAFE_PATH',
    });
  });

  it('says the file is too large when the proxy cuts it before the api answers', () => {
    expect(h5pUploadOutcome({ status: 413, body: null })).toEqual({ kind: 'refused', messageKey: 'h5p.refused.H5P_TOO_LARGE' });
  });

  it('tells a lost session, a refused role and a lost network apart', () => {
    expect(h5pUploadOutcome({ status: 401, body: { error: { code: 'NOT_SIGNED_IN' } } }).kind).toBe('refused');
    expect(h5pUploadOutcome({ status: 401, body: null })).toMatchObject({ messageKey: 'error.reason.NOT_SIGNED_IN' });
    expect(h5pUploadOutcome({ status: 403, body: { error: { code: 'NOT_ALLOWED' } } })).toMatchObject({
      messageKey: 'error.reason.NOT_ALLOWED',
    });
    expect(h5pUploadOutcome({ status: 0, body: null })).toMatchObject({ messageKey: 'error.network' });
    expect(h5pUploadOutcome({ status: 500, body: { error: { code: 'INTERNAL' } } })).toMatchObject({ messageKey: 'error.unknown' });
  });
});
