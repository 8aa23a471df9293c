import { createHash, randomUUID } from 'node:crypto';
import type { AppConfig } from '../../src/core/config.js';
import { Role } from '../../src/core/roles.js';
import { OrganisationService } from '../../src/organisation/organisation.service.js';
import { XapiService } from '../../src/xapi/xapi.service.js';
import { type TestApi, startTestApi } from '../harness.js';
import type { DatabaseKind } from '../test-database.js';

export interface LrsResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  json<T = any>(): T;
}

export interface Credentials {
  key: string;
  secret: string;
}

export interface LrsRequestOptions {
  query?: Record<string, string | object | boolean | number>;
  json?: unknown;
  body?: Buffer | string;
  contentType?: string;
  headers?: Record<string, string>;
  /** null: no X-Experience-API-Version header. */
  version?: string | null;
  /** null: no Authorization header. */
  as?: Credentials | null;
}

const CREATE_CLIENT = `mutation($input: CreateXapiClientInput!) { createXapiClient(input: $input) { secret endpoint client { id key permission } } }`;

/**
 * The api with its LRS, an admin, and a read-write client of the test organisation. `lrs()` sends
 * one HTTP request to /xapi as a client (version 1.0.3 unless told).
 */
export async function startLrs(kind: DatabaseKind, overrides: Partial<AppConfig> = {}) {
  const api = await startTestApi(kind, overrides);
  const base = api.url.replace(/\/graphql$/, '');
  const admin = await api.given.admin();

  async function createClient(
    permission: 'READ' | 'WRITE' | 'READ_WRITE' = 'READ_WRITE',
    organisationId = api.organisationId,
    cookie = admin.cookie,
  ) {
    const result = await api.gql(CREATE_CLIENT, { input: { organisationId, name: `Outil ${permission}`, permission } }, { cookie });
    const created = result.data?.createXapiClient;
    return created ? { key: created.client.key as string, secret: created.secret as string, id: created.client.id as string } : result;
  }

  const client = (await createClient()) as Credentials & { id: string };

  async function lrs(method: string, path: string, options: LrsRequestOptions = {}): Promise<LrsResponse> {
    const url = new URL(`/xapi${path}`, base);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      url.searchParams.set(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
    const headers: Record<string, string> = { ...options.headers };
    if (options.version !== null) headers['X-Experience-API-Version'] = options.version ?? '1.0.3';
    const as = options.as === undefined ? client : options.as;
    if (as) headers.Authorization = `Basic ${Buffer.from(`${as.key}:${as.secret}`).toString('base64')}`;
    let body: Buffer | string | undefined = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['Content-Type'] = 'application/json';
    }
    if (options.contentType) headers['Content-Type'] = options.contentType;
    const response = await fetch(url, { method, headers, body });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body: bytes, json: () => JSON.parse(bytes.toString('utf8')) };
  }

  /** A learner of the test organisation (or another) and their xAPI actor. */
  async function learner(organisationId = api.organisationId) {
    const account = await api.given.accountAt(organisationId, Role.LEARNER);
    return { ...account, actor: await api.app.get(XapiService).learnerActor(account.id) };
  }

  async function otherOrganisation(name = `Lycée ${randomUUID().slice(0, 8)}`) {
    return api.app.get(OrganisationService).createOrganisation({ kind: 'ETABLISSEMENT', name });
  }

  return { api, base, admin, client, createClient, lrs, learner, otherOrganisation, stop: () => api.stop() };
}

export type Lrs = Awaited<ReturnType<typeof startLrs>>;

let counter = 0;
/** A valid statement about an external agent; change what the test is about. */
export function statement(overrides: Record<string, unknown> = {}): Record<string, any> {
  counter += 1;
  return {
    actor: { objectType: 'Agent', name: 'Élève externe', mbox: `mailto:eleve${counter}@example.org` },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'fr-FR': 'a suivi', 'en-US': 'experienced' } },
    object: {
      objectType: 'Activity',
      id: `http://example.org/activites/${counter}`,
      definition: { name: { 'fr-FR': 'Activité', 'en-US': 'Activity' } },
    },
    ...overrides,
  };
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A multipart/mixed body: the JSON first, then each attachment with its hash. */
export function multipart(json: unknown, attachments: { contentType: string; content: Buffer | string }[], boundary = 'xapi-boundary-42') {
  const chunks: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(json)}\r\n`)];
  for (const attachment of attachments) {
    const content = Buffer.from(attachment.content);
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Type: ${attachment.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${sha256(content)}\r\n\r\n`,
      ),
      content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/mixed; boundary=${boundary}` };
}

export type { TestApi };
