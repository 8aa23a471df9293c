import { Inject, Injectable } from '@nestjs/common';
import { type Transaction, sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';

export interface AuditEntry {
  id: string;
  at: Date;
  actorId: string | null;
  action: string;
  organisationId: string | null;
  targetUserId: string | null;
  details: Record<string, unknown>;
  /** The actor's or target's account was erased since (their id is then null). */
  actorErased: boolean;
  targetErased: boolean;
}

export type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'actorErased' | 'targetErased'>;

@Injectable()
export class AuditRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async insertEntry(entry: AuditInput, executor: Database | Transaction<DB> = this.db): Promise<void> {
    await executor
      .insertInto('audit_log')
      .values({
        actor_id: entry.actorId,
        action: entry.action,
        organisation_id: entry.organisationId,
        target_user_id: entry.targetUserId,
        details: JSON.stringify(entry.details),
      })
      .execute();
  }

  /** Newest first; `before` is the id of the last entry of the previous page. */
  findEntries(limit: number, before?: string, action?: string): Promise<AuditEntry[]> {
    let query = this.selectEntries().orderBy('id', 'desc').limit(limit);
    if (before) query = query.where('id', '<', before);
    if (action) query = query.where('action', '=', action);
    return query.execute() as Promise<AuditEntry[]>;
  }

  /** The same, for an admin: entries of these organisations, and those tied to none. */
  findEntriesInScope(organisationIds: readonly string[], limit: number, before?: string, action?: string): Promise<AuditEntry[]> {
    let query = this.selectEntries()
      .where((eb) =>
        organisationIds.length === 0
          ? eb('organisation_id', 'is', null)
          : eb.or([eb('organisation_id', 'is', null), eb('organisation_id', 'in', organisationIds)]),
      )
      .orderBy('id', 'desc')
      .limit(limit);
    if (before) query = query.where('id', '<', before);
    if (action) query = query.where('action', '=', action);
    return query.execute() as Promise<AuditEntry[]>;
  }

  private selectEntries() {
    return this.db
      .selectFrom('audit_log')
      .select([
        sql<string>`id::text`.as('id'),
        'at',
        'actor_id as actorId',
        'action',
        'organisation_id as organisationId',
        'target_user_id as targetUserId',
        'details',
        'actor_erased as actorErased',
        'target_erased as targetErased',
      ]);
  }
}
