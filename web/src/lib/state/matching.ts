import type { MessageKey } from '#lib/i18n/index.ts';

export interface Pair {
  leftId: string;
  rightId: string;
}

export type MatchingCheck =
  | { ok: true; pairs: Pair[] }
  /** `invalid`: the left items whose choice is missing or shared with another one. */
  | { ok: false; errorKey: MessageKey; invalid: string[] };

/**
 * Checks a matching answer before it is sent: every left item paired, no right item used twice
 * (the api refuses both). `chosen` maps a left id to the chosen right id ('' or absent: none).
 */
export function checkMatching(leftIds: readonly string[], chosen: Readonly<Record<string, string | undefined>>): MatchingCheck {
  const missing = leftIds.filter((leftId) => !chosen[leftId]);
  if (missing.length > 0) return { ok: false, errorKey: 'player.matching.incomplete', invalid: missing };

  const uses = new Map<string, number>();
  for (const leftId of leftIds) uses.set(chosen[leftId]!, (uses.get(chosen[leftId]!) ?? 0) + 1);
  const shared = leftIds.filter((leftId) => (uses.get(chosen[leftId]!) ?? 0) > 1);
  if (shared.length > 0) return { ok: false, errorKey: 'player.matching.duplicate', invalid: shared };

  return { ok: true, pairs: leftIds.map((leftId) => ({ leftId, rightId: chosen[leftId]! })) };
}
