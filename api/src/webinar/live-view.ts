import type { LivePollRecord, LiveQuestionRecord } from './live-events.js';
import type { WebinarPoll, WebinarQuestion } from './live.types.js';

export interface Viewer {
  userId: string;
  /** A trainer of the webinar: sees hidden questions and live poll counts. */
  host: boolean;
}

/** A question as this viewer may see it: never who asked or who upvoted, hidden text only for trainers. */
export function questionFor(viewer: Viewer, question: LiveQuestionRecord): WebinarQuestion {
  const hiddenFromViewer = question.status === 'HIDDEN' && !viewer.host;
  return {
    id: question.id,
    webinarId: question.webinarId,
    text: hiddenFromViewer ? '' : question.text,
    status: question.status,
    askedAt: new Date(question.askedAt),
    upvotes: question.upvoterIds.length,
    upvotedByMe: question.upvoterIds.includes(viewer.userId),
    askedByMe: question.askedBy === viewer.userId,
  };
}

/** A poll as this viewer may see it: counts for trainers always, for learners once it is closed. */
export function pollFor(viewer: Viewer, poll: LivePollRecord): WebinarPoll {
  const choices = Object.values(poll.votes);
  const showCounts = viewer.host || poll.status === 'CLOSED';
  return {
    id: poll.id,
    webinarId: poll.webinarId,
    question: poll.question,
    kind: poll.kind,
    status: poll.status,
    options: poll.options.map((option) => ({
      id: option.id,
      label: option.label,
      votes: showCounts ? choices.filter((chosen) => chosen.includes(option.id)).length : null,
    })),
    voters: choices.length,
    myOptionIds: poll.votes[viewer.userId] ?? [],
    launchedAt: new Date(poll.launchedAt),
    closedAt: poll.closedAt ? new Date(poll.closedAt) : null,
  };
}

/** Learners are not told of each vote (they see counts at the close); trainers are. */
export function eventConcerns(viewer: Viewer, kind: string): boolean {
  return kind !== 'POLL_VOTED' || viewer.host;
}

/** The options a choice may take: one for a single choice, distinct known ids. */
export function validChoice(poll: Pick<LivePollRecord, 'kind' | 'options'>, optionIds: string[]): boolean {
  const known = new Set(poll.options.map((o) => o.id));
  const distinct = new Set(optionIds);
  if (distinct.size !== optionIds.length || optionIds.length === 0) return false;
  if (poll.kind === 'SINGLE' && optionIds.length !== 1) return false;
  return optionIds.every((id) => known.has(id));
}
