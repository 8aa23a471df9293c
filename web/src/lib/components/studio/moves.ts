import { tick } from 'svelte';
import type { DraftEditor } from './draft.svelte.ts';
import type { Path } from './paths.ts';

/**
 * Moves an item of a list and keeps the keyboard on it: the focus goes to the same button of the
 * item at its new place (or the other one at an end), and the move is announced.
 */
export async function moveAndFollow(
  draft: DraftEditor<unknown>,
  path: Path,
  from: number,
  to: number,
  focus: { listId: string; button: 'up' | 'down' } | null,
  announcement: string,
): Promise<void> {
  if (!draft.move(path, from, to)) return;
  draft.announce(announcement);
  if (!focus) return;
  await tick();
  const wanted = document.getElementById(`${focus.listId}-${to}-${focus.button}`) as HTMLButtonElement | null;
  const other = document.getElementById(`${focus.listId}-${to}-${focus.button === 'up' ? 'down' : 'up'}`) as HTMLButtonElement | null;
  (wanted && !wanted.disabled ? wanted : other)?.focus();
}

/** Drag and drop between the items of one list: the dragged item's list and index travel with it. */
export function dragData(listId: string, index: number): string {
  return `${listId}#${index}`;
}

export function droppedIndex(data: string, listId: string): number | null {
  const [list, index] = data.split('#');
  return list === listId && index !== undefined && /^\d+$/.test(index) ? Number(index) : null;
}
