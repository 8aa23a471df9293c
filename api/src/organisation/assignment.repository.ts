import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';

export interface AssignmentRecord {
  id: string;
  cohortId: string;
  moduleId: string;
  /** YYYY-MM-DD: due at the end of that day (Europe/Paris). */
  dueOn: string;
  assignedBy: string | null;
  createdAt: Date;
}

@Injectable()
export class AssignmentRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private selectAssignments() {
    return this.db
      .selectFrom('assignments')
      .select([
        'id',
        'cohort_id as cohortId',
        'module_id as moduleId',
        sql<string>`to_char(due_on, 'YYYY-MM-DD')`.as('dueOn'),
        'assigned_by as assignedBy',
        'created_at as createdAt',
      ]);
  }

  findAssignment(id: string): Promise<AssignmentRecord | undefined> {
    return this.selectAssignments().where('id', '=', id).executeTakeFirst();
  }

  findAssignmentsOfCohorts(cohortIds: readonly string[]): Promise<AssignmentRecord[]> {
    if (cohortIds.length === 0) return Promise.resolve([]);
    return this.selectAssignments().where('cohort_id', 'in', cohortIds).orderBy('due_on').orderBy('created_at').execute();
  }

  /** A module assigned again to the same cohort keeps one assignment, with the new due date. */
  async upsertAssignments(cohortId: string, moduleIds: string[], dueOn: string, assignedBy: string): Promise<void> {
    if (moduleIds.length === 0) return;
    await this.db
      .insertInto('assignments')
      .values(moduleIds.map((moduleId) => ({ cohort_id: cohortId, module_id: moduleId, due_on: dueOn, assigned_by: assignedBy })))
      .onConflict((oc) => oc.columns(['cohort_id', 'module_id']).doUpdateSet({ due_on: dueOn, assigned_by: assignedBy }))
      .execute();
  }

  async deleteAssignment(id: string): Promise<void> {
    await this.db.deleteFrom('assignments').where('id', '=', id).execute();
  }
}
