/**
 * What the sandboxed H5P frame may say to the lesson page (api/src/h5p/frame/player.js is the other
 * side). Anything else, including H5P's own resize chatter, is ignored: a package's script runs in
 * that frame and may post whatever it likes, so every field is checked here.
 */
export const H5P_CHANNEL = 'continuite-h5p';
/** A saved state larger than this is not sent (the api keeps 256 KB at most). */
export const MAX_STATE_LENGTH = 256 * 1024;

export interface H5pFrameResult {
  scaled: number | null;
  raw: number | null;
  max: number | null;
  success: boolean | null;
  completion: boolean | null;
}

export type H5pFrameMessage =
  { type: 'ready' } | { type: 'resize'; height: number } | { type: 'result'; result: H5pFrameResult } | { type: 'state'; state: string };

const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

export function readFrameMessage(data: unknown): H5pFrameMessage | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as Record<string, unknown>;
  if (message['channel'] !== H5P_CHANNEL) return null;
  switch (message['type']) {
    case 'ready':
      return { type: 'ready' };
    case 'resize': {
      const height = number(message['height']);
      return height === null ? null : { type: 'resize', height };
    }
    case 'result': {
      const result = message['result'];
      if (!result || typeof result !== 'object') return null;
      const r = result as Record<string, unknown>;
      const read = {
        scaled: number(r['scaled']),
        raw: number(r['raw']),
        max: number(r['max']),
        success: flag(r['success']),
        completion: flag(r['completion']),
      };
      // The api checks the ranges; a result without any score is not one.
      return read.scaled === null && (read.raw === null || read.max === null) ? null : { type: 'result', result: read };
    }
    case 'state': {
      const state = message['state'];
      return typeof state === 'string' && state.length <= MAX_STATE_LENGTH ? { type: 'state', state } : null;
    }
    default:
      return null;
  }
}

/** The frame grows with its content, within bounds a package cannot push past. */
export function frameHeight(height: number): number {
  return Math.min(Math.max(Math.ceil(height), 160), 4000);
}
