import { DomainError } from '../core/errors.js';

/** Reason codes of webinars (issue 7); the web turns each into a French (then English) sentence. */
export const WebinarErrors = {
  notFound: () => new DomainError('WEBINAR_NOT_FOUND', 'NOT_FOUND', 'No webinar open to you has this id.'),
  outOfScope: () => new DomainError('OUT_OF_SCOPE', 'FORBIDDEN', 'This organisation or cohort is not in your scope.'),
  badSchedule: () =>
    new DomainError('WEBINAR_BAD_SCHEDULE', 'BAD_USER_INPUT', 'The end must come after the start, and the start in the future.'),
  audienceRequired: () =>
    new DomainError('WEBINAR_AUDIENCE_REQUIRED', 'BAD_USER_INPUT', 'Open the webinar to all, or name organisations or cohorts.'),
  roomUrlRequired: () =>
    new DomainError('WEBINAR_ROOM_URL_REQUIRED', 'BAD_USER_INPUT', 'A BigBlueButton, Visio or Jitsi room needs its address (https).'),
  bbbNotConfigured: () =>
    new DomainError('BBB_NOT_CONFIGURED', 'BAD_USER_INPUT', 'The platform has no BigBlueButton server (BBB_URL and BBB_SECRET).'),
  bbbUnavailable: () => new DomainError('BBB_UNAVAILABLE', 'CONFLICT', 'The BigBlueButton server did not answer as expected.'),
  moduleNotFound: () => new DomainError('MODULE_NOT_FOUND', 'NOT_FOUND', 'No module has this slug.'),
  capacityBelowRegistered: (registered: number) =>
    new DomainError('WEBINAR_CAPACITY_BELOW_REGISTERED', 'CONFLICT', `${registered} people already hold a place.`, { registered }),
  cancelled: () => new DomainError('WEBINAR_CANCELLED', 'CONFLICT', 'This webinar is cancelled.'),
  over: () => new DomainError('WEBINAR_OVER', 'CONFLICT', 'This webinar is over.'),
  notRegistered: () => new DomainError('WEBINAR_NOT_REGISTERED', 'FORBIDDEN', 'Register for this webinar first.'),
  notOpenYet: () => new DomainError('WEBINAR_NOT_OPEN_YET', 'CONFLICT', 'The room opens 15 minutes before the start.'),
  questionNotFound: () => new DomainError('QUESTION_NOT_FOUND', 'NOT_FOUND', 'No question of a webinar open to you has this id.'),
  pollNotFound: () => new DomainError('POLL_NOT_FOUND', 'NOT_FOUND', 'No poll of a webinar open to you has this id.'),
  pollClosed: () => new DomainError('POLL_CLOSED', 'CONFLICT', 'This poll is closed.'),
  pollAlreadyAnswered: () => new DomainError('POLL_ALREADY_ANSWERED', 'CONFLICT', 'You already answered this poll.'),
  badPollChoice: () =>
    new DomainError('POLL_BAD_CHOICE', 'BAD_USER_INPUT', 'Choose one option of the poll (several for a multiple choice).'),
  personNotRegistered: () => new DomainError('PERSON_NOT_REGISTERED', 'NOT_FOUND', 'This person is not registered for this webinar.'),
};
