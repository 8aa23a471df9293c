import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './text-file.ts';

describe('decodeTextFile', () => {
  it('reads UTF-8, without its byte order mark', () => {
    expect(decodeTextFile(new TextEncoder().encode('\uFEFFnom;prénom\nDurand;Léa'))).toBe('nom;prénom\nDurand;Léa');
  });

  it('falls back to Windows-1252 for files a spreadsheet saved that way', () => {
    // « é » is 0xE9 in Windows-1252, an invalid byte on its own in UTF-8.
    expect(decodeTextFile(new Uint8Array([0x4c, 0xe9, 0x61]))).toBe('Léa');
  });
});
