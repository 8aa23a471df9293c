import type {
  AnswerResponseInput,
  AnswerResultFieldsFragment,
  ModulePageQuery,
  PlayerGrainFragment,
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

interface QueuedBase {
  /** The idempotency key: the server stores the answer once however many times it is sent. */
  key: string;
  userId: string;
  attemptId: string;
  /** When the learner answered (or finished), by this device's clock. */
  at: string;
}

export interface QueuedAnswer extends QueuedBase {
  kind: 'answer';
  versionId: string | null;
  /** The answer key: element id, or `<elementId>/<itemId>`. */
  elementId: string;
  response: AnswerResponseInput;
  /** A refusal by the server (never a network failure): the reason code, and the answer is no longer sent. */
  rejected: string | null;
}

export interface QueuedFinish extends QueuedBase {
  kind: 'finish';
  rejected: string | null;
}

export type QueueEntry = QueuedAnswer | QueuedFinish;
