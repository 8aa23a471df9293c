import { describe, expect, it } from 'vitest';
import { nextReading } from './webinar-jobs.service.js';

const at = (iso: string) => new Date(iso);

describe('nextReading', () => {
  it('keeps a minute cadence from the planned time, however late this reading ran', () => {
    expect(nextReading(at('2026-12-01T14:00:00.000Z'), at('2026-12-01T14:00:00.850Z'))).toEqual(at('2026-12-01T14:01:00.000Z'));
  });

  it('goes on from the same minute marks after the worker was stopped for a while, without catching up', () => {
    expect(nextReading(at('2026-12-01T13:45:00.000Z'), at('2026-12-01T14:05:30.000Z'))).toEqual(at('2026-12-01T14:06:00.000Z'));
  });
});
