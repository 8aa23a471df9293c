import { describe, expect, it } from 'vitest';
import { checkH5pResult, InvalidH5pResult } from './h5p-result.js';

describe('checkH5pResult', () => {
  it('takes success when the content says it, whatever the score', () => {
    const passed = checkH5pResult({ raw: 1, max: 4, success: true });
    const failed = checkH5pResult({ raw: 4, max: 4, success: false });

    expect(passed).toEqual({ score: { scaled: 0.25, raw: 1, max: 4, success: true, completion: null }, correct: true });
    expect(failed.correct).toBe(false);
  });

  it('counts half the points or more as right when success is absent', () => {
    expect(checkH5pResult({ raw: 2, max: 4 }).correct).toBe(true);
    expect(checkH5pResult({ raw: 1, max: 3 }).correct).toBe(false);
    expect(checkH5pResult({ scaled: 0.5, completion: true })).toMatchObject({ score: { scaled: 0.5, completion: true }, correct: true });
  });

  it('computes scaled from raw and max, accepting the rounding H5P applies', () => {
    expect(checkH5pResult({ raw: 1, max: 3, scaled: 0.3333 }).score.scaled).toBe(0.3333);
    expect(checkH5pResult({ raw: 0, max: 0, scaled: 1 }).score.scaled).toBe(1);
  });

  it.each([
    [null],
    [{}],
    [{ raw: 3 }],
    [{ raw: 5, max: 4 }],
    [{ raw: -1, max: 4 }],
    [{ raw: 1, max: 1_000_000 }],
    [{ scaled: 1.5 }],
    [{ scaled: Number.NaN }],
    [{ raw: 1, max: 4, scaled: 0.9 }],
    [{ scaled: 0.8, success: 'yes' as unknown as boolean }],
  ])('refuses %j', (raw) => {
    expect(() => checkH5pResult(raw)).toThrow(InvalidH5pResult);
  });
});
