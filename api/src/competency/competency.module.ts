import { Module } from '@nestjs/common';
import { CompetencyRepository } from './competency.repository.js';
import {
  CompetencyEvidenceResolver,
  CompetencyResolver,
  CompetencyScoreResolver,
  DomainResolver,
  ProfileCompetencyResolver,
} from './competency.resolver.js';
import { CompetencyService } from './competency.service.js';

@Module({
  providers: [
    CompetencyRepository,
    CompetencyService,
    DomainResolver,
    CompetencyResolver,
    CompetencyEvidenceResolver,
    CompetencyScoreResolver,
    ProfileCompetencyResolver,
  ],
  exports: [CompetencyService],
})
export class CompetencyModule {}
