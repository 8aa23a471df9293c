/** When an attempt of one learner on one module was open: from its start (or download) to its last answer or completion. */
export interface AttemptPeriod {
  id: string;
  userId: string;
  moduleId: string;
  startedAt: Date;
  completedAt: Date | null;
}

export interface GradedAnswer {
  attemptId: string;
  skillId: string | null;
  correct: boolean;
  graded: boolean;
  answeredAt: Date;
}

/**
 * A module played on two devices at once (downloaded twice, then both synchronised) leaves two
 * attempts whose answers interleave in time. Both are kept and the best counts (issue 9): within
 * attempts of one learner on one module whose periods overlap, a wrong answer on a skill that
 * another of those attempts answered right is left out, whichever was given last. Attempts that
 * follow one another are a retake: there the latest answer still decides. Order is kept.
 */
export function bestOfConcurrentAttempts<T extends GradedAnswer>(answers: T[], attempts: AttemptPeriod[]): T[] {
  const groupOf = concurrentGroups(answers, attempts);
  const rightIn = new Map<string, Set<string>>();
  for (const a of answers) {
    const group = groupOf.get(a.attemptId);
    if (!group || !a.graded || !a.correct || !a.skillId) continue;
    const key = `${group}|${a.skillId}`;
    rightIn.set(key, (rightIn.get(key) ?? new Set()).add(a.attemptId));
  }
  return answers.filter((a) => {
    const group = groupOf.get(a.attemptId);
    if (!group || !a.graded || a.correct || !a.skillId) return true;
    const rightElsewhere = [...(rightIn.get(`${group}|${a.skillId}`) ?? [])].some((attemptId) => attemptId !== a.attemptId);
    return !rightElsewhere;
  });
}

/** Attempt id → a key shared by the attempts it overlaps (directly or through another); only attempts with company. */
function concurrentGroups(answers: GradedAnswer[], attempts: AttemptPeriod[]): Map<string, string> {
  const lastAnswer = new Map<string, number>();
  for (const a of answers) lastAnswer.set(a.attemptId, Math.max(lastAnswer.get(a.attemptId) ?? -Infinity, a.answeredAt.getTime()));
  const byModule = new Map<string, { id: string; start: number; end: number }[]>();
  for (const attempt of attempts) {
    const start = attempt.startedAt.getTime();
    const end = Math.max(start, attempt.completedAt?.getTime() ?? -Infinity, lastAnswer.get(attempt.id) ?? -Infinity);
    const key = `${attempt.userId}|${attempt.moduleId}`;
    byModule.set(key, [...(byModule.get(key) ?? []), { id: attempt.id, start, end }]);
  }
  const groups = new Map<string, string>();
  for (const periods of byModule.values()) {
    periods.sort((a, b) => a.start - b.start);
    let group: { id: string; end: number; members: string[] } | undefined;
    const close = () => {
      if (group && group.members.length > 1) for (const id of group.members) groups.set(id, group.id);
    };
    for (const period of periods) {
      if (group && period.start <= group.end) {
        group.members.push(period.id);
        group.end = Math.max(group.end, period.end);
        continue;
      }
      close();
      group = { id: period.id, end: period.end, members: [period.id] };
    }
    close();
  }
  return groups;
}
