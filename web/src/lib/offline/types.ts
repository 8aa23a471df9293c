import type {
  AnswerResponseInput,
  AnswerResultFieldsFragment,
  ModulePageQuery,
  PlayerGrainFragment,
  ReviewItemFieldsFragment,
  ReviewOutcomeFieldsFragment,
} from '#lib/graphql/generated/graphql.ts';

/** What the module page shows, kept so that it still shows offline. */
export type ModulePageData = NonNullable<ModulePageQuery['module']>;

/** A module downloaded by one learner on this device: the public content of one version, never a solution. */
export interface ModuleDownload {
  /** `<userId>/<slug>`: a shared computer keeps each learner's downloads apart. */
  id: string;
  userId: string;
  slug: string;
  title: string;
  /** Made here once per download; the server reserves one attempt per key (see reserveOfflineAttempt). */
  downloadKey: string;
  attemptId: string;
  versionId: string;
  version: number;
  grains: PlayerGrainFragment[];
  /** Results the server already had when the module was downloaded (a retried download, a resume). */
  answers: AnswerResultFieldsFragment[];
  currentGrainIndex: number;
  page: ModulePageData;
  /** Files kept in the Cache API for this download: media, and the module's and player's pages. */
  media: { url: string; bytes: number }[];
  /** Content and media, in bytes. */
  bytes: number;
  downloadedAt: string;
  /** Set when the learner finished the module on this device (sent or still waiting). */
  finishedAt: string | null;
}

/**
 * The day's review session downloaded by one learner on this device (issue 9): its items as the
 * learner sees them (public content, never a solution) and the outcomes known since (after answering).
 */
export interface ReviewDownload {
  /** The learner's id: one review download per learner on a device. */
  id: string;
  userId: string;
  /** Cards due by the end of the day when it was downloaded. */
  dueCount: number;
  items: ReviewItemFieldsFragment[];
  /** Outcomes the server sent back for items of this session (corrections, after answering). */
  outcomes: ReviewOutcomeFieldsFragment[];
  /** Files kept in the Cache API: media of the items and the review page. */
  media: { url: string; bytes: number }[];
  /** Content and files, in bytes. */
  bytes: number;
  downloadedAt: string;
}

interface QueuedBase {
  /** The idempotency key: the server stores the answer once however many times it is sent. */
  key: string;
  userId: string;
  /** When the learner answered (or finished), by this device's clock. */
  at: string;
}

export interface QueuedAnswer extends QueuedBase {
  kind: 'answer';
  attemptId: string;
  versionId: string | null;
  /** The answer key: element id, or `<elementId>/<itemId>`. */
  elementId: string;
  response: AnswerResponseInput;
  /** A refusal by the server (never a network failure): the reason code, and the answer is no longer sent. */
  rejected: string | null;
}

export interface QueuedFinish extends QueuedBase {
  kind: 'finish';
  attemptId: string;
  rejected: string | null;
}

/** A review of the day's session (answerReview): no attempt, the card is what it answers. */
export interface QueuedReview extends QueuedBase {
  kind: 'review';
  cardId: string;
  /** The element the learner answered in the session (for the question components), e.g. `vf` or `cartes`. */
  elementId: string;
  response: AnswerResponseInput;
  rejected: string | null;
}

/** What a module attempt queues: kept apart so that the player reads only its own entries. */
export type QueuedAttemptEntry = QueuedAnswer | QueuedFinish;
export type QueueEntry = QueuedAttemptEntry | QueuedReview;
