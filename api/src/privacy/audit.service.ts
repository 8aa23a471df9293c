import { Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import type { Database } from '../database/database.js';
import type { DB } from '../database/schema.js';
import { type AuditEntry, type AuditInput, AuditRepository } from './audit.repository.js';

/** The actions the audit log records; each one is named after what an administrator did. */
export type AuditAction =
  | 'ROLE_GRANTED'
  | 'ROLE_REVOKED'
  | 'PEOPLE_IMPORTED'
  | 'ASSIGNMENT_CREATED'
  | 'ASSIGNMENT_REMOVED'
  | 'ACCOUNT_ERASED'
  | 'ACCOUNT_ERASED_FOR_INACTIVITY'
  | 'DATA_EXPORTED'
  | 'REPORT_EXPORTED'
  | 'MODULE_PUBLISHED'
  | 'MODULE_CO_AUTHOR_ADDED'
  | 'XAPI_CLIENT_CREATED'
  | 'XAPI_CLIENT_REVOKED'
  | 'XAPI_FORWARDING_SET'
  | 'XAPI_FORWARDING_REMOVED';

/**
 * The audit log of administrative actions (issue 5): append-only, readable by admins. Other features
 * record through this service, inside their own transaction when they have one.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  record(entry: Omit<AuditInput, 'action'> & { action: AuditAction }, executor?: Database | Transaction<DB>): Promise<void> {
    return this.repository.insertEntry(entry, executor);
  }

  entries(limit: number, before?: string, action?: AuditAction): Promise<AuditEntry[]> {
    return this.repository.findEntries(limit, before, action);
  }

  /** Newest first, of these organisations and of none; `before` is the id of the last entry of the previous page. */
  entriesInScope(organisationIds: readonly string[], limit: number, before?: string, action?: string): Promise<AuditEntry[]> {
    return this.repository.findEntriesInScope(organisationIds, limit, before, action);
  }
}
