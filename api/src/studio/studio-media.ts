import path from 'node:path';

/**
 * Media a trainer uploads for a module (images, video, audio, captions): the rules, without files.
 * A file is kept only when its name ends with an allowed extension and its first bytes are what
 * that extension announces, so a program renamed `photo.png` is refused.
 */

export type MediaKind = 'IMAGE' | 'VIDEO' | 'AUDIO' | 'CAPTIONS';

export type MediaRefusal =
  'MEDIA_FILE_MISSING' | 'MEDIA_TOO_LARGE' | 'MEDIA_TYPE_NOT_ALLOWED' | 'MEDIA_CONTENT_MISMATCH' | 'MEDIA_SVG_ACTIVE';

export const MEDIA_KINDS: Record<string, MediaKind> = {
  png: 'IMAGE',
  jpg: 'IMAGE',
  jpeg: 'IMAGE',
  webp: 'IMAGE',
  gif: 'IMAGE',
  svg: 'IMAGE',
  mp4: 'VIDEO',
  webm: 'VIDEO',
  mp3: 'AUDIO',
  ogg: 'AUDIO',
  vtt: 'CAPTIONS',
};

/** 50 MB: a 5-minute lesson video at a modest bit rate; larger files belong on a video platform. */
export const MAX_MEDIA_BYTES = 50 * 1024 * 1024;

/**
 * The name a file is kept under: its base name only (no folder), without accents, lower case,
 * with anything but letters, digits, dots and hyphens turned into hyphens. null when nothing is left
 * or the extension is not a media one.
 */
export function mediaFileName(original: string): string | null {
  const base = path.posix.basename(original.replaceAll('\\', '/'));
  const cleaned = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+/, '')
    .replace(/-+\./g, '.');
  const dot = cleaned.lastIndexOf('.');
  if (dot <= 0) return null;
  const extension = cleaned.slice(dot + 1);
  if (!(extension in MEDIA_KINDS)) return null;
  const stem = cleaned.slice(0, dot).replace(/\./g, '-').slice(0, 80).replace(/-+$/, '');
  return stem ? `${stem}.${extension}` : null;
}

export function mediaKindOf(fileName: string): MediaKind | null {
  return MEDIA_KINDS[fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase()] ?? null;
}

const startsWith = (data: Buffer, bytes: number[], offset = 0) => bytes.every((byte, i) => data[offset + i] === byte);
const ascii = (data: Buffer, text: string, offset = 0) => data.subarray(offset, offset + text.length).toString('latin1') === text;

/** Whether the first bytes are those of the format the extension names. */
function looksLike(extension: string, data: Buffer): boolean {
  switch (extension) {
    case 'png':
      return startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpg':
    case 'jpeg':
      return startsWith(data, [0xff, 0xd8, 0xff]);
    case 'gif':
      return ascii(data, 'GIF87a') || ascii(data, 'GIF89a');
    case 'webp':
      return ascii(data, 'RIFF') && ascii(data, 'WEBP', 8);
    case 'mp4':
      return ascii(data, 'ftyp', 4);
    case 'webm':
      return startsWith(data, [0x1a, 0x45, 0xdf, 0xa3]);
    case 'mp3':
      return ascii(data, 'ID3') || (data[0] === 0xff && ((data[1] ?? 0) & 0xe0) === 0xe0);
    case 'ogg':
      return ascii(data, 'OggS');
    case 'vtt':
      return /^(\uFEFF)?WEBVTT(\s|$)/.test(data.subarray(0, 16).toString('utf8'));
    case 'svg':
      return /^(\uFEFF)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(
        data.subarray(0, 4096).toString('utf8'),
      );
    default:
      return false;
  }
}

/**
 * What makes an SVG active: scripts, event handlers, links to scripts or to other documents. The
 * platform shows images with <img> (where an SVG runs nothing) and serves them with a sandboxing
 * policy, so this is a third lock: an SVG that carries any of these is refused rather than cleaned.
 */
const ACTIVE_SVG =
  /<\s*script\b|<\s*foreignObject\b|<\s*iframe\b|<\s*embed\b|<\s*object\b|\bon[a-z]+\s*=|javascript:|<!ENTITY|(?:xlink:)?href\s*=\s*["']\s*(?!#)/i;

/** Why this file cannot be kept, or null when it can. */
export function mediaRefusal(fileName: string | null, data: Buffer, maxBytes = MAX_MEDIA_BYTES): MediaRefusal | null {
  if (data.length === 0) return 'MEDIA_FILE_MISSING';
  if (data.length > maxBytes) return 'MEDIA_TOO_LARGE';
  if (!fileName) return 'MEDIA_TYPE_NOT_ALLOWED';
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  if (!looksLike(extension, data)) return 'MEDIA_CONTENT_MISMATCH';
  if (extension === 'svg' && ACTIVE_SVG.test(data.toString('utf8'))) return 'MEDIA_SVG_ACTIVE';
  return null;
}
