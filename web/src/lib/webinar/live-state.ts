/**
 * The live page's questions and polls, merged from three sources that may arrive in any order: the
 * snapshot the page reads (at load and after each reconnection), the events of the subscription, and
 * the answers to what this browser sent. Counts only grow (an upvote or a vote is never taken back),
 * a closed poll stays closed, and the snapshot decides which items exist (a question hidden while the
 * socket was down disappears), except those an event brought while the snapshot was on its way.
 */
export type QuestionStatus = 'OPEN' | 'ANSWERED' | 'HIDDEN';
export type PollStatus = 'OPEN' | 'CLOSED';

export interface LiveQuestion {
  id: string;
  text: string;
  status: QuestionStatus;
  askedAt: string;
  upvotes: number;
  upvotedByMe: boolean;
  askedByMe: boolean;
}

export interface LivePollOption {
  id: string;
  label: string;
  votes: number | null;
}

export interface LivePoll {
  id: string;
  question: string;
  kind: 'SINGLE' | 'MULTIPLE';
  status: PollStatus;
  voters: number;
  myOptionIds: string[];
  launchedAt: string;
  closedAt: string | null;
  options: LivePollOption[];
}

export interface LiveState {
  questions: LiveQuestion[];
  polls: LivePoll[];
}

export interface LiveEvent {
  question: LiveQuestion | null;
  poll: LivePoll | null;
}

export const emptyLive = (): LiveState => ({ questions: [], polls: [] });

export function mergeQuestion(current: LiveQuestion | undefined, incoming: LiveQuestion): LiveQuestion {
  if (!current) return incoming;
  return {
    ...incoming,
    upvotes: Math.max(current.upvotes, incoming.upvotes),
    upvotedByMe: current.upvotedByMe || incoming.upvotedByMe,
    askedByMe: current.askedByMe || incoming.askedByMe,
  };
}

export function mergePoll(current: LivePoll | undefined, incoming: LivePoll): LivePoll {
  if (!current) return incoming;
  const closed = current.status === 'CLOSED' || incoming.status === 'CLOSED';
  const before = new Map(current.options.map((o) => [o.id, o.votes]));
  return {
    ...incoming,
    status: closed ? 'CLOSED' : 'OPEN',
    closedAt: incoming.closedAt ?? current.closedAt,
    voters: Math.max(current.voters, incoming.voters),
    myOptionIds: incoming.myOptionIds.length > 0 ? incoming.myOptionIds : current.myOptionIds,
    options: incoming.options.map((option) => {
      const known = before.get(option.id) ?? null;
      if (option.votes === null) return { ...option, votes: known };
      return { ...option, votes: known === null ? option.votes : Math.max(known, option.votes) };
    }),
  };
}

function upsert<T extends { id: string }>(list: T[], item: T, merge: (current: T | undefined, incoming: T) => T): T[] {
  const index = list.findIndex((x) => x.id === item.id);
  if (index < 0) return [...list, merge(undefined, item)];
  const next = list.slice();
  next[index] = merge(list[index], item);
  return next;
}

/** One event of the subscription, or the answer to a mutation this browser sent. */
export function applyEvent(state: LiveState, event: LiveEvent): LiveState {
  let { questions, polls } = state;
  if (event.question) questions = upsert(questions, event.question, mergeQuestion);
  if (event.poll) polls = upsert(polls, event.poll, mergePoll);
  return { questions, polls };
}

/**
 * The snapshot read after a (re)connection. `keep` names the items events brought since the read
 * started: the snapshot may predate them.
 */
export function applySnapshot(state: LiveState, snapshot: LiveState, keep: readonly string[] = []): LiveState {
  const questions = snapshot.questions.map((q) =>
    mergeQuestion(
      state.questions.find((x) => x.id === q.id),
      q,
    ),
  );
  const polls = snapshot.polls.map((p) =>
    mergePoll(
      state.polls.find((x) => x.id === p.id),
      p,
    ),
  );
  for (const q of state.questions) if (keep.includes(q.id) && !questions.some((x) => x.id === q.id)) questions.push(q);
  for (const p of state.polls) if (keep.includes(p.id) && !polls.some((x) => x.id === p.id)) polls.push(p);
  return { questions, polls };
}

const time = (iso: string) => new Date(iso).getTime();

/**
 * Questions in the order the page lists them: open ones first, most upvoted first, then the oldest;
 * answered ones after. Hidden ones only for trainers (learners never get their text).
 */
export function orderedQuestions(questions: readonly LiveQuestion[], status: QuestionStatus): LiveQuestion[] {
  return questions
    .filter((q) => q.status === status)
    .sort((a, b) => (status === 'OPEN' ? b.upvotes - a.upvotes : 0) || time(a.askedAt) - time(b.askedAt) || a.id.localeCompare(b.id));
}

/** Polls newest first, the open one(s) before the closed ones. */
export function orderedPolls(polls: readonly LivePoll[]): LivePoll[] {
  return [...polls].sort((a, b) => (a.status === b.status ? 0 : a.status === 'OPEN' ? -1 : 1) || time(b.launchedAt) - time(a.launchedAt));
}

/** Share of the voters who chose an option, for the results bar (0 when nobody voted). */
export function share(votes: number | null, voters: number): number {
  if (!votes || voters <= 0) return 0;
  return Math.round((votes / voters) * 100);
}
