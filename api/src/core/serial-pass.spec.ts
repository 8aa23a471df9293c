import { describe, expect, it } from 'vitest';
import { SerialPass } from './serial-pass.js';

/** A pass that reads the queue when it starts, waits for `release`, then takes what it read. */
function queueWorker() {
  const queue: string[] = [];
  const taken: string[][] = [];
  let release: () => void = () => undefined;
  let passes = 0;
  const worker = new SerialPass(async () => {
    passes += 1;
    const batch = queue.splice(0);
    await new Promise<void>((resolve) => (release = resolve));
    taken.push(batch);
    return batch.length;
  });
  return { queue, taken, worker, release: () => release(), passes: () => passes };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SerialPass', () => {
  it('gives a caller that arrives during a pass the next pass, which sees what the caller queued', async () => {
    const w = queueWorker();
    w.queue.push('a');
    const first = w.worker.run();
    await tick();
    w.queue.push('b');
    const second = w.worker.run();
    w.release();
    expect(await first).toBe(1);
    await tick();
    w.release();
    expect(await second).toBe(1);
    expect(w.taken).toEqual([['a'], ['b']]);
  });

  it('never runs two passes at once, and callers arriving during one pass share the next', async () => {
    const w = queueWorker();
    const first = w.worker.run();
    await tick();
    const others = [w.worker.run(), w.worker.run(), w.worker.run()];
    expect(w.passes()).toBe(1);
    w.release();
    await first;
    await tick();
    expect(w.passes()).toBe(2);
    w.release();
    await Promise.all(others);
    expect(w.passes()).toBe(2);
  });

  it('starts the next pass even when the one under way failed', async () => {
    let calls = 0;
    const worker = new SerialPass(async () => {
      calls += 1;
      await tick();
      if (calls === 1) throw new Error('SMTP down');
      return calls;
    });
    const first = worker.run();
    const second = worker.run();
    await expect(first).rejects.toThrow('SMTP down');
    expect(await second).toBe(2);
    await worker.settled();
  });
});
