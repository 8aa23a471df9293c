export interface AttemptFacts {
  userId: string;
  startedAt: Date;
  completedAt: Date | null;
}

export interface AttemptSummary {
  attempts: number;
  completed: number;
  learners: number;
  /** Percent of attempts completed, rounded; null without attempts. */
  completionRate: number | null;
  /** Median minutes from start to completion, to one decimal; null before a completion. */
  medianMinutes: number | null;
}

/** Attempts, completion and median time of a module, over every attempt of every learner. */
export function summariseAttempts(attempts: readonly AttemptFacts[]): AttemptSummary {
  const durations = attempts
    .filter((a) => a.completedAt !== null)
    .map((a) => (a.completedAt!.getTime() - a.startedAt.getTime()) / 60_000)
    .sort((a, b) => a - b);
  const completed = durations.length;
  const middle = Math.floor(completed / 2);
  const median = completed === 0 ? null : completed % 2 === 1 ? durations[middle]! : (durations[middle - 1]! + durations[middle]!) / 2;
  return {
    attempts: attempts.length,
    completed,
    learners: new Set(attempts.map((a) => a.userId)).size,
    completionRate: attempts.length === 0 ? null : Math.round((100 * completed) / attempts.length),
    medianMinutes: median === null ? null : Math.round(median * 10) / 10,
  };
}
