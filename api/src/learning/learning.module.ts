import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CompetencyModule } from '../competency/competency.module.js';
import { PositioningModule } from '../competency/positioning.module.js';
import { ReviewModule } from '../review/review.module.js';
import { LearningRepository } from './learning.repository.js';
import { LearningResolver, ModuleLearningResolver, ProgressResolver, RecommendationResolver } from './learning.resolver.js';
import { LearningService } from './learning.service.js';

@Module({
  imports: [CatalogueModule, CompetencyModule, PositioningModule, ReviewModule],
  providers: [LearningRepository, LearningService, LearningResolver, ModuleLearningResolver, ProgressResolver, RecommendationResolver],
  exports: [LearningService],
})
export class LearningModule {}
