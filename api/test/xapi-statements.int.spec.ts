import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './test-database.js';
import { type Lrs, startLrs, statement } from './xapi/lrs.js';

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

describe.each(databaseKinds())('xAPI Statements resource on %s', (kind) => {
  let lrs: Lrs;
  beforeAll(async () => {
    lrs = await startLrs(kind);
  });
  afterAll(() => lrs.stop());

  describe('PUT /statements', () => {
    it('An LRS stores a statement sent with PUT and answers 204 No Content', async () => {
      const id = randomUUID();

      const put = await lrs.lrs('PUT', '/statements', { query: { statementId: id }, json: statement() });
      const get = await lrs.lrs('GET', '/statements', { query: { statementId: id } });

      expect(put.status).toBe(204);
      expect(get.status).toBe(200);
      expect(get.json().id).toBe(id);
    });

    it('An LRS rejects with 400 a PUT without the statementId parameter', async () => {
      const response = await lrs.lrs('PUT', '/statements', { json: statement() });

      expect(response.status).toBe(400);
    });

    it('An LRS rejects with 400 a PUT whose statement id differs from statementId', async () => {
      const response = await lrs.lrs('PUT', '/statements', { query: { statementId: randomUUID() }, json: statement({ id: randomUUID() }) });

      expect(response.status).toBe(400);
    });

    it('An LRS changes nothing when a statement id is sent again with the same statement (204)', async () => {
      const id = randomUUID();
      const sent = statement({ id });
      await lrs.lrs('PUT', '/statements', { query: { statementId: id }, json: sent });
      const before = (await lrs.lrs('GET', '/statements', { query: { statementId: id } })).json();

      const again = await lrs.lrs('PUT', '/statements', { query: { statementId: id }, json: { ...sent, actor: { ...sent.actor } } });

      expect(again.status).toBe(204);
      expect((await lrs.lrs('GET', '/statements', { query: { statementId: id } })).json()).toEqual(before);
    });

    it('An LRS answers 409 Conflict to the same statement id with another content, and keeps the stored statement', async () => {
      const id = randomUUID();
      const sent = statement({ id });
      await lrs.lrs('PUT', '/statements', { query: { statementId: id }, json: sent });
      const before = (await lrs.lrs('GET', '/statements', { query: { statementId: id } })).json();

      const conflicting = await lrs.lrs('PUT', '/statements', {
        query: { statementId: id },
        json: { ...sent, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } },
      });
      const posted = await lrs.lrs('POST', '/statements', { json: { ...sent, result: { success: false } } });

      expect(conflicting.status).toBe(409);
      expect(posted.status).toBe(409);
      expect((await lrs.lrs('GET', '/statements', { query: { statementId: id } })).json()).toEqual(before);
    });
  });

  describe('POST /statements', () => {
    it('An LRS stores a single statement and returns its id in an array', async () => {
      const response = await lrs.lrs('POST', '/statements', { json: statement() });

      expect(response.status).toBe(200);
      expect(response.json()).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    });

    it('An LRS stores a batch and returns the ids in the order of the statements', async () => {
      const given = randomUUID();

      const response = await lrs.lrs('POST', '/statements', { json: [statement(), statement({ id: given }), statement()] });

      expect(response.status).toBe(200);
      expect(response.json()).toHaveLength(3);
      expect(response.json()[1]).toBe(given);
    });

    it('An LRS rejects with 400 a whole batch when one statement is invalid, and stores none of it', async () => {
      const good = randomUUID();

      const response = await lrs.lrs('POST', '/statements', { json: [statement({ id: good }), statement({ verb: { id: 'not an iri' } })] });

      expect(response.status).toBe(400);
      expect((await lrs.lrs('GET', '/statements', { query: { statementId: good } })).status).toBe(404);
    });

    it('An LRS rejects with 400 a batch holding two statements with the same id', async () => {
      const id = randomUUID();

      const response = await lrs.lrs('POST', '/statements', { json: [statement({ id }), statement({ id })] });

      expect(response.status).toBe(400);
    });

    it('An LRS sets stored, authority, version and timestamp itself, whatever the client sent as authority', async () => {
      const [id] = (await lrs.lrs('POST', '/statements', { json: statement({ authority: { mbox: 'mailto:impostor@example.org' } }) })).json<
        string[]
      >();

      const stored = (await lrs.lrs('GET', '/statements', { query: { statementId: id! } })).json();

      expect(stored.authority).toEqual({
        objectType: 'Agent',
        name: 'Outil READ_WRITE',
        account: { homePage: 'http://localhost:3000/xapi/clients', name: lrs.client.key },
      });
      expect(stored.version).toBe('1.0.0');
      expect(new Date(stored.stored).toISOString()).toBe(stored.stored);
      expect(stored.timestamp).toBe(stored.stored);
    });

    it('An LRS returns a single context activity as an array of one', async () => {
      const parent = { id: 'http://example.org/modules/1' };
      const [id] = (await lrs.lrs('POST', '/statements', { json: statement({ context: { contextActivities: { parent } } }) })).json<
        string[]
      >();

      const stored = (await lrs.lrs('GET', '/statements', { query: { statementId: id! } })).json();

      expect(stored.context.contextActivities.parent).toEqual([parent]);
    });
  });

  describe('malformed statements', () => {
    const malformed: [string, Record<string, any>][] = [
      ['whose id is not a UUID', statement({ id: 'abc' })],
      ['without an actor', { verb: statement().verb, object: statement().object }],
      ['without a verb', { actor: statement().actor, object: statement().object }],
      ['without an object', { actor: statement().actor, verb: statement().verb }],
      ['with a property the specification does not name', statement({ color: 'blue' })],
      ['whose verb id is not an IRI', statement({ verb: { id: 'experienced' } })],
      ['whose verb display is not a language map', statement({ verb: { id: 'http://example.org/v', display: 'a suivi' } })],
      ['whose activity id is not an IRI', statement({ object: { id: 'activité 1' } })],
      [
        'whose actor has two inverse functional identifiers',
        statement({ actor: { mbox: 'mailto:a@example.org', openid: 'http://example.org/a' } }),
      ],
      ['whose actor has no inverse functional identifier', statement({ actor: { name: 'Personne' } })],
      ['whose mbox is not a mailto IRI', statement({ actor: { mbox: 'a@example.org' } })],
      ['whose account has no homePage', statement({ actor: { account: { name: 'a' } } })],
      ['whose objectType is in the wrong case', statement({ actor: { objectType: 'agent', mbox: 'mailto:a@example.org' } })],
      ['whose scaled score is above 1', statement({ result: { score: { scaled: 1.01 } } })],
      ['whose raw score is outside min and max', statement({ result: { score: { raw: 12, min: 0, max: 10 } } })],
      ['whose duration is not ISO 8601', statement({ result: { duration: '1h' } })],
      ['whose timestamp is not ISO 8601', statement({ timestamp: '29/11/2026 10:00' })],
      ['whose extension key is not an IRI', statement({ context: { extensions: { niveau: 2 } } })],
      [
        'with revision when the object is an Agent',
        statement({ object: { objectType: 'Agent', mbox: 'mailto:b@example.org' }, context: { revision: '1' } }),
      ],
      ['whose registration is not a UUID', statement({ context: { registration: '42' } })],
      [
        'whose language map has a key that is not a language tag',
        statement({ verb: { id: 'http://example.org/v', display: { 'français!': 'x' } } }),
      ],
      [
        'with a SubStatement inside a SubStatement',
        statement({ object: { objectType: 'SubStatement', ...statement(), object: { objectType: 'SubStatement', ...statement() } } }),
      ],
      ['with a null value', statement({ result: null })],
      ['whose voiding verb targets an Activity', statement({ verb: { id: VOIDED } })],
    ];

    it.each(malformed)('An LRS rejects with 400 a statement %s', async (_name, body) => {
      const response = await lrs.lrs('POST', '/statements', { json: body });

      expect(response.status).toBe(400);
    });

    it('An LRS rejects with 400 a body that is not JSON', async () => {
      const response = await lrs.lrs('POST', '/statements', { body: '{"actor": ', contentType: 'application/json' });

      expect(response.status).toBe(400);
    });
  });

  describe('GET /statements by id', () => {
    it('An LRS answers 404 for a statement it does not have', async () => {
      const response = await lrs.lrs('GET', '/statements', { query: { statementId: randomUUID() } });

      expect(response.status).toBe(404);
    });

    it('An LRS rejects with 400 statementId together with a filter parameter', async () => {
      const response = await lrs.lrs('GET', '/statements', { query: { statementId: randomUUID(), verb: VOIDED } });

      expect(response.status).toBe(400);
    });

    it('An LRS rejects with 400 a parameter it does not know', async () => {
      const response = await lrs.lrs('GET', '/statements', { query: { colour: 'blue' } });

      expect(response.status).toBe(400);
    });

    it('An LRS returns only identifiers with format=ids', async () => {
      const sent = statement();
      const [id] = (await lrs.lrs('POST', '/statements', { json: sent })).json<string[]>();

      const stored = (await lrs.lrs('GET', '/statements', { query: { statementId: id!, format: 'ids' } })).json();

      expect(stored.actor).toEqual({ objectType: 'Agent', mbox: sent.actor.mbox });
      expect(stored.verb).toEqual({ id: sent.verb.id });
      expect(stored.object).toEqual({ objectType: 'Activity', id: sent.object.id });
    });

    it('An LRS returns language maps in the reader\u2019s language with format=canonical', async () => {
      const [id] = (await lrs.lrs('POST', '/statements', { json: statement() })).json<string[]>();

      const stored = (
        await lrs.lrs('GET', '/statements', {
          query: { statementId: id!, format: 'canonical' },
          headers: { 'Accept-Language': 'en-US, fr;q=0.5' },
        })
      ).json();

      expect(stored.verb.display).toEqual({ 'en-US': 'experienced' });
      expect(stored.object.definition.name).toEqual({ 'en-US': 'Activity' });
    });
  });

  describe('voiding', () => {
    it('An LRS hides a voided statement from statementId and returns it with voidedStatementId', async () => {
      const [target] = (await lrs.lrs('POST', '/statements', { json: statement() })).json<string[]>();

      const voiding = await lrs.lrs('POST', '/statements', {
        json: statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: target } }),
      });

      expect(voiding.status).toBe(200);
      expect((await lrs.lrs('GET', '/statements', { query: { statementId: target! } })).status).toBe(404);
      expect((await lrs.lrs('GET', '/statements', { query: { voidedStatementId: target! } })).json().id).toBe(target);
    });

    it('An LRS answers 404 to voidedStatementId for a statement that is not voided', async () => {
      const [id] = (await lrs.lrs('POST', '/statements', { json: statement() })).json<string[]>();

      expect((await lrs.lrs('GET', '/statements', { query: { voidedStatementId: id! } })).status).toBe(404);
    });

    it('An LRS rejects with 400 a statement voiding a voiding statement', async () => {
      const [target] = (await lrs.lrs('POST', '/statements', { json: statement() })).json<string[]>();
      const [voiding] = (
        await lrs.lrs('POST', '/statements', {
          json: statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: target } }),
        })
      ).json<string[]>();

      const response = await lrs.lrs('POST', '/statements', {
        json: statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: voiding } }),
      });

      expect(response.status).toBe(400);
      expect((await lrs.lrs('GET', '/statements', { query: { statementId: voiding! } })).status).toBe(200);
    });

    it('An LRS considers a statement voided when its voiding statement arrived first', async () => {
      const target = randomUUID();
      await lrs.lrs('POST', '/statements', {
        json: statement({ verb: { id: VOIDED }, object: { objectType: 'StatementRef', id: target } }),
      });

      await lrs.lrs('PUT', '/statements', { query: { statementId: target }, json: statement() });

      expect((await lrs.lrs('GET', '/statements', { query: { statementId: target } })).status).toBe(404);
      expect((await lrs.lrs('GET', '/statements', { query: { voidedStatementId: target } })).status).toBe(200);
    });
  });

  describe('headers', () => {
    it('An LRS rejects with 400 a request without X-Experience-API-Version', async () => {
      const response = await lrs.lrs('GET', '/statements', { version: null });

      expect(response.status).toBe(400);
      expect(response.headers.get('x-experience-api-version')).toBe('2.0.0');
    });

    it('An LRS rejects with 400 a version it does not support', async () => {
      expect((await lrs.lrs('GET', '/statements', { version: '0.95' })).status).toBe(400);
      expect((await lrs.lrs('GET', '/statements', { version: '3.0.0' })).status).toBe(400);
    });

    it('An LRS answers in the version asked, 1.0.x or 2.0.x, with its header on every response', async () => {
      const v1 = await lrs.lrs('GET', '/statements', { version: '1.0.1', query: { limit: 1 } });
      const v2 = await lrs.lrs('GET', '/statements', { version: '2.0.0', query: { limit: 1 } });
      const missing = await lrs.lrs('GET', '/statements', { version: '2.0.0', query: { statementId: randomUUID() } });

      expect(v1.headers.get('x-experience-api-version')).toBe('1.0.3');
      expect(v2.headers.get('x-experience-api-version')).toBe('2.0.0');
      expect(missing.headers.get('x-experience-api-version')).toBe('2.0.0');
    });

    it('An LRS sends X-Experience-API-Consistent-Through on every Statements response, and one Date header', async () => {
      const response = await lrs.lrs('GET', '/statements', { query: { limit: 1 } });

      expect(Date.parse(response.headers.get('x-experience-api-consistent-through') ?? '')).not.toBeNaN();
      expect(response.headers.get('date')).not.toContain(',  ');
      expect(response.headers.get('date')?.split('GMT').length).toBe(2);
    });

    it('An LRS answers HEAD on the Statements resource with the headers of GET and no body', async () => {
      const [id] = (await lrs.lrs('POST', '/statements', { json: statement() })).json<string[]>();

      const head = await lrs.lrs('HEAD', '/statements', { query: { statementId: id! } });

      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers.get('content-type')).toContain('application/json');
      expect(head.headers.get('x-experience-api-consistent-through')).toBeTruthy();
    });

    it('An LRS version 2.0 requires a time zone on timestamps', async () => {
      const response = await lrs.lrs('POST', '/statements', { version: '2.0.0', json: statement({ timestamp: '2026-11-29T10:00:00' }) });

      expect(response.status).toBe(400);
    });

    it('An LRS answers 413 to a body larger than its limit', async () => {
      const huge = statement({ result: { response: 'x'.repeat(21 * 1024 * 1024) } });

      const response = await lrs.lrs('POST', '/statements', { json: huge });

      expect(response.status).toBe(413);
    });
  });
});
