import { Inject, Injectable } from '@nestjs/common';
import { type Kysely, sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';
import type { XapiProjectionTables, XapiTables } from './xapi.tables.js';

export interface ForwardingRecord {
  id: string;
  organisationId: string;
  endpoint: string;
  key: string;
  sentCount: number;
  lastSentAt: Date | null;
  failures: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
}

export interface ClaimedForwarding {
  id: string;
  organisationId: string;
  endpoint: string;
  key: string;
  secretEncrypted: string;
  sentTx: string;
  sentSeq: string;
  failures: number;
  leaseId: string;
}

export interface StatementToSend {
  seq: string;
  tx: string;
  statement: Record<string, any>;
}

/** The only SQL of forwarding to external LRSs. */
@Injectable()
export class ForwardingRepository {
  private readonly db: Kysely<DB & XapiTables & XapiProjectionTables>;

  constructor(@Inject(DATABASE) db: Database) {
    this.db = db.withTables<XapiTables & XapiProjectionTables>();
  }

  findForwarding(organisationId: string): Promise<ForwardingRecord | undefined> {
    return this.db
      .selectFrom('xapi_forwardings')
      .select([
        sql<string>`id::text`.as('id'),
        sql<string>`organisation_id::text`.as('organisationId'),
        'endpoint',
        'key',
        sql<number>`sent_count::float8`.as('sentCount'),
        'last_sent_at as lastSentAt',
        'failures',
        'next_attempt_at as nextAttemptAt',
        'last_error as lastError',
        'created_at as createdAt',
      ])
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
  }

  /**
   * Sets the organisation's external LRS. A new endpoint starts from the first statement (the other
   * LRS gets the history); new credentials for the same endpoint keep the position. Either way a
   * waiting retry is tried at once.
   */
  async upsertForwarding(input: {
    organisationId: string;
    endpoint: string;
    key: string;
    secretEncrypted: string;
    now: Date;
  }): Promise<void> {
    await sql`
      INSERT INTO xapi_forwardings (organisation_id, endpoint, key, secret_encrypted, next_attempt_at, created_at, updated_at)
      VALUES (${input.organisationId}, ${input.endpoint}, ${input.key}, ${input.secretEncrypted}, ${input.now}, ${input.now}, ${input.now})
      ON CONFLICT (organisation_id) DO UPDATE SET
        key = excluded.key,
        secret_encrypted = excluded.secret_encrypted,
        sent_tx = CASE WHEN xapi_forwardings.endpoint = excluded.endpoint THEN xapi_forwardings.sent_tx ELSE '0' END,
        sent_seq = CASE WHEN xapi_forwardings.endpoint = excluded.endpoint THEN xapi_forwardings.sent_seq ELSE 0 END,
        sent_count = CASE WHEN xapi_forwardings.endpoint = excluded.endpoint THEN xapi_forwardings.sent_count ELSE 0 END,
        endpoint = excluded.endpoint,
        failures = 0,
        last_error = NULL,
        next_attempt_at = excluded.next_attempt_at,
        lease_id = NULL,
        lease_until = NULL,
        updated_at = excluded.updated_at`.execute(this.db);
  }

  async deleteForwarding(organisationId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('xapi_forwardings').where('organisation_id', '=', organisationId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * Takes one destination that is due and not held by another worker (SKIP LOCKED), and holds it
   * with a lease until `leaseUntil`: only the holder of `leaseId` moves its position.
   */
  async claimDue(now: Date, leaseId: string, leaseUntil: Date): Promise<ClaimedForwarding | undefined> {
    const { rows } = await sql<ClaimedForwarding>`
      UPDATE xapi_forwardings SET lease_id = ${leaseId}, lease_until = ${leaseUntil}
      WHERE id = (
        SELECT id FROM xapi_forwardings
        WHERE next_attempt_at <= ${now} AND (lease_until IS NULL OR lease_until <= ${now})
        ORDER BY next_attempt_at, id LIMIT 1
        FOR UPDATE SKIP LOCKED)
      RETURNING id::text AS id, organisation_id::text AS "organisationId", endpoint, key, secret_encrypted AS "secretEncrypted",
        sent_tx::text AS "sentTx", sent_seq::text AS "sentSeq", failures, lease_id::text AS "leaseId"`.execute(this.db);
    return rows[0];
  }

  /**
   * The next statements of the organisation and its descendants after the position, in (tx_id, seq)
   * order, among those written by transactions older than any still running: a transaction that
   * commits late cannot slip a statement behind the position.
   */
  async findStatementsAfter(organisationId: string, after: { tx: string; seq: string }, limit: number): Promise<StatementToSend[]> {
    const { rows } = await sql<StatementToSend>`
      WITH RECURSIVE subtree(id) AS (
        SELECT ${organisationId}::uuid
        UNION SELECT o.id FROM organisations o JOIN subtree s ON o.parent_id = s.id
      )
      SELECT s.seq::text AS seq, s.tx_id::text AS tx, s.statement FROM xapi_statements s
      WHERE s.organisation_id IN (SELECT id FROM subtree)
        AND (s.tx_id, s.seq) > (${after.tx}::xid8, ${after.seq}::bigint)
        AND s.tx_id < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY s.tx_id, s.seq
      LIMIT ${limit}`.execute(this.db);
    return rows;
  }

  /** The other side has these statements: the position moves past the last one. */
  async markSent(id: string, leaseId: string, last: { tx: string; seq: string }, count: number, at: Date): Promise<boolean> {
    const result = await sql`
      UPDATE xapi_forwardings SET sent_tx = ${last.tx}::xid8, sent_seq = ${last.seq}::bigint, sent_count = sent_count + ${count},
        last_sent_at = ${at}, failures = 0, last_error = NULL
      WHERE id = ${id} AND lease_id = ${leaseId}`.execute(this.db);
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  async markFailed(id: string, leaseId: string, error: string, nextAttemptAt: Date): Promise<void> {
    await sql`
      UPDATE xapi_forwardings SET failures = failures + 1, last_error = ${error}, next_attempt_at = ${nextAttemptAt},
        lease_id = NULL, lease_until = NULL
      WHERE id = ${id} AND lease_id = ${leaseId}`.execute(this.db);
  }

  /** Done for now: due again at `nextAttemptAt` (the next poll). */
  async release(id: string, leaseId: string, nextAttemptAt: Date): Promise<void> {
    await sql`
      UPDATE xapi_forwardings SET lease_id = NULL, lease_until = NULL, next_attempt_at = ${nextAttemptAt}
      WHERE id = ${id} AND lease_id = ${leaseId}`.execute(this.db);
  }
}
