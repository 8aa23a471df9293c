import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import { ALL_ROLES } from '../core/roles.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { agentsOf, isActorOf, platformAccountNames, sameHomePage } from './agent-policy.js';
import { platformHomePage } from './learner-actor.js';
import type { Part } from './multipart.js';
import { SIGNATURE_USAGE, signatureProblem } from './signature.js';
import { sameStatement } from './statement-compare.js';
import { type StatementFormat, formatStatement, statementToStore } from './statement-format.js';
import { agentKey, statementKeys } from './statement-keys.js';
import { MAX_LIMIT, type StatementFilters, encodeMore } from './statement-query.js';
import { VOIDED_VERB, type XapiMajorVersion, validateStatement } from './statement-validation.js';
import { type NewStatementRow, StatementsRepository, type StoredStatementRow, type XapiExecutor } from './statements.repository.js';
import { LrsErrors } from './xapi.errors.js';

type Json = Record<string, any>;

/** Who is writing or reading: an LRS client of an organisation, or the platform itself. */
export interface LrsPrincipal {
  organisationId: string;
  clientId: string | null;
  /** The `authority` the LRS writes on the statements this principal stores. */
  authority: Json;
  canRead: boolean;
  canWrite: boolean;
  /** The platform recording for one learner: the actor must be that learner's account. */
  speaksOnlyFor?: string;
  /** The platform's own events: may name any learner of the organisation it records for. */
  platform?: boolean;
}

export interface StoreRequest {
  statements: unknown[];
  /** The attachment parts of a multipart/mixed request; null for application/json. */
  parts: Part[] | null;
  version: XapiMajorVersion;
  /** PUT: the statementId parameter. */
  statementId?: string;
}

export interface StatementPage {
  statements: Json[];
  more: string;
  /** The statements' own rows, for their attachments. */
  seqs: string[];
}

const HASHES: Record<number, string> = { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' };

/** The Statements resource's rules: validation, attachments and signatures, who may write what, immutability, voiding, queries. */
@Injectable()
export class StatementsService {
  private readonly homePage: string;

  constructor(
    private readonly repository: StatementsRepository,
    private readonly organisations: OrganisationService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.homePage = platformHomePage(config.publicUrl);
  }

  /** Stores statements (all or none) and returns their ids, in order. */
  async storeStatements(principal: LrsPrincipal, request: StoreRequest, executor?: XapiExecutor): Promise<string[]> {
    if (!principal.canWrite) throw LrsErrors.forbidden('These credentials may not write statements.');
    const statements = request.statements.map((statement, i) => {
      const problems = validateStatement(statement, request.version);
      if (problems.length > 0) {
        const where = request.statements.length > 1 ? `statement ${i}: ` : '';
        throw LrsErrors.badRequest(where + problems.slice(0, 5).join('; '));
      }
      return statement as Json;
    });
    const ids = statements.map((s) => (typeof s.id === 'string' ? s.id.toLowerCase() : randomUUID()));
    if (request.statementId !== undefined && statements[0]?.id !== undefined && ids[0] !== request.statementId) {
      throw LrsErrors.badRequest('the statement id differs from the statementId parameter');
    }
    if (request.statementId !== undefined) ids[0] = request.statementId;
    if (new Set(ids).size !== ids.length) throw LrsErrors.badRequest('a batch must not hold two statements with the same id');
    const attachments = statements.map((s) => this.attachmentsOf(s, request.parts));
    this.checkAllPartsUsed(statements, request.parts);
    const learners = await this.checkWhoIsNamed(principal, statements, executor);
    await this.checkVoiding(principal.organisationId, statements, ids, executor);

    const stored = this.clock.now();
    const version = request.version === '2.0' ? '2.0.0' : '1.0.0';
    const rows: NewStatementRow[] = statements.map((statement, i) => {
      const toStore = statementToStore(statement, { id: ids[i]!, stored, authority: principal.authority, version });
      const actor = statement.actor as Json;
      const actorName = actor.account && sameHomePage(String(actor.account.homePage), this.homePage) ? String(actor.account.name) : null;
      return {
        id: ids[i]!,
        statement: toStore,
        keys: statementKeys(toStore),
        stored,
        timestamp: toStore.timestamp,
        learnerId: actorName ? (learners.get(actorName) ?? null) : null,
        clientId: principal.clientId,
        attachments: attachments[i]!,
      };
    });
    const write = (trx: XapiExecutor) => this.insertImmutable(principal.organisationId, rows, statements, trx);
    if (executor) await write(executor);
    else await this.repository.transaction(write);
    return ids;
  }

  /** A statement already stored under an id is never changed: the same one again is a no-op, another one a conflict. */
  private async insertImmutable(organisationId: string, rows: NewStatementRow[], received: Json[], trx: XapiExecutor): Promise<void> {
    const checkExisting = async (candidates: NewStatementRow[]) => {
      const existing = await this.repository.findByIds(
        organisationId,
        candidates.map((r) => r.id),
        trx,
      );
      const byId = new Map(existing.map((e) => [e.id, e]));
      for (const row of candidates) {
        const found = byId.get(row.id);
        if (!found) continue;
        const incoming = received[rows.indexOf(row)]!;
        const ignore = incoming.timestamp === undefined ? ['timestamp'] : [];
        if (!sameStatement(found.statement, { ...incoming, id: row.id }, { ignore })) {
          throw LrsErrors.conflict(`statement ${row.id} is already stored with another content`);
        }
      }
      return new Set(byId.keys());
    };
    const already = await checkExisting(rows);
    const fresh = rows.filter((r) => !already.has(r.id));
    const inserted = await this.repository.insertStatements(organisationId, fresh, trx);
    // A concurrent request stored some of them first: they must be the same statements.
    await checkExisting(fresh.filter((r) => !inserted.has(r.id)));
    await this.repository.markVoided(organisationId, [...inserted], trx);
  }

  private attachmentsOf(statement: Json, parts: Part[] | null): NewStatementRow['attachments'] {
    const kept: NewStatementRow['attachments'] = [];
    for (const attachment of declaredAttachments(statement)) {
      const sha2 = String(attachment.sha2).toLowerCase();
      const part = parts?.find((p) => p.headers['x-experience-api-hash']?.toLowerCase() === sha2);
      if (attachment.usageType === SIGNATURE_USAGE && (statement.attachments ?? []).includes(attachment)) {
        if (attachment.contentType !== 'application/octet-stream')
          throw LrsErrors.badRequest('a signature attachment must be application/octet-stream');
        if (!part) throw LrsErrors.badRequest('the signature of a signed statement must be sent as an attachment part');
        const problem = signatureProblem(part.body.toString('utf8'), statement);
        if (problem) throw LrsErrors.badRequest(problem);
      }
      if (!part) {
        if (attachment.fileUrl === undefined) throw LrsErrors.badRequest(`no part carries the attachment ${sha2}, and it has no fileUrl`);
        continue;
      }
      kept.push({ sha2, contentType: String(attachment.contentType), content: part.body });
    }
    return kept;
  }

  private checkAllPartsUsed(statements: Json[], parts: Part[] | null): void {
    if (!parts) return;
    const declared = new Set(statements.flatMap((s) => declaredAttachments(s).map((a) => String(a.sha2).toLowerCase())));
    for (const part of parts) {
      const hash = part.headers['x-experience-api-hash']?.toLowerCase();
      if (!hash) throw LrsErrors.badRequest('each attachment part needs an X-Experience-API-Hash header');
      const encoding = part.headers['content-transfer-encoding'];
      if (encoding !== undefined && encoding.toLowerCase() !== 'binary') throw LrsErrors.badRequest('attachment parts must be sent binary');
      const algorithm = HASHES[hash.length];
      if (!algorithm || createHash(algorithm).update(part.body).digest('hex') !== hash)
        throw LrsErrors.badRequest(`the part ${hash} does not have that hash`);
      if (!declared.has(hash)) throw LrsErrors.badRequest(`the part ${hash} matches no attachment of the statements`);
    }
  }

  /**
   * Learners appear under our homePage; a writer may name only those it speaks for (agent-policy.ts).
   * Returns the learners the statements name, by account name.
   */
  private async checkWhoIsNamed(principal: LrsPrincipal, statements: Json[], executor?: XapiExecutor): Promise<Map<string, string>> {
    if (principal.speaksOnlyFor !== undefined) {
      for (const statement of statements) {
        if (!isActorOf(statement, this.homePage, principal.speaksOnlyFor))
          throw LrsErrors.forbidden('a learner may only write statements whose actor is that learner');
      }
    }
    const names = [...new Set(statements.flatMap((s) => platformAccountNames(agentsOf(s), this.homePage)))];
    const learners = await this.repository.findLearnersByAccountNames(names, executor);
    if (principal.platform) return learners;
    for (const name of names) {
      const userId = learners.get(name);
      if (!userId || !(await this.isMemberOf(userId, principal.organisationId))) {
        throw LrsErrors.forbidden(`these credentials may not write about the account ${name} of this platform`);
      }
    }
    return learners;
  }

  /** For the documents of an agent: whether this principal may write about it, and the learner it is, if one. */
  async learnerBehind(principal: LrsPrincipal, agent: Json): Promise<string | null> {
    const learners = await this.checkWhoIsNamed(principal, [{ actor: agent }]);
    const name = agent.account && sameHomePage(String(agent.account.homePage), this.homePage) ? String(agent.account.name) : null;
    return name ? (learners.get(name) ?? null) : null;
  }

  private async isMemberOf(userId: string, organisationId: string): Promise<boolean> {
    return (await this.organisations.scopeOf(userId, ALL_ROLES)).includes(organisationId);
  }

  /** A voiding statement must not target a voiding statement (Data 2.3.2). */
  private async checkVoiding(organisationId: string, statements: Json[], ids: string[], executor?: XapiExecutor): Promise<void> {
    const targets = statements.filter((s) => s.verb.id === VOIDED_VERB).map((s) => String(s.object.id).toLowerCase());
    if (targets.length === 0) return;
    const voidingInBatch = new Set(ids.filter((_, i) => statements[i]!.verb.id === VOIDED_VERB));
    const stored = await this.repository.findByIds(organisationId, targets, executor);
    if (targets.some((t) => voidingInBatch.has(t)) || stored.some((s) => s.statement.verb?.id === VOIDED_VERB)) {
      throw LrsErrors.badRequest('a voiding statement cannot be voided');
    }
  }

  /** GET with statementId (not voided) or voidedStatementId (voided only). */
  async statement(principal: LrsPrincipal, id: string, voided: boolean): Promise<StoredStatementRow> {
    if (!principal.canRead) throw LrsErrors.forbidden('These credentials may not read statements.');
    const [row] = await this.repository.findByIds(principal.organisationId, [id]);
    if (!row || row.voided !== voided) throw LrsErrors.notFound(voided ? 'No voided statement has this id.' : 'No statement has this id.');
    return row;
  }

  async query(principal: LrsPrincipal, filters: StatementFilters, position?: { stored: string; seq: string }): Promise<StatementPage> {
    if (!principal.canRead) throw LrsErrors.forbidden('These credentials may not read statements.');
    const limit = Math.min(filters.limit, MAX_LIMIT);
    const rows = await this.repository.query(
      principal.organisationId,
      {
        agentKey: filters.agent ? (agentKey(filters.agent) ?? undefined) : undefined,
        relatedAgents: filters.relatedAgents,
        verbId: filters.verb,
        activityId: filters.activity,
        relatedActivities: filters.relatedActivities,
        registration: filters.registration,
        since: filters.since ? new Date(filters.since) : undefined,
        until: filters.until ? new Date(filters.until) : undefined,
        ascending: filters.ascending,
        after: position ? { stored: new Date(position.stored), seq: position.seq } : undefined,
      },
      limit + 1,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const more =
      rows.length > limit && last
        ? `/xapi/statements?more=${encodeMore(filters, { stored: last.stored.toISOString(), seq: last.seq })}`
        : '';
    return { statements: page.map((r) => r.statement), more, seqs: page.map((r) => r.seq) };
  }

  /** Statements are readable as soon as their write is answered: all those stored until now are there. */
  consistentThrough(): Date {
    return this.clock.now();
  }

  format(statement: Json, format: StatementFormat, languages: readonly string[]): Json {
    return formatStatement(statement, format, languages);
  }

  attachments(seqs: readonly string[]) {
    return this.repository.findAttachments(seqs);
  }

  activityDefinition(principal: LrsPrincipal, activityId: string) {
    if (!principal.canRead) throw LrsErrors.forbidden('These credentials may not read.');
    return this.repository.findActivityDefinition(principal.organisationId, activityId);
  }
}

/** The statement's attachments, and its SubStatement's. */
function declaredAttachments(statement: Json): Json[] {
  return [
    ...(statement.attachments ?? []),
    ...(statement.object?.objectType === 'SubStatement' ? (statement.object.attachments ?? []) : []),
  ];
}
