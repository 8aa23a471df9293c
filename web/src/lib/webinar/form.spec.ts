import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, fieldOfReason, validateDraft, type WebinarDraft } from './form.ts';

const NOW = new Date('2026-11-29T10:00:00Z');
const draft = (over: Partial<WebinarDraft> = {}): WebinarDraft => ({
  ...emptyDraft('org-1'),
  title: 'Mots de passe : les bons réflexes',
  date: '2026-12-01',
  startTime: '14:00',
  endTime: '15:00',
  capacity: '2',
  cohortIds: ['cohort-1'],
  roomUrl: 'https://visio.education.fr/salle',
  ...over,
});

describe('validateDraft', () => {
  it('turns the Paris wall-clock fields into instants and the audience into lists', () => {
    const { input, errors } = validateDraft(draft(), NOW);

    expect(errors).toBeNull();
    expect(input).toMatchObject({
      startsAt: '2026-12-01T13:00:00.000Z',
      endsAt: '2026-12-01T14:00:00.000Z',
      capacity: 2,
      openToAll: false,
      organisationIds: [],
      cohortIds: ['cohort-1'],
      roomKind: 'VISIO',
      followUpModuleSlug: null,
    });
  });

  it('puts each mistake beside its field', () => {
    const { errors } = validateDraft(
      draft({ title: 'a', endTime: '13:00', capacity: '0', cohortIds: [], roomUrl: 'visio', attendanceThresholdMinutes: '-5' }),
      NOW,
    );

    expect(errors).toEqual({
      title: 'webinar.form.error.title',
      endTime: 'webinar.form.error.order',
      capacity: 'webinar.form.error.capacity',
      audience: 'webinar.form.error.audience',
      roomUrl: 'webinar.form.error.roomUrl',
      attendanceThresholdMinutes: 'webinar.form.error.threshold',
    });
  });

  it('refuses a start in the past, unless it is the start the webinar already has', () => {
    expect(validateDraft(draft({ date: '2026-11-28' }), NOW).errors).toEqual({ date: 'webinar.form.error.past' });
    expect(
      validateDraft(draft({ date: '2026-11-29', startTime: '09:00', endTime: '12:00' }), NOW, '2026-11-29T08:00:00.000Z').errors,
    ).toBeNull();
  });

  it('needs no address for a room the platform creates', () => {
    expect(validateDraft(draft({ roomKind: 'PLATFORM_BIGBLUEBUTTON', roomUrl: '' }), NOW).input?.roomUrl).toBeNull();
  });
});

describe('draftOf', () => {
  it('gives back the fields of a scheduled webinar', () => {
    const back = draftOf({
      organisation: { id: 'org-1' },
      title: 'T',
      description: '',
      startsAt: '2026-07-01T07:30:00Z',
      endsAt: '2026-07-01T09:00:00Z',
      capacity: 40,
      audience: { openToAll: false, organisations: [{ id: 'org-2' }], cohorts: [] },
      roomKind: 'JITSI',
      roomUrl: 'https://meet.jit.si/x',
      slideDeckUrl: null,
      followUpModuleSlug: 'mots-de-passe',
      attendanceThresholdMinutes: 45,
    });

    expect(back).toMatchObject({ date: '2026-07-01', startTime: '09:30', endTime: '11:00', audience: 'ORGANISATIONS', capacity: '40' });
  });
});

describe('fieldOfReason', () => {
  it('places the api’s refusals beside the field they concern', () => {
    expect(fieldOfReason('WEBINAR_CAPACITY_BELOW_REGISTERED')).toBe('capacity');
    expect(fieldOfReason('SOMETHING_ELSE')).toBeNull();
  });
});
