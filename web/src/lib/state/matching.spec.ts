import { describe, expect, it } from 'vitest';
import { checkMatching } from './matching.ts';

describe('checkMatching', () => {
  const lefts = ['photo', 'citation', 'site'];

  it('gives one pair per left item, in the order of the left items', () => {
    const check = checkMatching(lefts, { site: 'r3', photo: 'r1', citation: 'r2' });

    expect(check).toEqual({
      ok: true,
      pairs: [
        { leftId: 'photo', rightId: 'r1' },
        { leftId: 'citation', rightId: 'r2' },
        { leftId: 'site', rightId: 'r3' },
      ],
    });
  });

  it('refuses an answer with an item left unpaired, and points to it', () => {
    const check = checkMatching(lefts, { photo: 'r1', citation: '' });

    expect(check).toEqual({ ok: false, errorKey: 'player.matching.incomplete', invalid: ['citation', 'site'] });
  });

  it('refuses a right item chosen twice, and points to both left items', () => {
    const check = checkMatching(lefts, { photo: 'r1', citation: 'r1', site: 'r3' });

    expect(check).toEqual({ ok: false, errorKey: 'player.matching.duplicate', invalid: ['photo', 'citation'] });
  });
});
