/**
 * Activities answered one part at a time (true/false statements, flashcards, scenario steps) store
 * each part under its own key, `<elementId>/<itemId>` (ids never contain `/`).
 */
export function itemKey(elementId: string, itemId: string): string {
  return `${elementId}/${itemId}`;
}

/** Where a series resumes: the first item without a stored answer; `itemIds.length` when all have one. */
export function firstUnanswered(elementId: string, itemIds: readonly string[], isAnswered: (key: string) => boolean): number {
  const index = itemIds.findIndex((itemId) => !isAnswered(itemKey(elementId, itemId)));
  return index < 0 ? itemIds.length : index;
}
