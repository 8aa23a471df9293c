import { describe, expect, it } from 'vitest';
import { pseudonymCode } from './pseudonym.js';

const key = Buffer.from('a server key');
const userId = '6f1d2c2e-8d1f-4b8a-9a57-2f2d0c6c1a10';

describe('pseudonymCode', () => {
  it('gives the same learner the same six-character code every time', () => {
    expect(pseudonymCode(key, userId)).toBe(pseudonymCode(key, userId));
    expect(pseudonymCode(key, userId)).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it('gives another code to another learner, and another one under another key', () => {
    const other = '0a7e1f55-3c3b-4d8e-8f0e-1b9a2d3c4e5f';

    expect(pseudonymCode(key, other)).not.toBe(pseudonymCode(key, userId));
    expect(pseudonymCode(Buffer.from('another key'), userId)).not.toBe(pseudonymCode(key, userId));
  });

  it('spreads codes widely: 2,000 learners get 2,000 different codes or nearly', () => {
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => pseudonymCode(key, `user-${i}`)));

    expect(codes.size).toBeGreaterThanOrEqual(1998);
  });
});
