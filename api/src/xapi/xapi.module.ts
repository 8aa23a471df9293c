import { Module } from '@nestjs/common';
import { PseudonymKey } from '../analytics/pseudonym-key.js';
import { CompetencyModule } from '../competency/competency.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { AuditModule } from '../privacy/audit.module.js';
import { XapiClientResolver } from './clients.resolver.js';
import { ClientsRepository } from './clients.repository.js';
import { ClientsService } from './clients.service.js';
import { DocumentsRepository } from './documents.repository.js';
import { DocumentsService } from './documents.service.js';
import { XapiForwarder } from './forwarder.service.js';
import { ForwardingRepository } from './forwarding.repository.js';
import { XapiForwardingResolver } from './forwarding.resolver.js';
import { ForwardingService } from './forwarding.service.js';
import { ProjectionRepository } from './projection.repository.js';
import { XapiProjector } from './projector.service.js';
import { StatementsRepository } from './statements.repository.js';
import { StatementsService } from './statements.service.js';
import { XapiService } from './xapi.service.js';

/**
 * The learning record store (issue 8): the /xapi resources (mounted by app-factory.ts through
 * xapi.routes.ts), the admin's LRS clients over GraphQL, XapiService for the platform's own events,
 * the projector that turns learning events into statements, and forwarding to external LRSs.
 */
@Module({
  imports: [OrganisationModule, AuditModule, CompetencyModule],
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
    ProjectionRepository,
    XapiProjector,
    ForwardingRepository,
    ForwardingService,
    XapiForwarder,
    XapiForwardingResolver,
  ],
  exports: [XapiService, ClientsService, StatementsService, DocumentsService, XapiProjector, XapiForwarder],
})
export class XapiModule {}
