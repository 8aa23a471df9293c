import { Injectable } from '@nestjs/common';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CompetencyService } from '../competency/competency.service.js';
import { Clock } from '../core/clock.js';
import type { CurrentUser } from '../core/current-user.js';
import { parisDate } from '../organisation/due-date.js';
import { AuditService } from '../privacy/audit.service.js';
import { AnalyticsService } from './analytics.service.js';
import { type Cell, toCsv } from './csv.js';
import { completionTable, heatmapTable, itemsTable, type ReportLanguage, reportFilename, type ReportView } from './report-tables.js';

export interface ExportRequest {
  cohortId: string;
  view: ReportView;
  pseudonymous: boolean;
  language: ReportLanguage;
}

/** The CSV files of a cohort's dashboards, each export recorded in the audit log. */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly catalogue: CatalogueService,
    private readonly competencies: CompetencyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async export(me: CurrentUser, request: ExportRequest): Promise<{ filename: string; csv: string }> {
    const cohort = await this.analytics.cohort(me, request.cohortId);
    const rows = await this.table(me, request);
    await this.audit.record({
      actorId: me.id,
      action: 'REPORT_EXPORTED',
      organisationId: cohort.organisationId,
      targetUserId: null,
      // What was exported, never whom: the file itself is not kept.
      details: { cohortId: cohort.id, view: request.view, pseudonymous: request.pseudonymous, lines: rows.length - 1 },
    });
    return {
      filename: reportFilename(cohort.name, request.view, request.language, parisDate(this.clock.now())),
      csv: toCsv(rows),
    };
  }

  private async table(me: CurrentUser, { cohortId, view, pseudonymous, language }: ExportRequest): Promise<Cell[][]> {
    const everyone = { all: true as const, pseudonymous };
    switch (view) {
      case 'COMPLETION': {
        const report = await this.analytics.completion(me, cohortId, everyone);
        const modules = await this.catalogue.modulesByIds(report.assignments.map((a) => a.assignment.moduleId));
        return completionTable(report, new Map(modules.map((m) => [m.id, m.title])), language);
      }
      case 'HEATMAP': {
        const report = await this.analytics.heatmap(me, cohortId, everyone);
        const competencies = await this.competencies.competenciesByCodes(report.competencies.map((c) => c.competencyCode));
        return heatmapTable(report, new Map(competencies.map((c) => [c.code, c.name])), language);
      }
      case 'ITEMS':
        return itemsTable(await this.analytics.itemStatistics(me, cohortId), language);
    }
  }
}
