import { describe, expect, it } from 'vitest';
import { firstUnanswered, itemKey } from './series.ts';

describe('itemKey', () => {
  it('keys a part of an activity under its element', () => {
    expect(itemKey('vrai-faux', 's2')).toBe('vrai-faux/s2');
  });
});

describe('firstUnanswered', () => {
  const answered =
    (...keys: string[]) =>
    (key: string) =>
      keys.includes(key);

  it('resumes a true/false series at the first statement without an answer', () => {
    expect(firstUnanswered('tf', ['s1', 's2', 's3'], answered('tf/s1'))).toBe(1);
  });

  it('starts at the beginning when nothing was answered', () => {
    expect(firstUnanswered('tf', ['s1', 's2'], answered())).toBe(0);
  });

  it('goes back to a statement skipped in between', () => {
    expect(firstUnanswered('tf', ['s1', 's2', 's3'], answered('tf/s1', 'tf/s3'))).toBe(1);
  });

  it('is past the end once every item has an answer', () => {
    expect(firstUnanswered('cards', ['c1', 'c2'], answered('cards/c1', 'cards/c2'))).toBe(2);
  });

  it('reads only the answers of its own element', () => {
    expect(firstUnanswered('tf', ['s1'], answered('other/s1', 'tf'))).toBe(0);
  });
});
