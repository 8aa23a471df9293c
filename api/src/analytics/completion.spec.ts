import { describe, expect, it } from 'vitest';
import { completionOf } from './completion.js';

const assignments = [
  { id: 'a1', moduleId: 'm1', dueOn: '2026-06-30' },
  { id: 'a2', moduleId: 'm2', dueOn: '2026-07-15' },
];
const statuses = [
  { userId: 'u1', moduleId: 'm1', status: 'COMPLETED' as const, completedAt: new Date('2026-06-01T10:00:00Z') },
  { userId: 'u2', moduleId: 'm1', status: 'IN_PROGRESS' as const, completedAt: null },
  { userId: 'u1', moduleId: 'm2', status: 'IN_PROGRESS' as const, completedAt: null },
];

describe('completionOf', () => {
  it('says where each member stands, not started when nothing is known', () => {
    const { progressOf } = completionOf(assignments, ['u1', 'u2', 'u3'], statuses, '2026-06-30');

    expect(progressOf('u1').map((p) => [p.status, p.overdue])).toEqual([
      ['COMPLETED', false],
      ['IN_PROGRESS', false],
    ]);
    expect(progressOf('u3').map((p) => p.status)).toEqual(['NOT_STARTED', 'NOT_STARTED']);
  });

  it('flags as overdue what is not completed once the due day is over, and counts it apart', () => {
    const { progressOf, totals } = completionOf(assignments, ['u1', 'u2', 'u3'], statuses, '2026-07-01');

    expect(progressOf('u2')[0]).toMatchObject({ status: 'IN_PROGRESS', overdue: true });
    expect(progressOf('u1')[0]).toMatchObject({ status: 'COMPLETED', overdue: false });
    expect(totals).toEqual([
      { assignmentId: 'a1', completed: 1, inProgress: 1, notStarted: 1, overdue: 2, total: 3 },
      { assignmentId: 'a2', completed: 0, inProgress: 1, notStarted: 2, overdue: 0, total: 3 },
    ]);
  });
});
