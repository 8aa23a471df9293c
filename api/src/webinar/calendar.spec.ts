import { describe, expect, it } from 'vitest';
import { calendarFilename, webinarCalendar } from './calendar.js';

const webinar = {
  id: '6f1d8a3e-0000-4000-8000-000000000001',
  title: 'Sécuriser ses mots de passe',
  description: 'Avec des exemples',
  startsAt: new Date('2026-12-01T13:00:00Z'),
  endsAt: new Date('2026-12-01T14:00:00Z'),
  cancelled: false,
  pageUrl: 'https://continuite.test/webinaires/6f1d8a3e-0000-4000-8000-000000000001',
};

describe('webinarCalendar', () => {
  it('writes one event in UTC with the webinar’s uid, title and page', () => {
    const ics = webinarCalendar(webinar, new Date('2026-11-29T10:00:00Z')).replace(/\r\n[ \t]/g, '');

    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('DTSTART:20261201T130000Z');
    expect(ics).toContain('DTEND:20261201T140000Z');
    expect(ics).toContain('UID:webinar-6f1d8a3e-0000-4000-8000-000000000001@continuite');
    expect(ics).toContain('SUMMARY:Sécuriser ses mots de passe');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain(`URL:${webinar.pageUrl}`);
  });

  it('marks a cancelled webinar CANCELLED', () => {
    expect(webinarCalendar({ ...webinar, cancelled: true }, new Date())).toContain('STATUS:CANCELLED');
  });
});

describe('calendarFilename', () => {
  it('keeps letters and digits of the title', () => {
    expect(calendarFilename('Sécuriser ses mots de passe !')).toBe('securiser-ses-mots-de-passe.ics');
    expect(calendarFilename('???')).toBe('webinaire.ics');
  });
});
