import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../src/core/clock.js';
import { Role } from '../src/core/roles.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { XapiForwarder } from '../src/xapi/forwarder.service.js';
import { XapiProjector } from '../src/xapi/projector.service.js';
import { reasonOf } from './harness.js';
import { databaseKinds } from './test-database.js';
import { NO_JOBS, play } from './xapi/events.js';
import { startGate } from './xapi/gate.js';
import { type Lrs, statement, startLrs } from './xapi/lrs.js';

const SET = `mutation($input: SetXapiForwardingInput!) {
  setXapiForwarding(input: $input) { id organisationId endpoint key sentCount failures lastError nextAttemptAt }
}`;
const FORWARDING = `query($id: ID!) { xapiForwarding(organisationId: $id) { endpoint key sentCount failures lastError nextAttemptAt lastSentAt } }`;
const REMOVE = `mutation($id: ID!) { removeXapiForwarding(organisationId: $id) }`;

describe.each(databaseKinds())('forwarding statements to an external LRS on %s', (kind) => {
  let lrs: Lrs;
  /** The académie's own LRS: a second instance of our api, on another database, with another address. */
  let peer: Lrs;
  let gate: Awaited<ReturnType<typeof startGate>>;
  let service: string;
  const forwarder = () => lrs.api.app.get(XapiForwarder);
  const clock = () => lrs.api.app.get(Clock);

  beforeAll(async () => {
    lrs = await startLrs(kind, NO_JOBS);
    peer = await startLrs(kind, { ...NO_JOBS, publicUrl: 'https://lrs.academie.example.fr' });
    gate = await startGate(peer.base);
    service = await lrs.api.app
      .get(OrganisationService)
      .createOrganisation({ kind: 'SERVICE', name: 'Service de formation', parentId: lrs.api.organisationId });
  });
  afterAll(async () => {
    clock().set(new Date());
    await gate.close();
    await Promise.all([lrs.stop(), peer.stop()]);
  });

  async function write(count: number, organisation: { key: string; secret: string } = lrs.client): Promise<string[]> {
    const statements = Array.from({ length: count }, () => ({ ...statement(), id: randomUUID() }));
    for (let i = 0; i < statements.length; i += 50) {
      const response = await lrs.lrs('POST', '/statements', { json: statements.slice(i, i + 50), as: organisation });
      expect(response.status).toBe(200);
    }
    return statements.map((s) => s.id);
  }

  /** Our statements that the test organisation forwards (its own and its service's), in the order they are sent. */
  async function oursInOrder(): Promise<string[]> {
    const { rows } = await sql<{ id: string }>`
      SELECT id::text AS id FROM xapi_statements WHERE organisation_id IN (${lrs.api.organisationId}, ${service})
      ORDER BY tx_id, seq`.execute(lrs.api.db);
    return rows.map((r) => r.id);
  }

  /** What the other LRS holds, oldest first, through its own Statements resource and its `more` links. */
  async function peerHolds(): Promise<string[]> {
    const ids: string[] = [];
    let response = await peer.lrs('GET', '/statements', { query: { ascending: true, limit: 100 } });
    for (;;) {
      const page = response.json<{ statements: { id: string }[]; more: string }>();
      ids.push(...page.statements.map((s) => s.id));
      if (!page.more) return ids;
      const more = new URL(page.more, peer.base);
      response = await peer.lrs('GET', '/statements', { query: Object.fromEntries(more.searchParams) });
    }
  }

  /**
   * Waits until every transaction that wrote a statement so far has ended, as the forwarder sees it
   * (on a shared PostgreSQL server, another database's open transaction holds the horizon back a moment).
   */
  async function settled(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const { rows } = await sql<{ ok: boolean }>`
        SELECT coalesce(max(tx_id) < pg_snapshot_xmin(pg_current_snapshot()), true) AS ok FROM xapi_statements`.execute(lrs.api.db);
      if (rows[0]!.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the transactions before the horizon never ended');
  }

  async function forwardOnce() {
    await settled();
    return forwarder().runOnce();
  }

  function forwardingOf(cookie = lrs.admin.cookie) {
    return lrs.api.gql(FORWARDING, { id: lrs.api.organisationId }, { cookie }).then((r) => r.data?.xapiForwarding);
  }

  it('lets only an admin of the organisation set its external LRS, and never gives the secret back', async () => {
    const learner = await lrs.api.given.learner();
    const otherAdmin = await lrs.api.given.accountAt(await lrs.otherOrganisation(), Role.ADMIN);
    const input = { organisationId: lrs.api.organisationId, endpoint: gate.endpoint(), key: peer.client.key, secret: peer.client.secret };

    const asLearner = await lrs.api.gql(SET, { input }, { cookie: learner.cookie });
    const asOtherAdmin = await lrs.api.gql(SET, { input }, { cookie: otherAdmin.cookie });
    const badEndpoint = await lrs.api.gql(SET, { input: { ...input, endpoint: 'ftp://lrs.example.fr/' } }, { cookie: lrs.admin.cookie });
    const set = await lrs.api.gql(SET, { input }, { cookie: lrs.admin.cookie });
    const stored = await sql<{ secret: string }>`SELECT secret_encrypted AS secret FROM xapi_forwardings`.execute(lrs.api.db);

    expect(asLearner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reasonOf(asOtherAdmin)).toBe('NOT_ALLOWED');
    expect(reasonOf(badEndpoint)).toBe('XAPI_ENDPOINT_INVALID');
    expect(set.data?.setXapiForwarding).toMatchObject({ endpoint: gate.endpoint(), key: peer.client.key, sentCount: 0, failures: 0 });
    expect(JSON.stringify(set)).not.toContain(peer.client.secret);
    expect(stored.rows[0]!.secret).not.toContain(peer.client.secret);
  });

  it('forwards the organisation’s statements and its descendants’, in order, each once, through an outage with backoff', async () => {
    const serviceClient = (await lrs.createClient('WRITE', service)) as { key: string; secret: string };
    const otherOrganisation = await lrs.otherOrganisation();
    const otherAdmin = await lrs.api.given.accountAt(otherOrganisation, Role.ADMIN);
    const elsewhere = (await lrs.createClient('WRITE', otherOrganisation, otherAdmin.cookie)) as { key: string; secret: string };
    await write(130);
    await write(20, serviceClient);
    const notForwarded = await write(5, elsewhere);
    const learner = await lrs.api.given.accountAt(service, Role.LEARNER);
    await play(lrs, learner.cookie, 'photos-en-ligne', [['q-accord', { choiceIds: ['oui'] }]]);
    await lrs.api.app.get(XapiProjector).runOnce();

    const first = await forwardOnce();
    const afterFirst = await forwardingOf();

    await gate.close();
    await write(30);
    const t0 = clock().now();
    const down1 = await forwardOnce();
    const wait1 = await forwardingOf();
    const notYet = await forwardOnce();
    clock().set(new Date(t0.getTime() + 31_000));
    const down2 = await forwardOnce();
    const wait2 = await forwardingOf();

    await gate.open();
    const stillWaiting = await forwardOnce();
    clock().set(new Date(t0.getTime() + 31_000 + 61_000));
    const back = await forwardOnce();
    const afterBack = await forwardingOf();

    const ours = await oursInOrder();
    expect(ours).toHaveLength(130 + 20 + 2 + 30);
    expect(first).toEqual({ sent: 152, failures: 0 });
    expect(afterFirst).toMatchObject({ sentCount: 152, failures: 0, lastError: null });
    expect(down1).toEqual({ sent: 0, failures: 1 });
    expect(wait1.failures).toBe(1);
    expect(wait1.lastError).toMatch(/ECONNREFUSED|fetch failed/);
    expect(new Date(wait1.nextAttemptAt).getTime() - t0.getTime()).toBeGreaterThanOrEqual(30_000);
    expect(notYet).toEqual({ sent: 0, failures: 0 });
    expect(down2).toEqual({ sent: 0, failures: 1 });
    expect(wait2.failures).toBe(2);
    expect(new Date(wait2.nextAttemptAt).getTime() - (t0.getTime() + 31_000)).toBeGreaterThanOrEqual(60_000);
    expect(stillWaiting).toEqual({ sent: 0, failures: 0 });
    expect(back).toEqual({ sent: 30, failures: 0 });
    expect(afterBack).toMatchObject({ sentCount: 182, failures: 0, lastError: null });
    expect(gate.arrived).toEqual(ours);
    expect(await peerHolds()).toEqual(ours);
    expect(ours.some((id) => notForwarded.includes(id))).toBe(false);
  });

  it('sends a batch that clashes one statement at a time: an id the other LRS holds with another content stays theirs', async () => {
    const clash = { ...statement(), id: randomUUID() };
    const theirs = await peer.lrs('PUT', '/statements', {
      query: { statementId: clash.id },
      json: { ...clash, result: { completion: true } },
    });
    const before = await write(2);
    const mine = await lrs.lrs('PUT', '/statements', { query: { statementId: clash.id }, json: clash });
    const after = await write(2);

    const pass = await forwardOnce();
    const held = await peerHolds();
    const stored = await peer.lrs('GET', '/statements', { query: { statementId: clash.id } });

    expect([theirs.status, mine.status]).toEqual([204, 204]);
    expect(pass).toEqual({ sent: 5, failures: 0 });
    expect(held.slice(-4)).toEqual([...before, ...after]);
    expect(held.filter((id) => id === clash.id)).toHaveLength(1);
    expect(stored.json().result).toEqual({ completion: true });
    expect(await forwardingOf()).toMatchObject({ sentCount: 182 + 5, failures: 0 });
  });

  it('starts again from the first statement for a new endpoint, and the other LRS stores none twice', async () => {
    const heldBefore = await peerHolds();

    await lrs.api.gql(
      SET,
      {
        input: {
          organisationId: lrs.api.organisationId,
          endpoint: gate.endpoint().replace(/\/$/, ''),
          key: peer.client.key,
          secret: peer.client.secret,
        },
      },
      { cookie: lrs.admin.cookie },
    );
    const pass = await forwardOnce();
    const heldAfter = await peerHolds();

    expect(pass).toEqual({ sent: (await oursInOrder()).length, failures: 0 });
    expect(heldAfter).toEqual(heldBefore);
  });

  it('tells the other LRS to void what it received of a learner who erases their account, naming no one', async () => {
    const learner = await lrs.api.given.accountAt(service, Role.LEARNER);
    await play(lrs, learner.cookie, 'photos-en-ligne', [['q-accord', { choiceIds: ['oui'] }]]);
    await lrs.api.app.get(XapiProjector).runOnce();
    await forwardOnce();
    const { rows } = await sql<{ id: string; account: string }>`
      SELECT id::text AS id, statement->'actor'->'account'->>'name' AS account FROM xapi_statements WHERE learner_id = ${learner.id}`.execute(
      lrs.api.db,
    );
    const theirs = rows.map((r) => r.id);
    const receivedBefore = await Promise.all(theirs.map((id) => peer.lrs('GET', '/statements', { query: { statementId: id } })));

    const erased = await lrs.api.gql(
      `mutation { eraseMyAccount(confirmation: "SUPPRIMER") }`,
      {},
      { cookie: learner.cookie, headers: { origin: 'http://localhost:3000' } },
    );
    const pass = await forwardOnce();
    const voiding = await sql<{ statement: { actor: unknown; object: { id: string } } }>`
      SELECT statement FROM xapi_statements
      WHERE verb_id = 'http://adlnet.gov/expapi/verbs/voided' AND object_statement_id = ANY(${theirs}::uuid[])`.execute(lrs.api.db);
    const left = await sql<{ n: number }>`SELECT count(*)::int AS n FROM xapi_statements WHERE id = ANY(${theirs}::uuid[])`.execute(
      lrs.api.db,
    );
    const receivedAfter = await Promise.all(theirs.map((id) => peer.lrs('GET', '/statements', { query: { statementId: id } })));
    const voidedThere = await Promise.all(theirs.map((id) => peer.lrs('GET', '/statements', { query: { voidedStatementId: id } })));

    expect(erased.data?.eraseMyAccount).toBe(true);
    expect(theirs.length).toBeGreaterThanOrEqual(2);
    expect(receivedBefore.map((r) => r.status)).toEqual(theirs.map(() => 200));
    expect(left.rows[0]!.n).toBe(0);
    expect(voiding.rows.map((r) => r.statement.object.id).sort()).toEqual([...theirs].sort());
    expect(JSON.stringify(voiding.rows)).not.toContain(rows[0]!.account);
    expect(pass).toEqual({ sent: theirs.length, failures: 0 });
    expect(receivedAfter.map((r) => r.status)).toEqual(theirs.map(() => 404));
    expect(voidedThere.map((r) => r.status)).toEqual(theirs.map(() => 200));
  });

  it('stops forwarding when the admin removes the external LRS', async () => {
    const removed = await lrs.api.gql(REMOVE, { id: lrs.api.organisationId }, { cookie: lrs.admin.cookie });
    await write(3);
    const arrivedBefore = gate.arrived.length;

    const pass = await forwardOnce();

    expect(removed.data?.removeXapiForwarding).toBe(true);
    expect(await forwardingOf()).toBeNull();
    expect(pass).toEqual({ sent: 0, failures: 0 });
    expect(gate.arrived.length).toBe(arrivedBefore);
  });
});
