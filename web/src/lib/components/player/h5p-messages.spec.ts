import { describe, expect, it } from 'vitest';
import { H5P_CHANNEL, frameHeight, readFrameMessage } from './h5p-messages.ts';

describe('readFrameMessage', () => {
  it('reads the four messages of the H5P frame', () => {
    expect(readFrameMessage({ channel: H5P_CHANNEL, type: 'ready' })).toEqual({ type: 'ready' });
    expect(readFrameMessage({ channel: H5P_CHANNEL, type: 'resize', height: 320 })).toEqual({ type: 'resize', height: 320 });
    expect(readFrameMessage({ channel: H5P_CHANNEL, type: 'state', state: '{"a":1}' })).toEqual({ type: 'state', state: '{"a":1}' });
    expect(
      readFrameMessage({
        channel: H5P_CHANNEL,
        type: 'result',
        result: { raw: 1, max: 2, scaled: 0.5, success: true, completion: true, actor: 'x' },
      }),
    ).toEqual({ type: 'result', result: { raw: 1, max: 2, scaled: 0.5, success: true, completion: true } });
  });

  it('ignores other channels, unknown types and ill-formed fields', () => {
    expect(readFrameMessage({ context: 'h5p', action: 'hello' })).toBeNull();
    expect(readFrameMessage('ready')).toBeNull();
    expect(readFrameMessage({ channel: H5P_CHANNEL, type: 'navigate', to: '/' })).toBeNull();
    expect(readFrameMessage({ channel: H5P_CHANNEL, type: 'resize', height: 'tall' })).toBeNull();
    expect(readFrameMessage({ channel: H5P_CHANNEL, type: 'result', result: { success: true } })).toBeNull();
    expect(readFrameMessage({ channel: H5P_CHANNEL, type: 'state', state: { a: 1 } })).toBeNull();
    expect(readFrameMessage({ channel: H5P_CHANNEL, type: 'state', state: 'x'.repeat(300 * 1024) })).toBeNull();
  });

  it('keeps the frame height within bounds', () => {
    expect(frameHeight(10)).toBe(160);
    expect(frameHeight(512.2)).toBe(513);
    expect(frameHeight(1e9)).toBe(4000);
  });
});
