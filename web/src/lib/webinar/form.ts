import type { MessageKey } from '#lib/i18n/index.ts';
import { parisFieldsOf, parisInstant } from './time.ts';

export type RoomKind = 'BIGBLUEBUTTON' | 'VISIO' | 'JITSI' | 'PLATFORM_BIGBLUEBUTTON';
export const ROOM_KINDS: readonly RoomKind[] = ['VISIO', 'JITSI', 'BIGBLUEBUTTON', 'PLATFORM_BIGBLUEBUTTON'];
export type AudienceKind = 'ALL' | 'ORGANISATIONS' | 'COHORTS';

/** The schedule form as typed: strings for what the person types, Paris wall-clock date and times. */
export interface WebinarDraft {
  organisationId: string;
  title: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: string;
  audience: AudienceKind;
  organisationIds: string[];
  cohortIds: string[];
  roomKind: RoomKind;
  roomUrl: string;
  slideDeckUrl: string;
  followUpModuleSlug: string;
  attendanceThresholdMinutes: string;
}

export type DraftField =
  | 'organisationId'
  | 'title'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'capacity'
  | 'audience'
  | 'roomUrl'
  | 'slideDeckUrl'
  | 'followUpModuleSlug'
  | 'attendanceThresholdMinutes';

export interface WebinarInputValues {
  organisationId: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  openToAll: boolean;
  organisationIds: string[];
  cohortIds: string[];
  roomKind: RoomKind;
  roomUrl: string | null;
  slideDeckUrl: string | null;
  followUpModuleSlug: string | null;
  attendanceThresholdMinutes: number;
}

export interface ExistingWebinar {
  organisation: { id: string };
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  audience: { openToAll: boolean; organisations: { id: string }[]; cohorts: { id: string }[] };
  roomKind: RoomKind;
  roomUrl: string | null;
  slideDeckUrl: string | null;
  followUpModuleSlug: string | null;
  attendanceThresholdMinutes: number;
}

export function emptyDraft(organisationId = ''): WebinarDraft {
  return {
    organisationId,
    title: '',
    description: '',
    date: '',
    startTime: '14:00',
    endTime: '15:00',
    capacity: '30',
    audience: 'COHORTS',
    organisationIds: [],
    cohortIds: [],
    roomKind: 'VISIO',
    roomUrl: '',
    slideDeckUrl: '',
    followUpModuleSlug: '',
    attendanceThresholdMinutes: '0',
  };
}

export function draftOf(webinar: ExistingWebinar): WebinarDraft {
  const start = parisFieldsOf(webinar.startsAt);
  const { audience } = webinar;
  return {
    organisationId: webinar.organisation.id,
    title: webinar.title,
    description: webinar.description,
    date: start.date,
    startTime: start.time,
    endTime: parisFieldsOf(webinar.endsAt).time,
    capacity: String(webinar.capacity),
    audience: audience.openToAll ? 'ALL' : audience.cohorts.length > 0 ? 'COHORTS' : 'ORGANISATIONS',
    organisationIds: audience.organisations.map((o) => o.id),
    cohortIds: audience.cohorts.map((c) => c.id),
    roomKind: webinar.roomKind,
    roomUrl: webinar.roomUrl ?? '',
    slideDeckUrl: webinar.slideDeckUrl ?? '',
    followUpModuleSlug: webinar.followUpModuleSlug ?? '',
    attendanceThresholdMinutes: String(webinar.attendanceThresholdMinutes),
  };
}

const HTTP_URL = /^https?:\/\/\S+$/;
const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** The instants of the draft: one day, a start and an end read on a clock in Paris. */
export function draftTimes(draft: Pick<WebinarDraft, 'date' | 'startTime' | 'endTime'>): { startsAt: string; endsAt: string } | null {
  const startsAt = parisInstant(draft.date, draft.startTime);
  const endsAt = parisInstant(draft.date, draft.endTime);
  if (!startsAt || !endsAt) return null;
  return { startsAt, endsAt };
}

/** Checks the draft as the api would, so each mistake shows beside its field before anything is sent. */
export function validateDraft(
  draft: WebinarDraft,
  now: Date = new Date(),
  /** The start the webinar has now: kept as it is, it may be past (a session under way is edited). */
  currentStart?: string,
): { input: WebinarInputValues; errors: null } | { input: null; errors: Partial<Record<DraftField, MessageKey>> } {
  const errors: Partial<Record<DraftField, MessageKey>> = {};
  if (!draft.organisationId) errors.organisationId = 'webinar.form.error.organisation';
  if (draft.title.trim().length < 3) errors.title = 'webinar.form.error.title';
  const times = draftTimes(draft);
  if (!parisInstant(draft.date, '12:00')) errors.date = 'webinar.form.error.date';
  else if (!times) errors.startTime = 'webinar.form.error.time';
  else if (new Date(times.endsAt) <= new Date(times.startsAt)) errors.endTime = 'webinar.form.error.order';
  else if (new Date(times.startsAt) <= now && times.startsAt !== currentStart) errors.date = 'webinar.form.error.past';
  const capacity = wholeNumber(draft.capacity);
  if (!(capacity >= 1 && capacity <= 10_000)) errors.capacity = 'webinar.form.error.capacity';
  if (draft.audience === 'ORGANISATIONS' && draft.organisationIds.length === 0) errors.audience = 'webinar.form.error.audience';
  if (draft.audience === 'COHORTS' && draft.cohortIds.length === 0) errors.audience = 'webinar.form.error.audience';
  const platform = draft.roomKind === 'PLATFORM_BIGBLUEBUTTON';
  if (!platform && !HTTP_URL.test(draft.roomUrl.trim())) errors.roomUrl = 'webinar.form.error.roomUrl';
  if (draft.slideDeckUrl.trim() && !HTTP_URL.test(draft.slideDeckUrl.trim())) errors.slideDeckUrl = 'webinar.form.error.url';
  const threshold = wholeNumber(draft.attendanceThresholdMinutes);
  if (!(threshold >= 0 && threshold <= 1440)) errors.attendanceThresholdMinutes = 'webinar.form.error.threshold';
  if (Object.keys(errors).length > 0 || !times) return { input: null, errors };
  return {
    errors: null,
    input: {
      organisationId: draft.organisationId,
      title: draft.title.trim(),
      description: draft.description.trim(),
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      capacity,
      openToAll: draft.audience === 'ALL',
      organisationIds: draft.audience === 'ORGANISATIONS' ? draft.organisationIds : [],
      cohortIds: draft.audience === 'COHORTS' ? draft.cohortIds : [],
      roomKind: draft.roomKind,
      roomUrl: platform ? null : draft.roomUrl.trim(),
      slideDeckUrl: draft.slideDeckUrl.trim() || null,
      followUpModuleSlug: draft.followUpModuleSlug || null,
      attendanceThresholdMinutes: threshold,
    },
  };
}

/** Where the api's refusal belongs in the form; the rest goes above the submit button. */
export function fieldOfReason(reason: string | undefined): DraftField | null {
  switch (reason) {
    case 'WEBINAR_BAD_SCHEDULE':
      return 'date';
    case 'WEBINAR_AUDIENCE_REQUIRED':
      return 'audience';
    case 'WEBINAR_ROOM_URL_REQUIRED':
    case 'BBB_NOT_CONFIGURED':
      return 'roomUrl';
    case 'MODULE_NOT_FOUND':
      return 'followUpModuleSlug';
    case 'WEBINAR_CAPACITY_BELOW_REGISTERED':
      return 'capacity';
    case 'OUT_OF_SCOPE':
      return 'organisationId';
    default:
      return null;
  }
}

/** The webinar just scheduled in this tab: its page says so once (a flash message, not kept in the address). */
export const justScheduled = { id: '' };
