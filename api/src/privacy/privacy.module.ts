import { Module } from '@nestjs/common';
import { AuditModule } from './audit.module.js';

/** Privacy: data export, erasure, retention (issue 5). The audit log is AuditModule, which features import. */
@Module({
  imports: [AuditModule],
  exports: [AuditModule],
})
export class PrivacyModule {}
