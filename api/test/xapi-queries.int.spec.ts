import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/core/roles.js';
import { databaseKinds } from './test-database.js';
import { type Credentials, type Lrs, startLrs, statement } from './xapi/lrs.js';

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

describe.each(databaseKinds())('xAPI Statements queries on %s', (kind) => {
  let lrs: Lrs;
  /** Each test reads through its own client of its own organisation: what others stored is not there. */
  let reader: Credentials;
  beforeAll(async () => {
    lrs = await startLrs(kind);
  });
  afterAll(() => lrs.stop());

  async function freshStore(): Promise<Credentials> {
    const organisationId = await lrs.otherOrganisation();
    const admin = await lrs.api.given.accountAt(organisationId, Role.ADMIN);
    reader = (await lrs.createClient('READ_WRITE', organisationId, admin.cookie)) as Credentials;
    return reader;
  }

  async function post(...statements: Record<string, unknown>[]): Promise<string[]> {
    const response = await lrs.lrs('POST', '/statements', { json: statements, as: reader });
    expect(response.status).toBe(200);
    return response.json();
  }

  async function query(params: Record<string, string | object | boolean | number>) {
    const response = await lrs.lrs('GET', '/statements', { query: params, as: reader });
    expect(response.status).toBe(200);
    return response.json<{ statements: Record<string, any>[]; more: string }>();
  }

  it('An LRS returns a StatementResult with the newest stored statements first, and an empty more when all are there', async () => {
    await freshStore();
    const [first] = await post(statement());
    const [second] = await post(statement());

    const result = await query({});

    expect(result.statements.map((s) => s.id)).toEqual([second, first]);
    expect(result.more).toBe('');
  });

  it('An LRS filters by agent: the actor, the object, or a member of a Group actor', async () => {
    await freshStore();
    const agent = { mbox: 'mailto:suivie@example.org' };
    const [asActor, asObject, asMember] = await post(
      statement({ actor: agent }),
      statement({ object: { objectType: 'Agent', ...agent } }),
      statement({ actor: { objectType: 'Group', member: [agent, { mbox: 'mailto:autre@example.org' }] } }),
      statement(),
    );

    const result = await query({ agent, ascending: true });

    expect(result.statements.map((s) => s.id)).toEqual([asActor, asObject, asMember]);
  });

  it('An LRS applies the agent filter to instructor, team and authority with related_agents=true', async () => {
    await freshStore();
    const instructor = { mbox: 'mailto:formatrice@example.org' };
    const [withInstructor] = await post(statement({ context: { instructor } }), statement());

    expect((await query({ agent: instructor })).statements).toEqual([]);
    expect((await query({ agent: instructor, related_agents: true })).statements.map((s) => s.id)).toEqual([withInstructor]);
  });

  it('An LRS filters by verb and by activity, and by context activities with related_activities=true', async () => {
    await freshStore();
    const module = 'http://example.org/modules/citoyennete';
    const [answered, inModule] = await post(
      statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/answered' } }),
      statement({ context: { contextActivities: { parent: [{ id: module }] } } }),
      statement({ object: { id: `${module}/autre` } }),
    );

    expect((await query({ verb: 'http://adlnet.gov/expapi/verbs/answered' })).statements.map((s) => s.id)).toEqual([answered]);
    expect((await query({ activity: module })).statements).toEqual([]);
    expect((await query({ activity: module, related_activities: true })).statements.map((s) => s.id)).toEqual([inModule]);
  });

  it('An LRS filters by registration', async () => {
    await freshStore();
    const registration = randomUUID();
    const [registered] = await post(statement({ context: { registration } }), statement());

    expect((await query({ registration })).statements.map((s) => s.id)).toEqual([registered]);
  });

  it('An LRS filters by stored time: since excludes, until includes', async () => {
    await freshStore();
    const [first] = await post(statement());
    const firstStored = (await query({})).statements[0]!.stored as string;
    await new Promise((r) => setTimeout(r, 5));
    const [second] = await post(statement());

    expect((await query({ since: firstStored })).statements.map((s) => s.id)).toEqual([second]);
    expect((await query({ until: firstStored })).statements.map((s) => s.id)).toEqual([first]);
  });

  it('An LRS never returns voided statements in a query, but returns the voiding statement', async () => {
    await freshStore();
    const [target] = await post(statement());
    const [voiding] = await post(statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: target } }));

    expect((await query({})).statements.map((s) => s.id)).toEqual([voiding]);
  });

  it('An LRS returns with a filter the statements that target a matching statement through a StatementRef', async () => {
    await freshStore();
    const verb = { id: 'http://adlnet.gov/expapi/verbs/attempted' };
    const [target] = await post(statement({ verb }));
    const [referring] = await post(statement({ object: { objectType: 'StatementRef', id: target } }));

    const result = await query({ verb: verb.id, ascending: true });

    expect(result.statements.map((s) => s.id)).toEqual([target, referring]);
  });

  it('An LRS pages with limit and a more link that leads to the rest, without repeats', async () => {
    await freshStore();
    const ids = await post(...Array.from({ length: 5 }, () => statement()));

    const seen: string[] = [];
    let page = await query({ limit: 2, ascending: true });
    let pages = 1;
    seen.push(...page.statements.map((s) => s.id));
    while (page.more) {
      expect(page.more).toMatch(/^\/xapi\/statements\?more=/);
      const response = await lrs.lrs('GET', page.more.replace(/^\/xapi/, ''), { as: reader });
      page = response.json();
      seen.push(...page.statements.map((s) => s.id));
      pages += 1;
    }

    expect(pages).toBe(3);
    expect(seen).toEqual(ids);
  });

  it('An LRS rejects with 400 a more link it did not give', async () => {
    await freshStore();

    const response = await lrs.lrs('GET', '/statements', { query: { more: 'bm90IGEgbGluaw' }, as: reader });

    expect(response.status).toBe(400);
  });

  it('An LRS rejects with 400 a malformed agent, verb, since, limit or format parameter', async () => {
    await freshStore();
    const malformed: Record<string, string>[] = [
      { agent: '{"name": "no identifier"}' },
      { agent: 'not json' },
      { verb: 'answered' },
      { since: 'yesterday' },
      { limit: '-1' },
      { format: 'full' },
      { ascending: 'yes' },
    ];
    for (const params of malformed) {
      expect((await lrs.lrs('GET', '/statements', { query: params, as: reader })).status, JSON.stringify(params)).toBe(400);
    }
  });

  it('An LRS answers HEAD on a query with the headers of GET and no body', async () => {
    await freshStore();

    const head = await lrs.lrs('HEAD', '/statements', { as: reader });

    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});
