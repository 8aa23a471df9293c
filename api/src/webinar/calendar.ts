import { createEvent } from 'ics';

export interface CalendarWebinar {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  /** The webinar's page on the platform: the room is joined from there. */
  pageUrl: string;
}

/**
 * The webinar as an iCalendar file (RFC 5545). Times are written in UTC (…Z): every calendar shows
 * them in its own zone, so a Paris 14:00 stays 14:00 in Paris, winter and summer alike.
 */
export function webinarCalendar(webinar: CalendarWebinar, stamp: Date): string {
  const { error, value } = createEvent({
    uid: `webinar-${webinar.id}@continuite`,
    productId: 'continuite/webinaires',
    method: 'PUBLISH',
    title: webinar.title,
    description: [webinar.description, webinar.pageUrl].filter(Boolean).join('\n\n'),
    url: webinar.pageUrl,
    location: webinar.pageUrl,
    start: webinar.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: webinar.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: webinar.cancelled ? 'CANCELLED' : 'CONFIRMED',
    // A later version of the same event (moved, cancelled) replaces the earlier one in calendars.
    sequence: Math.floor(stamp.getTime() / 1000) % 2_000_000_000,
    created: stamp.getTime(),
    lastModified: stamp.getTime(),
  });
  if (error || !value) throw error ?? new Error('ics: no calendar');
  return value;
}

/** The calendar file's name: the title as letters, digits and dashes. */
export function calendarFilename(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'webinaire'}.ics`;
}
