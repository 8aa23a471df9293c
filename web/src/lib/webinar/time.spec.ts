import { describe, expect, it } from 'vitest';
import { formatSpan, otherZone, parisFieldsOf, parisInstant, parisOffsetMinutes } from './time.ts';

describe('parisInstant', () => {
  it('reads a winter time as UTC+1 and a summer time as UTC+2', () => {
    expect(parisInstant('2026-12-01', '14:00')).toBe('2026-12-01T13:00:00.000Z');
    expect(parisInstant('2026-06-15', '09:30')).toBe('2026-06-15T07:30:00.000Z');
  });

  it('follows the change of time on the days it happens', () => {
    expect(parisInstant('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(parisInstant('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(parisInstant('2026-10-25', '04:00')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('refuses fields that are not a date and a time', () => {
    expect(parisInstant('', '14:00')).toBeNull();
    expect(parisInstant('2026-02-30', '14:00')).toBeNull();
    expect(parisInstant('2026-12-01', '25:00')).toBeNull();
    expect(parisInstant('2026-12-01', '')).toBeNull();
  });
});

describe('parisFieldsOf', () => {
  it('gives back the fields an instant shows in Paris, the round trip of the form', () => {
    expect(parisFieldsOf('2026-12-31T23:30:00Z')).toEqual({ date: '2027-01-01', time: '00:30' });
    expect(parisInstant(parisFieldsOf('2026-07-14T20:00:00Z').date, parisFieldsOf('2026-07-14T20:00:00Z').time)).toBe(
      '2026-07-14T20:00:00.000Z',
    );
  });

  it('knows the offset of Paris in winter and summer', () => {
    expect(parisOffsetMinutes(Date.parse('2026-01-10T12:00:00Z'))).toBe(60);
    expect(parisOffsetMinutes(Date.parse('2026-08-10T12:00:00Z'))).toBe(120);
  });
});

describe('formatSpan', () => {
  it('writes the day once when the webinar ends on the same day', () => {
    expect(formatSpan('2026-12-01T13:00:00Z', '2026-12-01T14:00:00Z', 'fr')).toBe('mardi 1 décembre 2026, 14:00 – 15:00');
  });

  it('writes it in the viewer’s zone when asked', () => {
    expect(formatSpan('2026-12-01T13:00:00Z', '2026-12-01T14:00:00Z', 'fr', 'America/Cayenne')).toBe(
      'mardi 1 décembre 2026, 10:00 – 11:00',
    );
  });
});

describe('otherZone', () => {
  it('names the viewer’s zone only when its clock differs from Paris', () => {
    expect(otherZone('Europe/Paris', '2026-12-01T13:00:00Z')).toBeNull();
    expect(otherZone('Europe/Brussels', '2026-12-01T13:00:00Z')).toBeNull();
    expect(otherZone('Indian/Reunion', '2026-12-01T13:00:00Z')).toBe('Indian/Reunion');
    expect(otherZone(undefined, '2026-12-01T13:00:00Z')).toBeNull();
    expect(otherZone('Not/AZone', '2026-12-01T13:00:00Z')).toBeNull();
  });
});
