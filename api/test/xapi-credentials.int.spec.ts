import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/roles.js';
import { DataExportService } from '../src/privacy/data-export.service.js';
import { XapiService } from '../src/xapi/xapi.service.js';
import { reasonOf } from './harness.js';
import { databaseKinds } from './test-database.js';
import { type Credentials, type Lrs, startLrs, statement } from './xapi/lrs.js';

const CLIENTS = `query($organisationId: ID!) { xapiClients(organisationId: $organisationId) { id key permission revokedAt } }`;
const CREATE = `mutation($input: CreateXapiClientInput!) { createXapiClient(input: $input) { secret client { id key } } }`;
const REVOKE = `mutation($id: ID!) { revokeXapiClient(id: $id) { id revokedAt } }`;

describe.each(databaseKinds())('xAPI credentials and scoping on %s', (kind) => {
  let lrs: Lrs;
  beforeAll(async () => {
    lrs = await startLrs(kind);
  });
  afterAll(() => lrs.stop());

  describe('HTTP Basic', () => {
    it('An LRS answers 401 with a Basic challenge to a request without credentials', async () => {
      const response = await lrs.lrs('GET', '/statements', { as: null });

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
    });

    it('An LRS answers 401 to a wrong secret and to an unknown key', async () => {
      expect((await lrs.lrs('GET', '/statements', { as: { key: lrs.client.key, secret: 'wrong' } })).status).toBe(401);
      expect((await lrs.lrs('GET', '/statements', { as: { key: 'unknown', secret: lrs.client.secret } })).status).toBe(401);
    });

    it('An LRS answers 403 to a read-only client that writes, and to a write-only client that reads', async () => {
      const reader = (await lrs.createClient('READ')) as Credentials;
      const writer = (await lrs.createClient('WRITE')) as Credentials;

      expect((await lrs.lrs('POST', '/statements', { json: statement(), as: reader })).status).toBe(403);
      expect(
        (
          await lrs.lrs('PUT', '/activities/state', {
            query: { activityId: 'http://example.org/a', agent: { mbox: 'mailto:a@example.org' }, stateId: 's' },
            json: {},
            as: reader,
          })
        ).status,
      ).toBe(403);
      expect((await lrs.lrs('GET', '/statements', { as: reader })).status).toBe(200);
      expect((await lrs.lrs('POST', '/statements', { json: statement(), as: writer })).status).toBe(200);
      expect((await lrs.lrs('GET', '/statements', { as: writer })).status).toBe(403);
    });

    it('An LRS refuses revoked credentials at once', async () => {
      const client = (await lrs.createClient('READ_WRITE')) as Credentials & { id: string };
      expect((await lrs.lrs('GET', '/statements', { as: client })).status).toBe(200);

      const revoked = await lrs.api.gql(REVOKE, { id: client.id }, { cookie: lrs.admin.cookie });

      expect(revoked.data?.revokeXapiClient.revokedAt).toBeTruthy();
      expect((await lrs.lrs('GET', '/statements', { as: client })).status).toBe(401);
    });
  });

  describe('LRS clients over GraphQL', () => {
    it('shows the secret once and keeps only its argon2 hash', async () => {
      const created = await lrs.api.gql(
        CREATE,
        { input: { organisationId: lrs.api.organisationId, name: 'Moodle', permission: 'READ' } },
        { cookie: lrs.admin.cookie },
      );
      const listed = await lrs.api.gql(CLIENTS, { organisationId: lrs.api.organisationId }, { cookie: lrs.admin.cookie });
      const { rows } = await sql<{
        secret_hash: string;
      }>`SELECT secret_hash FROM xapi_clients WHERE id = ${created.data?.createXapiClient.client.id}`.execute(lrs.api.db);

      expect(created.data?.createXapiClient.secret).toMatch(/^[\w-]{32}$/);
      expect(listed.data?.xapiClients).toContainEqual(
        expect.objectContaining({ key: created.data?.createXapiClient.client.key, permission: 'READ' }),
      );
      expect(rows[0]?.secret_hash).toMatch(/^\$argon2id\$/);
      expect(JSON.stringify(listed)).not.toContain(created.data?.createXapiClient.secret);
    });

    it('is refused to a manager, and to an admin of another organisation', async () => {
      const manager = await lrs.api.given.manager();
      const elsewhere = await lrs.api.given.accountAt(await lrs.otherOrganisation(), Role.ADMIN);
      const input = { organisationId: lrs.api.organisationId, name: 'Outil', permission: 'READ_WRITE' };

      expect(reasonOf(await lrs.api.gql(CREATE, { input }, { cookie: manager.cookie }))).toBe('NOT_ALLOWED');
      expect(reasonOf(await lrs.api.gql(CREATE, { input }, { cookie: elsewhere.cookie }))).toBe('NOT_ALLOWED');
      expect(reasonOf(await lrs.api.gql(CLIENTS, { organisationId: lrs.api.organisationId }, { cookie: elsewhere.cookie }))).toBe(
        'NOT_ALLOWED',
      );
      expect(reasonOf(await lrs.api.gql(REVOKE, { id: lrs.client.id }, { cookie: elsewhere.cookie }))).toBe('NOT_ALLOWED');
    });

    it('lists to an admin the organisations whose LRS they administer, and none to a manager', async () => {
      const other = await lrs.otherOrganisation();
      const elsewhere = await lrs.api.given.accountAt(other, Role.ADMIN);
      const manager = await lrs.api.given.manager();
      const ORGANISATIONS = `{ xapiOrganisations { id } }`;

      const mine = await lrs.api.gql(ORGANISATIONS, {}, { cookie: lrs.admin.cookie });
      const theirs = await lrs.api.gql(ORGANISATIONS, {}, { cookie: elsewhere.cookie });
      const managers = await lrs.api.gql(ORGANISATIONS, {}, { cookie: manager.cookie });

      expect(mine.data?.xapiOrganisations.map((o: { id: string }) => o.id)).toContain(lrs.api.organisationId);
      expect(mine.data?.xapiOrganisations.map((o: { id: string }) => o.id)).not.toContain(other);
      expect(theirs.data?.xapiOrganisations).toEqual([{ id: other }]);
      expect(managers.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('organisations', () => {
    it('A client sees only the statements of its organisation', async () => {
      const other = await lrs.otherOrganisation();
      const otherAdmin = await lrs.api.given.accountAt(other, Role.ADMIN);
      const outsider = (await lrs.createClient('READ_WRITE', other, otherAdmin.cookie)) as Credentials;
      const [ours] = (await lrs.lrs('POST', '/statements', { json: statement() })).json<string[]>();

      const byId = await lrs.lrs('GET', '/statements', { query: { statementId: ours! }, as: outsider });
      const all = await lrs.lrs('GET', '/statements', { as: outsider });

      expect(byId.status).toBe(404);
      expect(all.json().statements.map((s: { id: string }) => s.id)).not.toContain(ours);
    });

    it('A client may write about a learner of its organisation, and the statement is theirs', async () => {
      const learner = await lrs.learner();

      const response = await lrs.lrs('POST', '/statements', { json: statement({ actor: learner.actor }) });

      expect(response.status).toBe(200);
      const { rows } = await sql<{ learner_id: string }>`SELECT learner_id FROM xapi_statements WHERE id = ${response.json()[0]}`.execute(
        lrs.api.db,
      );
      expect(rows[0]?.learner_id).toBe(learner.id);
    });

    it('A client can never write a statement about a learner of another organisation (403), even in a context', async () => {
      const stranger = await lrs.learner(await lrs.otherOrganisation());

      expect((await lrs.lrs('POST', '/statements', { json: statement({ actor: stranger.actor }) })).status).toBe(403);
      expect((await lrs.lrs('POST', '/statements', { json: statement({ context: { instructor: stranger.actor } }) })).status).toBe(403);
      expect((await lrs.lrs('PUT', '/agents/profile', { query: { agent: stranger.actor, profileId: 'p' }, json: {} })).status).toBe(403);
    });

    it('A client can never write about an account of the platform that is no learner it knows (403)', async () => {
      const madeUp = { objectType: 'Agent', account: { homePage: 'http://localhost:3000', name: 'invente' } };

      expect((await lrs.lrs('POST', '/statements', { json: statement({ actor: madeUp }) })).status).toBe(403);
    });
  });

  describe('recording from the platform (XapiService)', () => {
    it('names a learner by a pseudonymous account under PUBLIC_URL, never by e-mail, and the same each time', async () => {
      const learner = await lrs.learner();
      const xapi = lrs.api.app.get(XapiService);

      const actor = await xapi.learnerActor(learner.id);

      expect(actor).toEqual({
        objectType: 'Agent',
        account: { homePage: 'http://localhost:3000', name: expect.stringMatching(/^[0-9a-f]{32}$/) },
      });
      expect(JSON.stringify(actor)).not.toContain(learner.email);
      expect(JSON.stringify(actor)).not.toContain(learner.id);
      expect(await xapi.learnerActor(learner.id)).toEqual(actor);
    });

    it('records a statement with the platform as authority, readable by the organisation\u2019s clients', async () => {
      const learner = await lrs.learner();
      const xapi = lrs.api.app.get(XapiService);

      const id = await xapi.record(statement({ actor: learner.actor }), { organisationId: lrs.api.organisationId });
      const stored = (await lrs.lrs('GET', '/statements', { query: { statementId: id } })).json();

      expect(stored.authority.account).toEqual({ homePage: 'http://localhost:3000/xapi', name: 'platform' });
      expect(stored.actor).toEqual(learner.actor);
    });

    it('never records for a learner a statement whose actor is someone else', async () => {
      const learner = await lrs.learner();
      const other = await lrs.learner();
      const xapi = lrs.api.app.get(XapiService);

      const own = await xapi.record(statement({ actor: learner.actor }), {
        organisationId: lrs.api.organisationId,
        onBehalfOf: learner.id,
      });
      const refused = xapi.record(statement({ actor: other.actor }), { organisationId: lrs.api.organisationId, onBehalfOf: learner.id });

      expect(own).toMatch(/^[0-9a-f-]{36}$/);
      await expect(refused).rejects.toMatchObject({ reason: 'XAPI_ACTOR_NOT_ALLOWED' });
    });

    it('refuses an invalid statement with the problems found', async () => {
      const xapi = lrs.api.app.get(XapiService);

      const refused = xapi.record({ ...statement(), id: 'x' }, { organisationId: lrs.api.organisationId });

      await expect(refused).rejects.toMatchObject({ reason: 'XAPI_STATEMENT_INVALID' });
    });
  });

  describe('privacy', () => {
    it('puts a learner\u2019s statements in their data export, and erases them with the account', async () => {
      const learner = await lrs.learner();
      const id = randomUUID();
      await lrs.lrs('PUT', '/statements', { query: { statementId: id }, json: statement({ actor: learner.actor }) });

      const exported = await lrs.api.app.get(DataExportService).personalData(learner.id);
      const erased = await lrs.api.gql(`mutation { eraseMyAccount(confirmation: "SUPPRIMER") }`, {}, { cookie: learner.cookie });

      expect((exported as Record<string, unknown[]>).xapiStatements).toEqual([expect.objectContaining({ id })]);
      expect(erased.data?.eraseMyAccount).toBe(true);
      expect((await lrs.lrs('GET', '/statements', { query: { statementId: id } })).status).toBe(404);
    });
  });
});
