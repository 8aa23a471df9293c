import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { CompetencyModule } from '../competency/competency.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { AuditModule } from '../privacy/audit.module.js';
import { AuthorStatisticsService } from './author-statistics.service.js';
import { StudioAuthorsService } from './studio-authors.service.js';
import { StudioMediaService } from './studio-media.service.js';
import { StudioRepository } from './studio.repository.js';
import { StudioResolver } from './studio.resolver.js';
import { StudioService } from './studio.service.js';

/** The trainer studio (issue 6): drafts, authors, publication through the catalogue, statistics for authors. */
@Module({
  imports: [CatalogueModule, CompetencyModule, IdentityModule, LearningModule, OrganisationModule, AuditModule],
  providers: [StudioRepository, StudioAuthorsService, StudioService, StudioMediaService, AuthorStatisticsService, StudioResolver],
})
export class StudioModule {}
