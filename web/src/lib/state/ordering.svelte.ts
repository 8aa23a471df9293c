/**
 * The order a learner gives to the items of an ordering question, changed by drag and drop or by
 * the "Monter" / "Descendre" buttons (the keyboard equivalent). No network: the component sends.
 */
export class OrderingState {
  order = $state<string[]>([]);

  constructor(itemIds: readonly string[]) {
    this.order = [...itemIds];
  }

  /** 0-based position of an item, -1 when unknown. */
  positionOf(itemId: string): number {
    return this.order.indexOf(itemId);
  }

  /** Puts an item at `index` (clamped to the list); returns whether it moved. */
  moveTo(itemId: string, index: number): boolean {
    const from = this.positionOf(itemId);
    if (from < 0 || !Number.isFinite(index)) return false;
    const to = Math.min(Math.max(Math.trunc(index), 0), this.order.length - 1);
    if (to === from) return false;
    const order = this.order.filter((id) => id !== itemId);
    order.splice(to, 0, itemId);
    this.order = order;
    return true;
  }

  /** One place up (-1) or down (+1); false at either end, where nothing moves. */
  moveBy(itemId: string, delta: -1 | 1): boolean {
    const from = this.positionOf(itemId);
    if (from < 0) return false;
    const to = from + delta;
    if (to < 0 || to >= this.order.length) return false;
    return this.moveTo(itemId, to);
  }
}
