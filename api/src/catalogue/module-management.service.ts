import { Injectable } from '@nestjs/common';
import type { ContentModule } from '@continuite/schemas/content';
import type { Transaction } from 'kysely';
import type { DB } from '../database/schema.js';
import { toGrains } from './catalogue.service.js';
import type { Grain } from './catalogue.types.js';
import { ContentImportService } from './content-import.service.js';
import { type ModuleState, ModuleManagementRepository, type VersionSummary } from './module-management.repository.js';
import { toPublicContent, UnsupportedElement } from './public-content.js';

export type { ModuleState, VersionSummary };

/**
 * What the trainer studio (issue 6) may change in the catalogue: reserve a slug, take over a module
 * imported from files, publish through the import's own path, archive. Who may do it is the
 * studio's to check.
 */
@Injectable()
export class ModuleManagementService {
  constructor(
    private readonly repository: ModuleManagementRepository,
    private readonly importer: ContentImportService,
  ) {}

  moduleStates(ids: readonly string[]): Promise<ModuleState[]> {
    return this.repository.findStatesByIds(ids);
  }

  moduleStateBySlug(slug: string, trx?: Transaction<DB>): Promise<ModuleState | undefined> {
    return this.repository.findStateBySlug(slug, trx);
  }

  fileModules(): Promise<{ slug: string; title: string }[]> {
    return this.repository.findFileModules();
  }

  /** A new module for the studio, unpublished; null when the slug is taken. */
  reserveSlug(slug: string, trx: Transaction<DB>): Promise<string | null> {
    return this.repository.insertStudioModule(slug, trx);
  }

  /** From now on the studio, not its file, changes this module; false when the studio already had it. */
  takeOver(moduleId: string, trx: Transaction<DB>): Promise<boolean> {
    return this.repository.markManagedInStudio(moduleId, trx);
  }

  /**
   * A new immutable version, written exactly as the file import writes one (content hash, public
   * content, metadata), in its own transaction. Attempts already started stay on their version.
   */
  publish(module: ContentModule): Promise<'created' | 'updated' | 'unchanged' | 'skipped'> {
    return this.importer.importModule(module, 'studio');
  }

  archive(moduleId: string, at: Date | null): Promise<void> {
    return this.repository.updateArchivedAt(moduleId, at);
  }

  versionsOf(moduleId: string): Promise<VersionSummary[]> {
    return this.repository.findVersionsOfModule(moduleId);
  }

  /**
   * Grains as learners would see them if this were published now: rendered, sanitised, without
   * solutions. An element of a type the player does not play yet is left out rather than failing.
   */
  previewGrains(module: ContentModule, secret: string): Grain[] {
    let shown = module;
    for (;;) {
      try {
        return toGrains(toPublicContent(shown, secret));
      } catch (error) {
        if (!(error instanceof UnsupportedElement)) throw error;
        const left = error.elementId;
        shown = { ...shown, grains: shown.grains.map((g) => ({ ...g, elements: g.elements.filter((e) => e.id !== left) })) };
      }
    }
  }
}
