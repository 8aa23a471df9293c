import { Module } from '@nestjs/common';
import { CompetencyModule } from '../competency/competency.module.js';
import { CatalogueRepository } from './catalogue.repository.js';
import { CatalogueResolver } from './catalogue.resolver.js';
import { CatalogueService } from './catalogue.service.js';
import { ContentImportService } from './content-import.service.js';
import { ModuleManagementRepository } from './module-management.repository.js';
import { ModuleManagementService } from './module-management.service.js';

@Module({
  imports: [CompetencyModule],
  providers: [
    CatalogueRepository,
    CatalogueService,
    ContentImportService,
    CatalogueResolver,
    ModuleManagementRepository,
    ModuleManagementService,
  ],
  exports: [CatalogueService, ContentImportService, ModuleManagementService],
})
export class CatalogueModule {}
