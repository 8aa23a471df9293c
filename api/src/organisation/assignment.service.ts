import { Injectable } from '@nestjs/common';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { Clock } from '../core/clock.js';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { LearningService } from '../learning/learning.service.js';
import { AuditService } from '../privacy/audit.service.js';
import { type AssignmentRecord, AssignmentRepository } from './assignment.repository.js';
import { isOverdue, parisDate } from './due-date.js';
import { OrganisationErrors } from './organisation.errors.js';
import { type CohortRecord, OrganisationRepository } from './organisation.repository.js';
import { OrganisationService } from './organisation.service.js';

/** Who assigns modules to cohorts: their managers and admins. */
export const ASSIGNERS = [Role.MANAGER, Role.ADMIN];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AssignmentStatus = 'COMPLETED' | 'IN_PROGRESS' | 'NOT_STARTED';

export interface LearnerAssignment extends AssignmentRecord {
  cohortName: string;
  status: AssignmentStatus;
  overdue: boolean;
}

@Injectable()
export class AssignmentService {
  constructor(
    private readonly repository: AssignmentRepository,
    private readonly organisations: OrganisationService,
    private readonly organisationRepository: OrganisationRepository,
    private readonly catalogue: CatalogueService,
    private readonly learning: LearningService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Assigns modules to a cohort of the manager's scope, due at the end of `dueOn` (Paris); again, it moves the date. */
  async assign(me: CurrentUser, input: { cohortId: string; moduleSlugs: string[]; dueOn: string }): Promise<AssignmentRecord[]> {
    const cohort = await this.cohortInScope(me, input.cohortId);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueOn) || Number.isNaN(Date.parse(`${input.dueOn}T00:00:00Z`)))
      throw OrganisationErrors.badDueDate();
    if (input.dueOn < parisDate(this.clock.now())) throw OrganisationErrors.badDueDate();
    const slugs = [...new Set(input.moduleSlugs)];
    const modules = await Promise.all(slugs.map((slug) => this.catalogue.moduleBySlug(slug)));
    const missing = slugs.filter((_, i) => !modules[i]);
    if (missing.length > 0) throw OrganisationErrors.moduleNotFound(missing);

    await this.repository.upsertAssignments(
      cohort.id,
      modules.map((m) => m!.id),
      input.dueOn,
      me.id,
    );
    await this.audit.record({
      actorId: me.id,
      action: 'ASSIGNMENT_CREATED',
      organisationId: cohort.organisationId,
      targetUserId: null,
      details: { cohortId: cohort.id, modules: slugs, dueOn: input.dueOn },
    });
    const moduleIds = new Set(modules.map((m) => m!.id));
    return (await this.repository.findAssignmentsOfCohorts([cohort.id])).filter((a) => moduleIds.has(a.moduleId));
  }

  async remove(me: CurrentUser, assignmentId: string): Promise<boolean> {
    const assignment = UUID.test(assignmentId) ? await this.repository.findAssignment(assignmentId) : undefined;
    if (!assignment) throw OrganisationErrors.assignmentNotFound();
    const cohort = await this.cohortInScope(me, assignment.cohortId).catch(() => {
      throw OrganisationErrors.assignmentNotFound();
    });
    await this.repository.deleteAssignment(assignment.id);
    await this.audit.record({
      actorId: me.id,
      action: 'ASSIGNMENT_REMOVED',
      organisationId: cohort.organisationId,
      targetUserId: null,
      details: { cohortId: cohort.id, moduleId: assignment.moduleId },
    });
    return true;
  }

  assignmentsOfCohorts(cohortIds: readonly string[]): Promise<AssignmentRecord[]> {
    return this.repository.findAssignmentsOfCohorts(cohortIds);
  }

  /** The learner's assignments (from all their cohorts), overdue first, then by due date. */
  async mine(me: CurrentUser): Promise<LearnerAssignment[]> {
    const cohorts = await this.organisationRepository.findCohortsOfUser(me.id);
    const names = new Map(cohorts.map((c) => [c.id, c.name]));
    const assignments = await this.repository.findAssignmentsOfCohorts(cohorts.map((c) => c.id));
    const statuses = await this.learning.moduleStatuses(
      [me.id],
      assignments.map((a) => a.moduleId),
    );
    const today = parisDate(this.clock.now());
    // The same module assigned by two cohorts shows once, with the earliest due date.
    const byModule = new Map<string, LearnerAssignment>();
    for (const assignment of assignments) {
      const status: AssignmentStatus = statuses.find((s) => s.moduleId === assignment.moduleId)?.status ?? 'NOT_STARTED';
      const entry = {
        ...assignment,
        cohortName: names.get(assignment.cohortId) ?? '',
        status,
        overdue: isOverdue(assignment.dueOn, status, today),
      };
      const kept = byModule.get(assignment.moduleId);
      if (!kept || entry.dueOn < kept.dueOn) byModule.set(assignment.moduleId, entry);
    }
    return [...byModule.values()].sort(
      (a, b) =>
        Number(a.status === 'COMPLETED') - Number(b.status === 'COMPLETED') ||
        Number(b.overdue) - Number(a.overdue) ||
        a.dueOn.localeCompare(b.dueOn),
    );
  }

  async cohortInScope(me: CurrentUser, cohortId: string, roles = ASSIGNERS): Promise<CohortRecord> {
    const [cohort] = UUID.test(cohortId) ? await this.organisationRepository.findCohortsByIds([cohortId]) : [];
    // A cohort outside the scope looks the same as a missing one.
    if (!cohort) throw OrganisationErrors.cohortNotFound();
    const scope = await this.organisations.scopeOf(me.id, roles);
    if (!scope.includes(cohort.organisationId)) throw OrganisationErrors.cohortNotFound();
    return cohort;
  }
}
