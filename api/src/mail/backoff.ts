/** After this many failed sends a mail is left in the outbox as failed: an admin sees it with its last error. */
export const MAX_SEND_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 6 * 3600_000;

/**
 * When to try a failed mail again: one minute after the first failure, doubling up to six hours;
 * null once MAX_SEND_ATTEMPTS have failed.
 */
export function nextAttemptAfterFailure(now: Date, attempts: number): Date | null {
  if (attempts >= MAX_SEND_ATTEMPTS) return null;
  const wait = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
  return new Date(now.getTime() + wait);
}
