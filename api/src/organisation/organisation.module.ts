import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { AuditModule } from '../privacy/audit.module.js';
import { AssignmentRepository } from './assignment.repository.js';
import { AssignmentService } from './assignment.service.js';
import { OrganisationRepository } from './organisation.repository.js';
import { AssignmentResolver, CohortResolver, MyAssignmentResolver, OrganisationResolver } from './organisation.resolver.js';
import { OrganisationService } from './organisation.service.js';
import { PeopleImportService } from './people-import.service.js';
import { RoleService } from './role.service.js';

@Module({
  imports: [IdentityModule, CatalogueModule, LearningModule, AuditModule],
  providers: [
    OrganisationRepository,
    OrganisationService,
    PeopleImportService,
    RoleService,
    AssignmentRepository,
    AssignmentService,
    OrganisationResolver,
    CohortResolver,
    AssignmentResolver,
    MyAssignmentResolver,
  ],
  exports: [OrganisationService, AssignmentService],
})
export class OrganisationModule {}
