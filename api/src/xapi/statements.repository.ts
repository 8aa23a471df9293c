import { Inject, Injectable } from '@nestjs/common';
import { type Kysely, type Transaction, sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';
import { VOIDED_VERB } from './statement-validation.js';
import type { StatementKeys } from './statement-keys.js';
import type { XapiTables } from './xapi.tables.js';

type XapiDb = Kysely<DB & XapiTables>;
export type XapiExecutor = XapiDb | Transaction<DB & XapiTables>;

export interface NewStatementRow {
  id: string;
  statement: Record<string, any>;
  keys: StatementKeys;
  stored: Date;
  timestamp: string;
  learnerId: string | null;
  clientId: string | null;
  attachments: { sha2: string; contentType: string; content: Buffer }[];
}

export interface StoredStatementRow {
  seq: string;
  id: string;
  statement: Record<string, any>;
  stored: Date;
  voided: boolean;
}

export interface StatementQuery {
  agentKey?: string;
  relatedAgents: boolean;
  verbId?: string;
  activityId?: string;
  relatedActivities: boolean;
  registration?: string;
  since?: Date;
  until?: Date;
  ascending: boolean;
  /** The last statement of the previous page. */
  after?: { stored: Date; seq: string };
}

/** The only SQL of statements and their attachments. */
@Injectable()
export class StatementsRepository {
  private readonly db: XapiDb;

  constructor(@Inject(DATABASE) db: Database) {
    this.db = db.withTables<XapiTables>();
  }

  transaction<T>(work: (trx: Transaction<DB & XapiTables>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  findByIds(organisationId: string, ids: readonly string[], executor: XapiExecutor = this.db): Promise<StoredStatementRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return executor
      .selectFrom('xapi_statements')
      .select([sql<string>`seq::text`.as('seq'), sql<string>`id::text`.as('id'), 'statement', 'stored', 'voided'])
      .where('organisation_id', '=', organisationId)
      .where('id', '=', sql<string>`ANY(${[...ids]}::uuid[])`)
      .execute();
  }

  /** Inserts the rows not stored yet; returns the ids it inserted (a concurrent writer may have stored the others). */
  async insertStatements(organisationId: string, rows: readonly NewStatementRow[], executor: XapiExecutor): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const inserted = await executor
      .insertInto('xapi_statements')
      .values(
        rows.map((row) => ({
          organisation_id: organisationId,
          id: row.id,
          statement: JSON.stringify(row.statement),
          actor_key: row.keys.actorKey,
          verb_id: row.keys.verbId,
          activity_id: row.keys.activityId,
          registration: row.keys.registration,
          object_statement_id: row.keys.objectStatementId,
          agent_keys: row.keys.agentKeys,
          related_agent_keys: row.keys.relatedAgentKeys,
          related_activity_ids: row.keys.relatedActivityIds,
          stored: row.stored,
          timestamp: row.timestamp,
          learner_id: row.learnerId,
          client_id: row.clientId,
        })),
      )
      .onConflict((oc) => oc.constraint('xapi_statements_pkey').doNothing())
      .returning([sql<string>`seq::text`.as('seq'), sql<string>`id::text`.as('id')])
      .execute();
    const seqOf = new Map(inserted.map((r) => [r.id, r.seq]));
    const attachments = rows.flatMap((row) => {
      const seq = seqOf.get(row.id);
      if (!seq) return [];
      // One row per distinct hash of a statement: the same bytes attached twice are kept once.
      const byHash = new Map(row.attachments.map((a) => [a.sha2, a]));
      return [...byHash.values()].map((a) => ({ statement_seq: seq, sha2: a.sha2, content_type: a.contentType, content: a.content }));
    });
    if (attachments.length > 0) await executor.insertInto('xapi_attachments').values(attachments).execute();
    return new Set(seqOf.keys());
  }

  /**
   * The learner's statements that may have left for an external LRS: in an organisation that
   * forwards, or under one; oldest first, voiding statements and voided ones left out.
   */
  async findForwardableOfLearner(learnerId: string, executor: XapiExecutor): Promise<{ organisationId: string; id: string }[]> {
    const { rows } = await sql<{ organisationId: string; id: string }>`
      WITH RECURSIVE covered(id) AS (
        SELECT organisation_id FROM xapi_forwardings
        UNION SELECT o.id FROM organisations o JOIN covered c ON o.parent_id = c.id
      )
      SELECT s.organisation_id::text AS "organisationId", s.id::text AS id FROM xapi_statements s
      WHERE s.learner_id = ${learnerId} AND NOT s.voided AND s.verb_id <> ${VOIDED_VERB}
        AND s.organisation_id IN (SELECT id FROM covered)
      ORDER BY s.tx_id, s.seq`.execute(executor);
    return rows;
  }

  /**
   * A statement is voided when a voiding statement of the same store targets it and it is not itself
   * a voiding statement; either may arrive first, so this runs after every write.
   */
  async markVoided(organisationId: string, ids: readonly string[], executor: XapiExecutor): Promise<void> {
    if (ids.length === 0) return;
    await sql`
      UPDATE xapi_statements s SET voided = true
      WHERE s.organisation_id = ${organisationId} AND NOT s.voided AND s.verb_id <> ${VOIDED_VERB}
        AND EXISTS (
          SELECT 1 FROM xapi_statements v
          WHERE v.organisation_id = s.organisation_id AND v.verb_id = ${VOIDED_VERB} AND v.object_statement_id = s.id)
        AND (s.id = ANY(${[...ids]}::uuid[]) OR s.id IN (
          SELECT object_statement_id FROM xapi_statements
          WHERE organisation_id = ${organisationId} AND id = ANY(${[...ids]}::uuid[]) AND verb_id = ${VOIDED_VERB}))`.execute(executor);
  }

  /**
   * A page of statements. With a filter on agent, verb, activity or registration, the statements
   * that target a matching one through a StatementRef match too, and so on down the chain (Communication
   * 2.1.3, "Filter Conditions for StatementRefs"); voided statements are never returned.
   */
  async query(organisationId: string, query: StatementQuery, limit: number): Promise<StoredStatementRow[]> {
    const conditions = [];
    if (query.agentKey) {
      conditions.push(
        query.relatedAgents
          ? sql`related_agent_keys @> ARRAY[${query.agentKey}]::text[]`
          : sql`agent_keys @> ARRAY[${query.agentKey}]::text[]`,
      );
    }
    if (query.verbId) conditions.push(sql`verb_id = ${query.verbId}`);
    if (query.activityId) {
      conditions.push(
        query.relatedActivities ? sql`related_activity_ids @> ARRAY[${query.activityId}]::text[]` : sql`activity_id = ${query.activityId}`,
      );
    }
    if (query.registration) conditions.push(sql`registration = ${query.registration}::uuid`);

    const page = [sql`s.organisation_id = ${organisationId}`, sql`NOT s.voided`];
    if (query.since) page.push(sql`s.stored > ${query.since}`);
    if (query.until) page.push(sql`s.stored <= ${query.until}`);
    if (query.after) {
      page.push(
        query.ascending
          ? sql`(s.stored, s.seq) > (${query.after.stored}, ${query.after.seq}::bigint)`
          : sql`(s.stored, s.seq) < (${query.after.stored}, ${query.after.seq}::bigint)`,
      );
    }
    const direction = query.ascending ? sql`ASC` : sql`DESC`;
    const columns = sql`s.seq::text AS seq, s.id::text AS id, s.statement, s.stored, s.voided`;
    if (conditions.length === 0) {
      const { rows } = await sql<StoredStatementRow>`
        SELECT ${columns} FROM xapi_statements s
        WHERE ${sql.join(page, sql` AND `)}
        ORDER BY s.stored ${direction}, s.seq ${direction}
        LIMIT ${limit}`.execute(this.db);
      return rows;
    }
    const { rows } = await sql<StoredStatementRow>`
      WITH RECURSIVE matched(id) AS (
        SELECT id FROM xapi_statements WHERE organisation_id = ${organisationId} AND ${sql.join(conditions, sql` AND `)}
        UNION
        SELECT r.id FROM xapi_statements r JOIN matched m ON r.object_statement_id = m.id
        WHERE r.organisation_id = ${organisationId}
      )
      SELECT ${columns} FROM xapi_statements s
      WHERE ${sql.join(page, sql` AND `)} AND s.id IN (SELECT id FROM matched)
      ORDER BY s.stored ${direction}, s.seq ${direction}
      LIMIT ${limit}`.execute(this.db);
    return rows;
  }

  async findAttachments(seqs: readonly string[]): Promise<{ seq: string; sha2: string; contentType: string; content: Buffer }[]> {
    if (seqs.length === 0) return [];
    const rows = await this.db
      .selectFrom('xapi_attachments')
      .select([sql<string>`statement_seq::text`.as('seq'), 'sha2', 'content_type as contentType', 'content'])
      .where('statement_seq', '=', sql<string>`ANY(${[...seqs]}::bigint[])`)
      .execute();
    // PGlite gives bytea as a Uint8Array, pg as a Buffer.
    return rows.map((r) => ({ ...r, content: Buffer.from(r.content) }));
  }

  /** The definition the latest statement of the store gave this activity (the Activities resource). */
  async findActivityDefinition(organisationId: string, activityId: string): Promise<Record<string, any> | undefined> {
    const { rows } = await sql<{ definition: Record<string, any> }>`
      SELECT statement->'object'->'definition' AS definition FROM xapi_statements
      WHERE organisation_id = ${organisationId} AND activity_id = ${activityId} AND statement->'object' ? 'definition'
      ORDER BY stored DESC, seq DESC LIMIT 1`.execute(this.db);
    return rows[0]?.definition;
  }

  /** The learners behind these account names (the names the platform gives its learners). */
  async findLearnersByAccountNames(names: readonly string[], executor: XapiExecutor = this.db): Promise<Map<string, string>> {
    if (names.length === 0) return new Map();
    const rows = await executor
      .selectFrom('xapi_learner_accounts')
      .select(['name', 'user_id as userId'])
      .where('name', 'in', [...names])
      .execute();
    return new Map(rows.map((r) => [r.name, r.userId]));
  }

  /** Remembers each learner's account name, in one statement; a learner already remembered keeps theirs. */
  async saveLearnerAccounts(accounts: readonly { userId: string; name: string }[], executor: XapiExecutor = this.db): Promise<void> {
    if (accounts.length === 0) return;
    await executor
      .insertInto('xapi_learner_accounts')
      .values(accounts.map((a) => ({ user_id: a.userId, name: a.name })))
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
  }
}
