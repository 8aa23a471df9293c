import { describe, expect, it } from 'vitest';
import { latestOnly } from './latest-only.ts';

describe('latestOnly', () => {
  it('sends one value at a time and skips to the newest one', async () => {
    const sent: number[] = [];
    const releases: (() => void)[] = [];
    const sender = latestOnly((value: number) => {
      sent.push(value);
      return new Promise<void>((resolve) => releases.push(resolve));
    });

    sender.push(1);
    sender.push(2);
    sender.push(3);
    releases.shift()?.();
    await Promise.resolve();
    await Promise.resolve();
    releases.shift()?.();
    await sender.idle();

    expect(sent).toEqual([1, 3]);
  });

  it('carries on after a failed send', async () => {
    const sent: number[] = [];
    const sender = latestOnly(async (value: number) => {
      sent.push(value);
      if (value === 1) throw new Error('offline');
    });

    sender.push(1);
    await sender.idle();
    sender.push(2);
    await sender.idle();

    expect(sent).toEqual([1, 2]);
  });
});
