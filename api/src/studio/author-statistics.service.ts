import { Injectable } from '@nestjs/common';
import { type ItemDefinition, itemDefinitionsOf, itemStatistics } from '../analytics/item-statistics.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { ModuleManagementService } from '../catalogue/module-management.service.js';
import { toPublicContent } from '../catalogue/public-content.js';
import type { CurrentUser } from '../core/current-user.js';
import { LearningService } from '../learning/learning.service.js';
import { summariseAttempts } from './attempt-summary.js';
import { StudioAuthorsService } from './studio-authors.service.js';
import type { AuthorStatistics } from './studio.types.js';

/**
 * Item statistics for a module's authors (issue 6): the same computation as the managers' cohort
 * statistics (analytics/item-statistics.ts), over every learner of the module and every version.
 * Authors see counts only, never who answered.
 */
@Injectable()
export class AuthorStatisticsService {
  constructor(
    private readonly authors: StudioAuthorsService,
    private readonly learning: LearningService,
    private readonly catalogue: CatalogueService,
    private readonly modules: ModuleManagementService,
  ) {}

  async statistics(me: CurrentUser, moduleId: string): Promise<AuthorStatistics> {
    await this.authors.requireAuthor(me, moduleId);
    const [{ attempts, answers }, [state]] = await Promise.all([
      this.learning.activityOnModule(moduleId),
      this.modules.moduleStates([moduleId]),
    ]);
    // Items of the current version first, in reading order; then those only older versions had.
    const versionIds = [...new Set([state?.versionId, ...answers.map((a) => a.versionId)])].filter((id): id is string => !!id);
    const definitions = new Map<string, ItemDefinition>();
    for (const versionId of versionIds) {
      const version = await this.catalogue.versionForCorrection(versionId);
      for (const definition of itemDefinitionsOf(version.content, toPublicContent(version.content, version.contentHash))) {
        if (!definitions.has(definition.key)) definitions.set(definition.key, definition);
      }
    }
    const graded = answers
      .filter((a) => a.graded)
      .map((a) => ({
        key: a.elementId,
        userId: a.userId,
        correct: a.correct,
        choiceIds: 'choiceIds' in a.response ? a.response.choiceIds : null,
      }));
    return { ...summariseAttempts(attempts), items: itemStatistics([...definitions.values()], graded) };
  }
}
