import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CompetencyModule } from '../competency/competency.module.js';
import { PositioningModule } from '../competency/positioning.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { AuditModule } from '../privacy/audit.module.js';
import { AnalyticsResolver, CompetencyAverageResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { CohortLearners } from './cohort-learners.js';
import { PseudonymKey } from './pseudonym-key.js';
import { ReportExportService } from './report-export.service.js';

/** Cohort dashboards, item statistics and their exports (issue 5): reads other features through their services only. */
@Module({
  imports: [OrganisationModule, CatalogueModule, LearningModule, PositioningModule, CompetencyModule, AuditModule],
  providers: [PseudonymKey, CohortLearners, AnalyticsService, ReportExportService, AnalyticsResolver, CompetencyAverageResolver],
})
export class AnalyticsModule {}
