/**
 * A hint in localStorage that answers wait in the offline queue, so that a page without the player
 * loads the queue code (and IndexedDB) only when there is something to send.
 */
const FLAG = 'continuite.offline-queue';

export function markPending(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(FLAG, '1');
    else localStorage.removeItem(FLAG);
  } catch {
    // storage refused (private mode): the player still sends on its own page
  }
}

export function hasPending(): boolean {
  try {
    return localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}
