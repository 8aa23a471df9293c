/**
 * When an answer counts as given. The browser says when the learner answered (an answer queued
 * offline reaches us hours later, and competencies follow answers in the order they were given);
 * a wrong clock must not place it before its attempt began or in the future.
 */
export function answeredAt(claimed: Date | undefined, attemptStartedAt: Date, now: Date): Date {
  if (!claimed || Number.isNaN(claimed.getTime())) return now;
  if (claimed.getTime() > now.getTime()) return now;
  if (claimed.getTime() < attemptStartedAt.getTime()) return attemptStartedAt;
  return claimed;
}
