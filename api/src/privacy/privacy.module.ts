import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { XapiModule } from '../xapi/xapi.module.js';
import { AnonymousAggregatesService } from './anonymous-aggregates.service.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditModule } from './audit.module.js';
import { DataExportService } from './data-export.service.js';
import { ErasureRepository } from './erasure.repository.js';
import { ErasureService } from './erasure.service.js';
import { ExportRepository } from './export.repository.js';
import { AuditLogResolver, PrivacyResolver } from './privacy.resolver.js';
import { RetentionRepository } from './retention.repository.js';
import { RetentionService } from './retention.service.js';

/**
 * Privacy (issue 5): data export, erasure, retention and the audit log screen. The audit log
 * itself is AuditModule, which features import to record; statistics read what erased learners
 * left through AnonymousAggregatesService.
 */
@Module({
  imports: [AuditModule, IdentityModule, OrganisationModule, MailModule, XapiModule],
  providers: [
    ExportRepository,
    ErasureRepository,
    RetentionRepository,
    DataExportService,
    ErasureService,
    RetentionService,
    AuditLogService,
    AnonymousAggregatesService,
    PrivacyResolver,
    AuditLogResolver,
  ],
  exports: [AuditModule, AnonymousAggregatesService],
})
export class PrivacyModule {}
