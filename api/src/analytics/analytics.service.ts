import { Inject, Injectable } from '@nestjs/common';
import type { Module } from '../catalogue/catalogue.types.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { toPublicContent } from '../catalogue/public-content.js';
import { CompetencyService } from '../competency/competency.service.js';
import type { CompetencyScore } from '../competency/pix-scoring.js';
import { PositioningService } from '../competency/positioning.service.js';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import type { CurrentUser } from '../core/current-user.js';
import { LearningService } from '../learning/learning.service.js';
import type { AssignmentRecord } from '../organisation/assignment.repository.js';
import { AssignmentService } from '../organisation/assignment.service.js';
import { parisDate } from '../organisation/due-date.js';
import type { CohortRecord } from '../organisation/organisation.repository.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { CohortLearners, type LearnerPage, type PageRequest, type ReportLearner } from './cohort-learners.js';
import { type AssignmentProgress, type AssignmentTotals, completionOf } from './completion.js';
import { averagesOf, type CompetencyAverage, levelsOf } from './heatmap.js';
import { type ItemAnswer, type ItemDefinition, itemDefinitionsOf, itemStatistics, type ItemStatistic } from './item-statistics.js';

/** A page of learners, or all of them (exports). */
export type LearnerRequest = PageRequest | { all: true; pseudonymous: boolean };

export interface CompletionReport {
  cohort: CohortRecord;
  today: string;
  assignments: (AssignmentTotals & { assignment: AssignmentRecord })[];
  learners: Omit<LearnerPage, 'nodes'> & { nodes: { learner: ReportLearner; progress: AssignmentProgress[] }[] };
}

export interface HeatmapReport {
  cohort: CohortRecord;
  competencies: CompetencyAverage[];
  learners: Omit<LearnerPage, 'nodes'> & {
    nodes: { learner: ReportLearner; cells: { competencyCode: string; level: number | null; pix: number | null }[] }[];
  };
}

export interface ItemReport {
  module: Module;
  learners: number;
  items: ItemStatistic[];
}

/** Large cohorts are read this many learners at a time (bounded IN lists and memory). */
const CHUNK = 200;

/**
 * The manager's dashboards of a cohort (issue 5): completion of its assignments, competency levels,
 * item statistics. Every report starts with the scope check: a cohort outside the manager's scope is
 * COHORT_NOT_FOUND, as for every other cohort operation.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly assignments: AssignmentService,
    private readonly organisations: OrganisationService,
    private readonly learners: CohortLearners,
    private readonly catalogue: CatalogueService,
    private readonly learning: LearningService,
    private readonly positioning: PositioningService,
    private readonly competencies: CompetencyService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  cohort(me: CurrentUser, cohortId: string): Promise<CohortRecord> {
    return this.assignments.cohortInScope(me, cohortId);
  }

  async completion(me: CurrentUser, cohortId: string, request: LearnerRequest): Promise<CompletionReport> {
    const cohort = await this.cohort(me, cohortId);
    const [assignments, memberIds, page] = await Promise.all([
      this.assignments.assignmentsOfCohorts([cohort.id]),
      this.memberIdsOf(cohort.id),
      this.learnerPage(cohort.id, request),
    ]);
    const moduleIds = assignments.map((a) => a.moduleId);
    const statuses = await inChunks(memberIds, (chunk) => this.learning.moduleStatuses(chunk, moduleIds));
    const today = parisDate(this.clock.now());
    const { progressOf, totals } = completionOf(assignments, memberIds, statuses, today);
    return {
      cohort,
      today,
      assignments: assignments.map((assignment, i) => ({ ...totals[i]!, assignment })),
      learners: { ...page, nodes: page.nodes.map((learner) => ({ learner, progress: progressOf(learner.userId) })) },
    };
  }

  async heatmap(me: CurrentUser, cohortId: string, request: LearnerRequest): Promise<HeatmapReport> {
    const cohort = await this.cohort(me, cohortId);
    const [memberIds, page] = await Promise.all([this.memberIdsOf(cohort.id), this.learnerPage(cohort.id, request)]);
    // Averages and columns cover the whole cohort, whatever the page shows.
    const levels = await this.levelsOfLearners(memberIds);
    const competencies = averagesOf(levels.values());
    return {
      cohort,
      competencies,
      learners: {
        ...page,
        nodes: page.nodes.map((learner) => {
          const scores = new Map((levels.get(learner.userId) ?? []).map((s) => [s.competencyCode, s]));
          return {
            learner,
            cells: competencies.map(({ competencyCode }) => ({
              competencyCode,
              level: scores.get(competencyCode)?.level ?? null,
              pix: scores.get(competencyCode)?.pix ?? null,
            })),
          };
        }),
      },
    };
  }

  /** Per module assigned to the cohort (by due date), how its members answered each graded item. */
  async itemStatistics(me: CurrentUser, cohortId: string): Promise<ItemReport[]> {
    const cohort = await this.cohort(me, cohortId);
    const [assignments, memberIds] = await Promise.all([this.assignments.assignmentsOfCohorts([cohort.id]), this.memberIdsOf(cohort.id)]);
    const moduleIds = [...new Set(assignments.map((a) => a.moduleId))];
    const [modules, answers] = await Promise.all([this.catalogue.modulesByIds(moduleIds), this.itemAnswersOf(memberIds, moduleIds)]);
    return Promise.all(
      moduleIds.flatMap((moduleId) => {
        const module = modules.find((m) => m.id === moduleId);
        return module ? [this.moduleItemReport(module, answers.get(moduleId) ?? [])] : [];
      }),
    );
  }

  private async moduleItemReport(module: Module, answers: (ItemAnswer & { versionId: string })[]): Promise<ItemReport> {
    // Items of the current version first, in reading order; then those only older versions had.
    const versionIds = [...new Set([module.versionId, ...answers.map((a) => a.versionId)])];
    const definitions = new Map<string, ItemDefinition>();
    for (const versionId of versionIds) {
      const version = await this.catalogue.versionForCorrection(versionId);
      for (const definition of itemDefinitionsOf(version.content, toPublicContent(version.content, version.contentHash))) {
        if (!definitions.has(definition.key)) definitions.set(definition.key, definition);
      }
    }
    return {
      module,
      learners: new Set(answers.map((a) => a.userId)).size,
      items: itemStatistics([...definitions.values()], answers),
    };
  }

  /**
   * The graded answers of these learners on these modules, per module. Answers of erased learners,
   * once the privacy work keeps them as aggregates, join item statistics in itemStatistics().
   */
  private async itemAnswersOf(userIds: string[], moduleIds: string[]): Promise<Map<string, (ItemAnswer & { versionId: string })[]>> {
    const rows = await inChunks(userIds, (chunk) => this.learning.answersOnModules(chunk, moduleIds));
    const graded = rows.filter((row) => row.graded);
    const byModule = groupBy(graded, (row) => row.moduleId);
    return new Map(
      [...byModule].map(([moduleId, answers]) => [
        moduleId,
        answers.map((row) => ({
          key: row.elementId,
          userId: row.userId,
          correct: row.correct,
          choiceIds: 'choiceIds' in row.response ? row.response.choiceIds : null,
          versionId: row.versionId,
        })),
      ]),
    );
  }

  /** Each learner's pix and level per competency: lesson answers, and the positioning results they shared. */
  private async levelsOfLearners(userIds: string[]): Promise<Map<string, CompetencyScore[]>> {
    const skills = await this.competencies.allSkills();
    const levels = new Map<string, CompetencyScore[]>();
    for (let i = 0; i < userIds.length; i += CHUNK) {
      const chunk = userIds.slice(i, i + CHUNK);
      const [lessons, measured] = await Promise.all([this.learning.answersOfUsers(chunk), this.positioning.sharedAnswersOfUsers(chunk)]);
      const lessonsOf = groupBy(lessons, (a) => a.userId);
      const measuredOf = groupBy(measured, (a) => a.userId);
      for (const userId of chunk) {
        const scores = levelsOf(skills, lessonsOf.get(userId) ?? [], measuredOf.get(userId) ?? [], this.config.maxOpenLevel);
        if (scores.length > 0) levels.set(userId, scores);
      }
    }
    return levels;
  }

  private async memberIdsOf(cohortId: string): Promise<string[]> {
    return (await this.organisations.memberIds([cohortId])).map((m) => m.userId);
  }

  private async learnerPage(cohortId: string, request: LearnerRequest): Promise<LearnerPage> {
    if (!('all' in request)) return this.learners.page(cohortId, request);
    const nodes = await this.learners.all(cohortId, request.pseudonymous);
    return { nodes, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: nodes.length };
  }
}

async function inChunks<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) rows.push(...(await read(ids.slice(i, i + CHUNK))));
  return rows;
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}
