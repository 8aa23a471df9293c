import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { type ContentError, type ContentModule, gradedItemsOf, gradedItemsOfModule, loadContent } from '@continuite/schemas/content';
import { CompetencyService } from '../competency/competency.service.js';
import { CatalogueRepository } from './catalogue.repository.js';
import { toPublicContent, UnsupportedElement } from './public-content.js';
import { foldForSearch } from './search-text.js';

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Modules written or taken over in the trainer studio: their files no longer change them. */
  skipped: string[];
  errors: ContentError[];
}

/**
 * Imports content/ at start, idempotently: an unchanged file changes nothing; a changed file becomes a
 * new immutable version; a file with errors is reported (file, path, what is wrong) and the versions
 * already imported stay served.
 */
@Injectable()
export class ContentImportService {
  private readonly logger = new Logger('ContentImport');

  constructor(
    private readonly repository: CatalogueRepository,
    private readonly competencies: CompetencyService,
  ) {}

  async importDirectory(contentDir: string): Promise<ImportReport> {
    const loaded = await loadContent(contentDir);
    const report: ImportReport = { created: [], updated: [], unchanged: [], skipped: [], errors: loaded.errors };
    if (loaded.framework) await this.competencies.importFramework(loaded.framework);

    for (const entry of loaded.modules) {
      try {
        const outcome = await this.importModule(entry.module);
        report[outcome].push(entry.module.slug);
      } catch (error) {
        // One module failing leaves the others, and its own earlier versions, as they were.
        const path = error instanceof UnsupportedElement ? `element ${error.elementId}` : '';
        report.errors.push({ file: entry.file, path, message: error instanceof Error ? error.message : String(error) });
      }
    }
    for (const error of report.errors) this.logger.error(`${error.file} › ${error.path} : ${error.message}`);
    this.logger.log(
      `content: ${report.created.length} new, ${report.updated.length} new versions, ${report.unchanged.length} unchanged, ${report.skipped.length} managed in the studio, ${report.errors.length} errors`,
    );
    return report;
  }

  /**
   * One module in one transaction: nothing half-written stays when it fails. The studio publishes
   * through here too (`from: 'studio'`); a file never overwrites a module the studio manages.
   */
  async importModule(module: ContentModule, from: 'files' | 'studio' = 'files'): Promise<'created' | 'updated' | 'unchanged' | 'skipped'> {
    const hash = contentHash(module);
    const graded = gradedItemsOfModule(module);
    const skills = await this.competencies.skillsByIds([...new Set(graded.map((item) => item.skill))]);
    return this.repository.transaction(async (trx) => {
      await this.repository.lockImports(trx);
      const current = await this.repository.findCurrentVersionHash(module.slug, trx);
      if (from === 'files' && current?.managedInStudio) return 'skipped';
      if (current?.hash === hash) return 'unchanged';
      const moduleId = current?.moduleId ?? (await this.repository.insertModule(module.slug, trx));
      await this.repository.insertVersion(
        {
          module_id: moduleId,
          number: (current?.number ?? 0) + 1,
          content_hash: hash,
          content: JSON.stringify(module),
          public_content: JSON.stringify(toPublicContent(module, hash)),
          title: module.title,
          summary: module.summary,
          theme: module.theme,
          audience: module.audience,
          duration_minutes: module.durationMinutes,
          level: module.level,
          competency_codes: [...new Set(skills.map((skill) => skill.competencyCode))].sort(),
          search_text: foldForSearch([module.title, module.summary, ...module.objectives].join(' ')),
          graded_count: scoredItemCount(module),
        },
        trx,
      );
      return current?.number ? 'updated' : 'created';
    });
  }
}

export function contentHash(module: ContentModule): string {
  return createHash('sha256').update(JSON.stringify(module)).digest('hex');
}

/**
 * Items a score is out of: every graded item, except that a branching scenario counts the steps of
 * its best path (a learner only meets the steps their choices lead to).
 */
export function scoredItemCount(module: ContentModule): number {
  let count = 0;
  for (const element of module.grains.flatMap((g) => g.elements)) {
    if (element.type !== 'scenario') {
      count += gradedItemsOf(element).length;
      continue;
    }
    const steps = new Map(element.steps.map((step) => [step.id, step]));
    let step = steps.get(element.start);
    while (step?.choices?.length) {
      count += 1;
      const best = step.choices.find((choice) => choice.quality === 'good') ?? step.choices[0]!;
      step = best.next ? steps.get(best.next) : undefined;
    }
  }
  return count;
}
