import { Module } from '@nestjs/common';
import { CompetencyModule } from '../competency/competency.module.js';
import { CatalogueRepository } from './catalogue.repository.js';
import { CatalogueResolver } from './catalogue.resolver.js';
import { CatalogueService } from './catalogue.service.js';
import { ContentImportService } from './content-import.service.js';

@Module({
  imports: [CompetencyModule],
  providers: [CatalogueRepository, CatalogueService, ContentImportService, CatalogueResolver],
  exports: [CatalogueService, ContentImportService],
})
export class CatalogueModule {}
