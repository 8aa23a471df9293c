import { opaqueRightId } from '../catalogue/public-content.js';
import type { Item } from '../learning/items.js';
import type { XapiAgent } from './learner-actor.js';
import type { ProjectionSource } from './xapi.tables.js';
import { uuidV5 } from './uuid-v5.js';

/**
 * The platform's own learning events as xAPI statements (issue 8): which ADL verb, which activity,
 * which result and context. Pure: the projector loads the rows and calls these. See the mapping
 * table in docs/decisions/2026-11-29-xapi-lrs.md.
 */

type Json = Record<string, any>;

const ADL = 'http://adlnet.gov/expapi';
export const VERBS = {
  answered: { id: `${ADL}/verbs/answered`, display: { 'fr-FR': 'a répondu à', 'en-US': 'answered' } },
  responded: { id: `${ADL}/verbs/responded`, display: { 'fr-FR': 'a donné son avis sur', 'en-US': 'responded' } },
  completed: { id: `${ADL}/verbs/completed`, display: { 'fr-FR': 'a terminé', 'en-US': 'completed' } },
  attended: { id: `${ADL}/verbs/attended`, display: { 'fr-FR': 'a assisté à', 'en-US': 'attended' } },
} as const;
export const ACTIVITY_TYPES = {
  module: `${ADL}/activities/module`,
  interaction: `${ADL}/activities/cmi.interaction`,
  assessment: `${ADL}/activities/assessment`,
  meeting: `${ADL}/activities/meeting`,
} as const;

/** The id of the statement an event becomes: the same event, the same id, so a re-run stores nothing new. */
export function eventStatementId(source: ProjectionSource, sourceId: string): string {
  return uuidV5(`${source}:${sourceId}`);
}

export interface Activities {
  homePage: string;
}

export const activityIris = {
  module: (a: Activities, slug: string) => `${a.homePage}/xapi/activities/module/${encodeURIComponent(slug)}`,
  /** An element, or a part of one (`tf/s2`: a true/false statement, a scenario step, a flashcard). */
  element: (a: Activities, slug: string, key: string) =>
    `${activityIris.module(a, slug)}/element/${key.split('/').map(encodeURIComponent).join('/')}`,
  positioning: (a: Activities) => `${a.homePage}/xapi/activities/positioning`,
  webinar: (a: Activities, webinarId: string) => `${a.homePage}/xapi/activities/webinar/${webinarId}`,
  poll: (a: Activities, webinarId: string, pollId: string) => `${activityIris.webinar(a, webinarId)}/poll/${pollId}`,
  extension: (a: Activities, name: string) => `${a.homePage}/xapi/extensions/${name}`,
};

export interface ModuleRef {
  slug: string;
  title: string;
  versionNumber: number;
}

interface Base {
  activities: Activities;
  actor: XapiAgent;
}

export interface AnswerEvent extends Base {
  answerId: string;
  attemptId: string;
  module: ModuleRef;
  elementKey: string;
  /** The item answered, found in the attempt's version; null when the version no longer holds it. */
  item: Item | null;
  contentHash: string;
  response: Json;
  correct: boolean;
  graded: boolean;
  answeredAt: Date;
}

/** An answer to an element of a module: `answered` (`responded` for a poll), a cmi.interaction, the attempt as registration. */
export function answerStatement(event: AnswerEvent): Json {
  const { activities, module } = event;
  const poll = event.item?.kind === 'poll';
  return {
    id: eventStatementId('ANSWER', event.answerId),
    actor: event.actor,
    verb: poll ? VERBS.responded : VERBS.answered,
    object: elementActivity(activities, module.slug, event.elementKey, event.item, event.contentHash),
    result: answerResult(event.item, event.response, event.correct, event.graded),
    context: {
      registration: event.attemptId,
      contextActivities: { parent: [moduleActivity(activities, module)] },
      ...platformContext(activities, { 'module-version': module.versionNumber }),
    },
    timestamp: event.answeredAt.toISOString(),
  };
}

export interface CompletionEvent extends Base {
  attemptId: string;
  module: ModuleRef;
  startedAt: Date;
  completedAt: Date;
  correct: number;
  graded: number;
}

/** A finished attempt: `completed` the module, with its score (right answers over graded items) and duration. */
export function completionStatement(event: CompletionEvent): Json {
  const raw = Math.min(event.correct, event.graded);
  return {
    id: eventStatementId('ATTEMPT_COMPLETED', event.attemptId),
    actor: event.actor,
    verb: VERBS.completed,
    object: moduleActivity(event.activities, event.module),
    result: {
      completion: true,
      duration: isoDuration(event.completedAt.getTime() - event.startedAt.getTime()),
      ...(event.graded > 0 ? { score: { raw, min: 0, max: event.graded, scaled: round4(raw / event.graded) } } : {}),
    },
    context: {
      registration: event.attemptId,
      ...platformContext(event.activities, { 'module-version': event.module.versionNumber }),
    },
    timestamp: event.completedAt.toISOString(),
  };
}

export interface PositioningAnswerEvent extends Base {
  answerId: string;
  sessionId: string;
  module: ModuleRef;
  itemKey: string;
  item: Item | null;
  contentHash: string;
  response: Json | null;
  correct: boolean;
  skipped: boolean;
  answeredAt: Date;
}

/** A question of the positioning test: `answered` the element it comes from, the session as registration. */
export function positioningAnswerStatement(event: PositioningAnswerEvent): Json {
  const { activities } = event;
  const result = event.skipped
    ? { success: false, completion: false, extensions: { [activityIris.extension(activities, 'skipped')]: true } }
    : answerResult(event.item, event.response ?? {}, event.correct, true);
  return {
    id: eventStatementId('POSITIONING_ANSWER', event.answerId),
    actor: event.actor,
    verb: VERBS.answered,
    object: elementActivity(activities, event.module.slug, event.itemKey, event.item, event.contentHash),
    result,
    context: {
      registration: event.sessionId,
      contextActivities: { parent: [positioningActivity(activities)], grouping: [moduleActivity(activities, event.module)] },
      ...platformContext(activities, {}),
    },
    timestamp: event.answeredAt.toISOString(),
  };
}

export interface PositioningResultEvent extends Base {
  sessionId: string;
  startedAt: Date;
  completedAt: Date;
  results: { competencyCode: string; pix: number; level: number }[];
}

/** A finished positioning test: `completed` the test, with the pix and level measured on each competency. */
export function positioningResultStatement(event: PositioningResultEvent): Json {
  const { activities } = event;
  return {
    id: eventStatementId('POSITIONING_COMPLETED', event.sessionId),
    actor: event.actor,
    verb: VERBS.completed,
    object: positioningActivity(activities),
    result: {
      completion: true,
      duration: isoDuration(event.completedAt.getTime() - event.startedAt.getTime()),
      extensions: {
        [activityIris.extension(activities, 'crcn-results')]: event.results.map((r) => ({
          competency: r.competencyCode,
          pix: r.pix,
          level: r.level,
        })),
      },
    },
    context: { registration: event.sessionId, ...platformContext(activities, {}) },
    timestamp: event.completedAt.toISOString(),
  };
}

export interface PollVoteEvent extends Base {
  pollId: string;
  userId: string;
  webinar: { id: string; title: string };
  question: string;
  options: { id: string; label: string }[];
  optionIds: string[];
  votedAt: Date;
}

/** A vote in a webinar poll: `responded`, the poll as a choice interaction within the webinar. */
export function pollVoteStatement(event: PollVoteEvent): Json {
  const { activities } = event;
  return {
    id: eventStatementId('POLL_VOTE', `${event.pollId}/${event.userId}`),
    actor: event.actor,
    verb: VERBS.responded,
    object: {
      objectType: 'Activity',
      id: activityIris.poll(activities, event.webinar.id, event.pollId),
      definition: {
        name: fr(event.question),
        type: ACTIVITY_TYPES.interaction,
        interactionType: 'choice',
        choices: event.options.map((o) => ({ id: o.id, description: fr(o.label) })),
      },
    },
    result: { response: event.optionIds.join('[,]'), completion: true },
    context: { contextActivities: { parent: [webinarActivity(activities, event.webinar)] }, ...platformContext(activities, {}) },
    timestamp: event.votedAt.toISOString(),
  };
}

export interface AttendanceEvent extends Base {
  userId: string;
  webinar: { id: string; title: string };
  joinedAt: Date;
  secondsPresent: number;
}

/** A learner counted as present at a webinar: `attended` the meeting, with the time present. */
export function attendanceStatement(event: AttendanceEvent): Json {
  return {
    id: eventStatementId('WEBINAR_ATTENDED', `${event.webinar.id}/${event.userId}`),
    actor: event.actor,
    verb: VERBS.attended,
    object: webinarActivity(event.activities, event.webinar),
    result: { completion: true, duration: isoDuration(event.secondsPresent * 1000) },
    context: platformContext(event.activities, {}),
    timestamp: event.joinedAt.toISOString(),
  };
}

function moduleActivity(activities: Activities, module: ModuleRef): Json {
  return {
    objectType: 'Activity',
    id: activityIris.module(activities, module.slug),
    definition: { name: fr(module.title), type: ACTIVITY_TYPES.module },
  };
}

function positioningActivity(activities: Activities): Json {
  return {
    objectType: 'Activity',
    id: activityIris.positioning(activities),
    definition: { name: { 'fr-FR': 'Test de positionnement', 'en-US': 'Positioning test' }, type: ACTIVITY_TYPES.assessment },
  };
}

function webinarActivity(activities: Activities, webinar: { id: string; title: string }): Json {
  return {
    objectType: 'Activity',
    id: activityIris.webinar(activities, webinar.id),
    definition: { name: fr(webinar.title), type: ACTIVITY_TYPES.meeting },
  };
}

function platformContext(activities: Activities, extensions: Record<string, unknown>): Json {
  const entries = Object.entries(extensions).map(([name, value]) => [activityIris.extension(activities, name), value]);
  return { platform: 'Continuité', language: 'fr-FR', ...(entries.length > 0 ? { extensions: Object.fromEntries(entries) } : {}) };
}

/** The element as a cmi.interaction, with the interaction type and the components learners saw (never the solution). */
function elementActivity(activities: Activities, slug: string, key: string, item: Item | null, contentHash: string): Json {
  const id = activityIris.element(activities, slug, key);
  if (!item) return { objectType: 'Activity', id, definition: { name: fr(key), type: ACTIVITY_TYPES.interaction } };
  const definition: Json = { type: ACTIVITY_TYPES.interaction };
  const choices = (list: { id: string; text: string }[]) => list.map((c) => ({ id: c.id, description: fr(plainText(c.text)) }));
  switch (item.kind) {
    case 'question':
      definition.name = fr(plainText(item.element.prompt));
      if (item.element.type === 'short-answer') definition.interactionType = 'fill-in';
      else Object.assign(definition, { interactionType: 'choice', choices: choices(item.element.choices) });
      break;
    case 'poll':
      Object.assign(definition, {
        name: fr(plainText(item.element.prompt)),
        interactionType: 'choice',
        choices: choices(item.element.choices),
      });
      break;
    case 'ordering':
      Object.assign(definition, {
        name: fr(plainText(item.element.prompt)),
        interactionType: 'sequencing',
        choices: choices(item.element.items),
      });
      break;
    case 'matching':
      Object.assign(definition, {
        name: fr(plainText(item.element.prompt)),
        interactionType: 'matching',
        source: item.element.pairs.map((p) => ({ id: p.id, description: fr(plainText(p.left)) })),
        // The right-hand ids the learner's browser saw: opaque, so that they give away no pair.
        target: item.element.pairs.map((p) => ({
          id: opaqueRightId(contentHash, item.element.id, p.id),
          description: fr(plainText(p.right)),
        })),
      });
      break;
    case 'statement':
      Object.assign(definition, { name: fr(plainText(item.statement.text)), interactionType: 'true-false' });
      break;
    case 'step':
      Object.assign(definition, {
        name: fr(plainText(item.step.situation)),
        interactionType: 'choice',
        choices: choices(item.step.choices ?? []),
      });
      break;
    case 'card':
      Object.assign(definition, {
        name: fr(plainText(item.card.front)),
        interactionType: 'likert',
        scale: [
          { id: 'KNEW', description: { 'fr-FR': 'Je savais', 'en-US': 'Knew it' } },
          { id: 'UNSURE', description: { 'fr-FR': 'J’hésitais', 'en-US': 'Unsure' } },
          { id: 'DID_NOT_KNOW', description: { 'fr-FR': 'Je ne savais pas', 'en-US': 'Did not know' } },
        ],
      });
      break;
    case 'h5p':
      Object.assign(definition, { name: fr(item.element.title ?? 'Activité H5P'), interactionType: 'other' });
      break;
  }
  return { objectType: 'Activity', id, definition };
}

/** success and score for graded items (1 or 0, an H5P activity its own score), the response in the interaction's pattern. */
function answerResult(item: Item | null, response: Json, correct: boolean, graded: boolean): Json {
  const result: Json = { completion: true };
  if (item?.kind === 'h5p') {
    const score = (response.h5p ?? {}) as { scaled?: number; raw?: number | null; max?: number | null };
    result.success = correct;
    if (typeof score.scaled === 'number') {
      result.score = { scaled: score.scaled };
      if (typeof score.raw === 'number' && typeof score.max === 'number')
        Object.assign(result.score, { raw: score.raw, min: 0, max: score.max });
    }
    return result;
  }
  if (graded) {
    result.success = correct;
    result.score = { scaled: correct ? 1 : 0, raw: correct ? 1 : 0, min: 0, max: 1 };
  }
  const text = responsePattern(response);
  if (text !== null) result.response = text;
  return result;
}

/** The learner's response as the cmi.interaction patterns write it (`a[,]b`, `l[.]r[,]…`, `true`). */
export function responsePattern(response: Json): string | null {
  if (Array.isArray(response.choiceIds)) return response.choiceIds.join('[,]');
  if (Array.isArray(response.order)) return response.order.join('[,]');
  if (Array.isArray(response.pairs)) return response.pairs.map((p: Json) => `${p.leftId}[.]${p.rightId}`).join('[,]');
  if (typeof response.value === 'boolean') return String(response.value);
  if (typeof response.text === 'string') return response.text;
  if (typeof response.rating === 'string') return response.rating;
  return null;
}

function fr(text: string): Record<string, string> {
  return { 'fr-FR': text };
}

/** Markdown as a short plain text for an activity's name: no markup, one line, at most 250 characters. */
export function plainText(markdown: string, max = 250): string {
  const text = markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text || '—';
}

/** An ISO 8601 duration in seconds, as xAPI writes it (PT12.5S; never negative). */
export function isoDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 10) / 100);
  return `PT${seconds}S`;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
