const DAY_MS = 86_400_000;

export interface RetentionPolicy {
  months: number;
  noticeDays: number;
}

export interface RetentionCutoffs {
  /** Accounts last active before this are erased (once noticed, when they have an e-mail). */
  eraseInactiveSince: Date;
  /** Accounts last active before this get the notice: they reach the erasure date within noticeDays. */
  noticeInactiveSince: Date;
  /** A notice counts only once sent before this: the person had the full notice period. */
  noticeSentBefore: Date;
}

/** The instants a retention pass compares last activity and notices with, at `now`. */
export function retentionCutoffs(now: Date, policy: RetentionPolicy): RetentionCutoffs {
  const eraseInactiveSince = monthsBefore(now, policy.months);
  return {
    eraseInactiveSince,
    noticeInactiveSince: new Date(eraseInactiveSince.getTime() + policy.noticeDays * DAY_MS),
    noticeSentBefore: new Date(now.getTime() - policy.noticeDays * DAY_MS),
  };
}

/** When an account noticed at `noticedAt` is erased if it stays inactive: both delays must be over. */
export function erasureDate(lastActiveAt: Date, noticedAt: Date, policy: RetentionPolicy): Date {
  const byInactivity = monthsAfter(lastActiveAt, policy.months);
  const byNotice = new Date(noticedAt.getTime() + policy.noticeDays * DAY_MS);
  return byInactivity > byNotice ? byInactivity : byNotice;
}

/** Calendar months (UTC): 31 March minus one month is 3 March, as Date arithmetic does; close enough for years of retention. */
function monthsBefore(at: Date, months: number): Date {
  return monthsAfter(at, -months);
}

function monthsAfter(at: Date, months: number): Date {
  const date = new Date(at);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date;
}
