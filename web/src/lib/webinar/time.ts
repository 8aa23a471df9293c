/** Webinars are scheduled in the académies' zone: the form reads and writes Europe/Paris whatever the machine's. */
export const PARIS = 'Europe/Paris';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parisFields(ms: number): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields;
}

/** Minutes Paris is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function parisOffsetMinutes(ms: number): number {
  const f = parisFields(ms);
  const asUtc = Date.UTC(f['year']!, f['month']! - 1, f['day']!, f['hour']!, f['minute']!, f['second']!);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date (YYYY-MM-DD) and time (HH:MM) an instant shows on a clock in Paris: the form's fields. */
export function parisFieldsOf(iso: string): { date: string; time: string } {
  const f = parisFields(new Date(iso).getTime());
  return { date: `${f['year']}-${pad(f['month']!)}-${pad(f['day']!)}`, time: `${pad(f['hour']!)}:${pad(f['minute']!)}` };
}

/**
 * The instant of a date and time read on a clock in Paris, as an ISO string; null when the fields
 * are not a date and a time. Winter and summer time follow from the date; a time the spring change
 * skips (02:30 on the last Sunday of March) gives the instant an hour before it.
 */
export function parisInstant(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null;
  // The offset at the guess, then at the result: they differ only around a change of time.
  let instant = wall - parisOffsetMinutes(wall) * 60_000;
  const second = wall - parisOffsetMinutes(instant) * 60_000;
  if (parisOffsetMinutes(second) === parisOffsetMinutes(instant)) instant = second;
  return new Date(instant).toISOString();
}

/** « mardi 1 décembre 2026 », « 14:00 » in a zone, in the interface language. */
export function formatDay(iso: string, lang: string, timeZone = PARIS): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string, lang: string, timeZone = PARIS): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** « mardi 1 décembre 2026, 14:00 – 15:00 »; the end carries its day when it falls on another one. */
export function formatSpan(startIso: string, endIso: string, lang: string, timeZone = PARIS): string {
  const startDay = formatDay(startIso, lang, timeZone);
  const endDay = formatDay(endIso, lang, timeZone);
  const end = endDay === startDay ? formatTime(endIso, lang, timeZone) : `${endDay}, ${formatTime(endIso, lang, timeZone)}`;
  return `${startDay}, ${formatTime(startIso, lang, timeZone)} – ${end}`;
}

/** The viewer's zone when it shows other times than Paris at that instant; null when it is Paris's. */
export function otherZone(viewerZone: string | undefined, iso: string): string | null {
  if (!viewerZone || viewerZone === PARIS) return null;
  const at = new Date(iso);
  try {
    const inViewer = new Intl.DateTimeFormat('en-GB', { timeZone: viewerZone, dateStyle: 'short', timeStyle: 'short' }).format(at);
    const inParis = new Intl.DateTimeFormat('en-GB', { timeZone: PARIS, dateStyle: 'short', timeStyle: 'short' }).format(at);
    return inViewer === inParis ? null : viewerZone;
  } catch {
    return null; // a zone this browser does not know
  }
}

/** Whole minutes between two instants, for « dans 12 minutes ». */
export function minutesBetween(fromIso: string, toIso: string): number {
  return Math.round((new Date(toIso).getTime() - new Date(fromIso).getTime()) / 60_000);
}
