import { isOverdue } from '../organisation/due-date.js';

export type ProgressStatus = 'COMPLETED' | 'IN_PROGRESS' | 'NOT_STARTED';

export interface AssignmentDue {
  id: string;
  moduleId: string;
  /** YYYY-MM-DD, due at the end of that day in Paris. */
  dueOn: string;
}

export interface ModuleStatus {
  userId: string;
  moduleId: string;
  status: 'COMPLETED' | 'IN_PROGRESS';
  completedAt: Date | null;
}

export interface AssignmentProgress {
  assignmentId: string;
  status: ProgressStatus;
  /** Not completed, and the due day (Paris) is over. */
  overdue: boolean;
  completedAt: Date | null;
}

export interface AssignmentTotals {
  assignmentId: string;
  completed: number;
  inProgress: number;
  notStarted: number;
  /** Among those in progress or not started: how many are late. */
  overdue: number;
  total: number;
}

/**
 * Where each member stands on each assignment of a cohort, and the totals per assignment over the
 * whole cohort. `today` is the Paris date (YYYY-MM-DD) the due dates are compared with.
 */
export function completionOf(assignments: AssignmentDue[], memberIds: readonly string[], statuses: ModuleStatus[], today: string) {
  const index = new Map(statuses.map((s) => [`${s.userId}:${s.moduleId}`, s]));
  const progressOf = (userId: string): AssignmentProgress[] =>
    assignments.map((assignment) => {
      const found = index.get(`${userId}:${assignment.moduleId}`);
      const status: ProgressStatus = found?.status ?? 'NOT_STARTED';
      return {
        assignmentId: assignment.id,
        status,
        overdue: isOverdue(assignment.dueOn, status, today),
        completedAt: found?.completedAt ?? null,
      };
    });
  const totals: AssignmentTotals[] = assignments.map((assignment) => ({
    assignmentId: assignment.id,
    completed: 0,
    inProgress: 0,
    notStarted: 0,
    overdue: 0,
    total: memberIds.length,
  }));
  for (const userId of memberIds) {
    progressOf(userId).forEach((progress, i) => {
      const total = totals[i]!;
      if (progress.status === 'COMPLETED') total.completed += 1;
      else if (progress.status === 'IN_PROGRESS') total.inProgress += 1;
      else total.notStarted += 1;
      if (progress.overdue) total.overdue += 1;
    });
  }
  return { progressOf, totals };
}
