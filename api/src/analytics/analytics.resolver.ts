import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import type { RequestContext } from '../core/request-context.js';
import { Role } from '../core/roles.js';
import { loadCompetency } from '../competency/competency.resolver.js';
import { CompetencyService } from '../competency/competency.service.js';
import { Competency } from '../competency/competency.types.js';
import { AnalyticsService } from './analytics.service.js';
import {
  CohortCompletion,
  CohortReportArgs,
  CohortReportFile,
  CompetencyAverage,
  CompetencyHeatmap,
  ExportCohortReportArgs,
  ModuleItemStatistics,
} from './analytics.types.js';
import { ReportExportService } from './report-export.service.js';

/** Who follows cohorts: their managers and admins (the scope is checked by the service, per cohort). */
const FOLLOWS = [Role.MANAGER, Role.ADMIN];

@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly exports: ReportExportService,
  ) {}

  @Roles(...FOLLOWS)
  @Query(() => CohortCompletion, { description: 'Completion of the cohort\u2019s assignments, per member and in total.' })
  cohortCompletion(@Me() me: CurrentUser, @Args() args: CohortReportArgs): Promise<CohortCompletion> {
    return this.analytics.completion(me, args.cohortId, args) as Promise<CohortCompletion>;
  }

  @Roles(...FOLLOWS)
  @Query(() => CompetencyHeatmap, { description: 'Pix level per member and competency, with the cohort\u2019s averages.' })
  cohortCompetencyHeatmap(@Me() me: CurrentUser, @Args() args: CohortReportArgs): Promise<CompetencyHeatmap> {
    // Each column's `competency` is resolved from its code below.
    return this.analytics.heatmap(me, args.cohortId, args) as unknown as Promise<CompetencyHeatmap>;
  }

  @Roles(...FOLLOWS)
  @Query(() => [ModuleItemStatistics], { description: 'How the cohort answered each graded item of the modules assigned to it.' })
  cohortItemStatistics(@Me() me: CurrentUser, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<ModuleItemStatistics[]> {
    return this.analytics.itemStatistics(me, cohortId) as Promise<ModuleItemStatistics[]>;
  }

  @Roles(...FOLLOWS)
  @Mutation(() => CohortReportFile, { description: 'One view of the cohort\u2019s follow-up as a CSV file; recorded in the audit log.' })
  exportCohortReport(@Me() me: CurrentUser, @Args() args: ExportCohortReportArgs): Promise<CohortReportFile> {
    return this.exports.export(me, args);
  }
}

@Resolver(() => CompetencyAverage)
export class CompetencyAverageResolver {
  constructor(private readonly competencies: CompetencyService) {}

  @ResolveField(() => Competency)
  competency(@Parent() average: CompetencyAverage, @Context() context: RequestContext): Promise<Competency> {
    return loadCompetency(context, this.competencies, average.competencyCode);
  }
}
