import { Module } from '@nestjs/common';
import { CompetencyRepository } from './competency.repository.js';
import { CompetencyEvidenceResolver, CompetencyResolver, CompetencyScoreResolver, DomainResolver } from './competency.resolver.js';
import { CompetencyService } from './competency.service.js';

@Module({
  providers: [
    CompetencyRepository,
    CompetencyService,
    DomainResolver,
    CompetencyResolver,
    CompetencyEvidenceResolver,
    CompetencyScoreResolver,
  ],
  exports: [CompetencyService],
})
export class CompetencyModule {}
