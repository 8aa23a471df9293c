import { Module } from '@nestjs/common';
import { PseudonymKey } from '../analytics/pseudonym-key.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { AuditModule } from '../privacy/audit.module.js';
import { XapiClientResolver } from './clients.resolver.js';
import { ClientsRepository } from './clients.repository.js';
import { ClientsService } from './clients.service.js';
import { DocumentsRepository } from './documents.repository.js';
import { DocumentsService } from './documents.service.js';
import { StatementsRepository } from './statements.repository.js';
import { StatementsService } from './statements.service.js';
import { XapiService } from './xapi.service.js';

/**
 * The learning record store (issue 8): the /xapi resources (mounted by app-factory.ts through
 * xapi.routes.ts), the admin's LRS clients over GraphQL, and XapiService for the platform's own events.
 */
@Module({
  imports: [OrganisationModule, AuditModule],
  providers: [
    PseudonymKey,
    ClientsRepository,
    ClientsService,
    StatementsRepository,
    StatementsService,
    DocumentsRepository,
    DocumentsService,
    XapiService,
    XapiClientResolver,
  ],
  exports: [XapiService, ClientsService, StatementsService, DocumentsService],
})
export class XapiModule {}
