import { isTimestamp, validateStatement } from './statement-validation.js';
import type { StatementFormat } from './statement-format.js';
import { agentKey } from './statement-keys.js';
import { isIri, isUuid } from './xapi-forms.js';

/**
 * The parameters of GET /statements (Communication 2.1.3), read and checked: a parameter the
 * resource does not know, or a value of the wrong form, is a 400. A `more` link carries the same
 * parameters and the position reached; it grants nothing by itself (the store is that of the
 * credentials of each request), so it needs no signature. Pure.
 */
export type StatementRequest =
  | { kind: 'single'; id: string; voided: boolean; format: StatementFormat; attachments: boolean }
  | { kind: 'query'; filters: StatementFilters; position?: { stored: string; seq: string } };

export interface StatementFilters {
  agent?: Record<string, unknown>;
  verb?: string;
  activity?: string;
  registration?: string;
  relatedActivities: boolean;
  relatedAgents: boolean;
  since?: string;
  until?: string;
  limit: number;
  format: StatementFormat;
  attachments: boolean;
  ascending: boolean;
}

export const MAX_LIMIT = 500;
const QUERY_PARAMETERS = [
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'format',
  'attachments',
  'ascending',
];
const SINGLE_PARAMETERS = ['statementId', 'voidedStatementId', 'format', 'attachments'];

type Bad = (message: string) => Error;

export function parseStatementRequest(params: Record<string, string>, bad: Bad): StatementRequest {
  const names = Object.keys(params);
  if (params.more !== undefined) {
    if (names.length > 1) throw bad('more is used alone');
    return decodeMore(params.more, bad);
  }
  const format = parseFormat(params.format, bad);
  const attachments = parseBoolean(params.attachments, 'attachments', bad);
  if (params.statementId !== undefined || params.voidedStatementId !== undefined) {
    const unknown = names.filter((n) => !SINGLE_PARAMETERS.includes(n));
    if (unknown.length > 0)
      throw bad(`with statementId or voidedStatementId only format and attachments are allowed, not ${unknown.join(', ')}`);
    if (params.statementId !== undefined && params.voidedStatementId !== undefined)
      throw bad('statementId and voidedStatementId are exclusive');
    const id = (params.statementId ?? params.voidedStatementId)!;
    if (!isUuid(id)) throw bad('the statement id must be a UUID');
    return { kind: 'single', id: id.toLowerCase(), voided: params.voidedStatementId !== undefined, format, attachments };
  }
  const unknown = names.filter((n) => !QUERY_PARAMETERS.includes(n));
  if (unknown.length > 0) throw bad(`unknown parameter ${unknown.join(', ')}`);
  const filters: StatementFilters = {
    relatedActivities: parseBoolean(params.related_activities, 'related_activities', bad),
    relatedAgents: parseBoolean(params.related_agents, 'related_agents', bad),
    ascending: parseBoolean(params.ascending, 'ascending', bad),
    limit: parseLimit(params.limit, bad),
    format,
    attachments,
  };
  if (params.agent !== undefined) filters.agent = parseAgentParameter(params.agent, bad);
  if (params.verb !== undefined) {
    if (!isIri(params.verb)) throw bad('verb must be an IRI');
    filters.verb = params.verb;
  }
  if (params.activity !== undefined) {
    if (!isIri(params.activity)) throw bad('activity must be an IRI');
    filters.activity = params.activity;
  }
  if (params.registration !== undefined) {
    if (!isUuid(params.registration)) throw bad('registration must be a UUID');
    filters.registration = params.registration.toLowerCase();
  }
  for (const key of ['since', 'until'] as const) {
    const value = params[key];
    if (value === undefined) continue;
    if (!isTimestamp(value)) throw bad(`${key} must be an ISO 8601 timestamp`);
    filters[key] = new Date(value).toISOString();
  }
  return { kind: 'query', filters };
}

/** An Agent or identified Group as a query parameter (JSON), by its inverse functional identifier. */
export function parseAgentParameter(text: string, bad: Bad): Record<string, unknown> {
  let agent: unknown;
  try {
    agent = JSON.parse(text);
  } catch {
    throw bad('agent must be JSON');
  }
  const problems = validateStatement({ actor: agent, verb: { id: 'http://example.org/v' }, object: { id: 'http://example.org/a' } }, '1.0');
  if (problems.length > 0) throw bad(`agent: ${problems[0]!.replace(/^statement\.actor/, 'agent')}`);
  if (agentKey(agent as Record<string, unknown>) === null) throw bad('agent must have an inverse functional identifier');
  return agent as Record<string, unknown>;
}

function parseFormat(value: string | undefined, bad: Bad): StatementFormat {
  if (value === undefined) return 'exact';
  if (value === 'exact' || value === 'ids' || value === 'canonical') return value;
  throw bad('format must be ids, exact or canonical');
}

function parseBoolean(value: string | undefined, name: string, bad: Bad): boolean {
  if (value === undefined) return false;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw bad(`${name} must be true or false`);
}

function parseLimit(value: string | undefined, bad: Bad): number {
  if (value === undefined) return MAX_LIMIT;
  if (!/^\d+$/.test(value)) throw bad('limit must be a non-negative integer');
  const n = Number(value);
  return n === 0 || n > MAX_LIMIT ? MAX_LIMIT : n;
}

export function encodeMore(filters: StatementFilters, position: { stored: string; seq: string }): string {
  return Buffer.from(JSON.stringify({ f: filters, p: position })).toString('base64url');
}

function decodeMore(token: string, bad: Bad): StatementRequest {
  try {
    const { f, p } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      f: StatementFilters;
      p: { stored: string; seq: string };
    };
    // Read again through the same rules: a made-up token is no more than a query.
    const params: Record<string, string> = {
      related_activities: String(Boolean(f.relatedActivities)),
      related_agents: String(Boolean(f.relatedAgents)),
      ascending: String(Boolean(f.ascending)),
      limit: String(f.limit),
      format: String(f.format),
      attachments: String(Boolean(f.attachments)),
    };
    if (f.agent !== undefined) params.agent = JSON.stringify(f.agent);
    for (const [key, name] of [
      ['verb', 'verb'],
      ['activity', 'activity'],
      ['registration', 'registration'],
      ['since', 'since'],
      ['until', 'until'],
    ] as const) {
      if (f[key] !== undefined) params[name] = String(f[key]);
    }
    const request = parseStatementRequest(params, bad);
    if (request.kind !== 'query' || !isTimestamp(p.stored) || !/^\d{1,18}$/.test(p.seq)) throw new Error('bad position');
    return { kind: 'query', filters: request.filters, position: { stored: p.stored, seq: p.seq } };
  } catch {
    throw bad('more is not a link this LRS gave');
  }
}
