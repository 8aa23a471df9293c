/** Two readings further apart than this do not count the time between them (the person left, or a reading was missed). */
export const MAX_READING_GAP_MS = 3 * 60_000;

export interface PresenceSoFar {
  lastSeenAt: Date | null;
  secondsPresent: number;
}

/**
 * One reading of who is in the room: a person seen again soon after the previous reading is
 * credited the time between the two; a person seen for the first time (or after a gap) starts
 * counting from now.
 */
export function addReading(before: PresenceSoFar | undefined, now: Date): PresenceSoFar {
  if (!before?.lastSeenAt) return { lastSeenAt: now, secondsPresent: before?.secondsPresent ?? 0 };
  const gap = now.getTime() - before.lastSeenAt.getTime();
  const credited = gap > 0 && gap <= MAX_READING_GAP_MS ? Math.round(gap / 1000) : 0;
  return { lastSeenAt: now, secondsPresent: before.secondsPresent + credited };
}

export function minutesOf(secondsPresent: number): number {
  return Math.floor(secondsPresent / 60);
}

/** Attended: present, for at least the threshold the trainer set. */
export function hasAttended(present: boolean, secondsPresent: number, thresholdMinutes: number): boolean {
  return present && secondsPresent >= thresholdMinutes * 60;
}
