import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { H5pRepository } from './h5p.repository.js';
import { H5pResolver } from './h5p.resolver.js';
import { H5pService } from './h5p.service.js';

/** H5P activities (issue 6): package upload and storage, the sandboxed player, the learners' state. */
@Module({
  imports: [CatalogueModule, IdentityModule, LearningModule, OrganisationModule],
  providers: [H5pRepository, H5pService, H5pResolver],
  exports: [H5pService],
})
export class H5pModule {}
