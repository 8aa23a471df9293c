import { describe, expect, it } from 'vitest';
import { mediaFileName, mediaKindOf, mediaRefusal } from './studio-media.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><use href="#a"/><rect id="a" width="10" height="10"/></svg>',
);

describe('mediaFileName', () => {
  it('keeps the base name only, without accents, in lower case with hyphens', () => {
    expect(mediaFileName('Schéma du Réseau (v2).PNG')).toBe('schema-du-reseau-v2.png');
    expect(mediaFileName('../../etc/passwd.svg')).toBe('passwd.svg');
    expect(mediaFileName('C:\\Users\\moi\\photo.jpg')).toBe('photo.jpg');
    expect(mediaFileName('sous-titres.fr.vtt')).toBe('sous-titres-fr.vtt');
  });

  it('refuses a name without a media extension, or with nothing before it', () => {
    expect(mediaFileName('programme.exe')).toBeNull();
    expect(mediaFileName('page.html')).toBeNull();
    expect(mediaFileName('.png')).toBeNull();
    expect(mediaFileName('sans-extension')).toBeNull();
  });

  it('tells the kind of media from the extension', () => {
    expect(['a.svg', 'a.mp4', 'a.ogg', 'a.vtt'].map(mediaKindOf)).toEqual(['IMAGE', 'VIDEO', 'AUDIO', 'CAPTIONS']);
  });
});

describe('mediaRefusal', () => {
  it('keeps a file whose first bytes are what its extension says', () => {
    expect(mediaRefusal('schema.png', PNG)).toBeNull();
    expect(mediaRefusal('schema.svg', SVG)).toBeNull();
    expect(mediaRefusal('sous-titres.vtt', Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour'))).toBeNull();
  });

  it('refuses a renamed file, an empty one, one too large, and a type that is not media', () => {
    expect(mediaRefusal('photo.png', Buffer.from('MZ\x90\x00 a Windows program'))).toBe('MEDIA_CONTENT_MISMATCH');
    expect(mediaRefusal('photo.png', Buffer.alloc(0))).toBe('MEDIA_FILE_MISSING');
    expect(mediaRefusal('photo.png', PNG, 4)).toBe('MEDIA_TOO_LARGE');
    expect(mediaRefusal(null, PNG)).toBe('MEDIA_TYPE_NOT_ALLOWED');
  });

  it('refuses an SVG that could run or load anything', () => {
    const svg = (inner: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`);
    expect(mediaRefusal('a.svg', svg('<script>alert(1)</script>'))).toBe('MEDIA_SVG_ACTIVE');
    expect(mediaRefusal('a.svg', svg('<rect onload="alert(1)"/>'))).toBe('MEDIA_SVG_ACTIVE');
    expect(mediaRefusal('a.svg', svg('<a href="javascript:alert(1)"><text>x</text></a>'))).toBe('MEDIA_SVG_ACTIVE');
    expect(mediaRefusal('a.svg', svg('<image href="https://tracker.example/pixel.png"/>'))).toBe('MEDIA_SVG_ACTIVE');
    expect(mediaRefusal('a.svg', svg('<foreignObject><div>x</div></foreignObject>'))).toBe('MEDIA_SVG_ACTIVE');
    expect(mediaRefusal('a.svg', Buffer.from('<html><body>not an svg</body></html>'))).toBe('MEDIA_CONTENT_MISMATCH');
  });
});
