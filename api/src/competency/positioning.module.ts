import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CompetencyModule } from './competency.module.js';
import { PositioningRepository } from './positioning.repository.js';
import {
  PositioningQuestionResolver,
  PositioningResolver,
  PositioningSessionResolver,
  TestableCompetencyResolver,
} from './positioning.resolver.js';
import { PositioningService } from './positioning.service.js';

/** Apart from CompetencyModule, which the catalogue needs: the test draws its questions from the catalogue. */
@Module({
  imports: [CatalogueModule, CompetencyModule],
  providers: [
    PositioningRepository,
    PositioningService,
    PositioningResolver,
    PositioningSessionResolver,
    PositioningQuestionResolver,
    TestableCompetencyResolver,
  ],
  exports: [PositioningService],
})
export class PositioningModule {}
