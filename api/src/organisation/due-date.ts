/** Today's date in Paris, YYYY-MM-DD: due dates are calendar days of the académie. */
export function parisDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Overdue: not completed, and the due day is over (in Paris). */
export function isOverdue(dueOn: string, status: 'COMPLETED' | 'IN_PROGRESS' | 'NOT_STARTED', today: string): boolean {
  return status !== 'COMPLETED' && dueOn < today;
}
