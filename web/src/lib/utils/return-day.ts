const TIME_ZONE = 'Europe/Paris';

function yearIn(date: Date): string {
  return new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: TIME_ZONE }).format(date);
}

/**
 * The day an item comes back for review, as the learner says it: « 3 décembre », "December 3"; with
 * the year only when it is not this one. Days are the académies' (Europe/Paris), whatever the machine's.
 */
export function formatReturnDay(iso: string, lang: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const withYear = yearIn(date) !== yearIn(now);
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: withYear ? 'numeric' : undefined,
    timeZone: TIME_ZONE,
  }).format(date);
}
