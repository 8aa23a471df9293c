import { describe, expect, it } from 'vitest';
import { OrderingState } from './ordering.svelte.ts';

describe('OrderingState', () => {
  it('starts in the order the items came in', () => {
    expect(new OrderingState(['c', 'a', 'b']).order).toEqual(['c', 'a', 'b']);
  });

  it('moves an item one place up or down', () => {
    const ordering = new OrderingState(['a', 'b', 'c']);

    expect(ordering.moveBy('c', -1)).toBe(true);
    expect(ordering.order).toEqual(['a', 'c', 'b']);
    expect(ordering.moveBy('a', 1)).toBe(true);

    expect(ordering.order).toEqual(['c', 'a', 'b']);
    expect(ordering.positionOf('a')).toBe(1);
  });

  it('moves nothing past either end, and says so', () => {
    const ordering = new OrderingState(['a', 'b', 'c']);

    expect(ordering.moveBy('a', -1)).toBe(false);
    expect(ordering.moveBy('c', 1)).toBe(false);

    expect(ordering.order).toEqual(['a', 'b', 'c']);
  });

  it('puts a dropped item where it was dropped, the others closing up', () => {
    const ordering = new OrderingState(['a', 'b', 'c', 'd']);

    expect(ordering.moveTo('a', 2)).toBe(true);
    expect(ordering.order).toEqual(['b', 'c', 'a', 'd']);
    expect(ordering.moveTo('d', 0)).toBe(true);

    expect(ordering.order).toEqual(['d', 'b', 'c', 'a']);
  });

  it('ignores an unknown item, a drop on itself, and keeps a drop inside the list', () => {
    const ordering = new OrderingState(['a', 'b', 'c']);

    expect(ordering.moveTo('z', 0)).toBe(false);
    expect(ordering.moveTo('b', 1)).toBe(false);
    expect(ordering.moveTo('a', 99)).toBe(true);

    expect(ordering.order).toEqual(['b', 'c', 'a']);
  });
});
