import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './test-database.js';
import { type Lrs, startLrs, statement } from './xapi/lrs.js';

const ACTIVITY = 'http://example.org/activites/documents';

describe.each(databaseKinds())('xAPI document resources on %s', (kind) => {
  let lrs: Lrs;
  beforeAll(async () => {
    lrs = await startLrs(kind);
  });
  afterAll(() => lrs.stop());

  const agent = () => ({ objectType: 'Agent', mbox: `mailto:${randomUUID()}@example.org` });

  describe('State resource', () => {
    it('An LRS stores a state document with PUT and returns it, its content type and ETag with GET', async () => {
      const query = { activityId: ACTIVITY, agent: agent(), stateId: 'progression' };

      const put = await lrs.lrs('PUT', '/activities/state', { query, body: 'étape 3', contentType: 'text/plain; charset=utf-8' });
      const get = await lrs.lrs('GET', '/activities/state', { query });

      expect(put.status).toBe(204);
      expect(get.status).toBe(200);
      expect(get.body.toString()).toBe('étape 3');
      expect(get.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(get.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/);
    });

    it('An LRS keeps states of different registrations apart', async () => {
      const base = { activityId: ACTIVITY, agent: agent(), stateId: 's' };
      const registration = randomUUID();
      await lrs.lrs('PUT', '/activities/state', { query: base, json: { a: 1 } });
      await lrs.lrs('PUT', '/activities/state', { query: { ...base, registration }, json: { a: 2 } });

      expect((await lrs.lrs('GET', '/activities/state', { query: base })).json()).toEqual({ a: 1 });
      expect((await lrs.lrs('GET', '/activities/state', { query: { ...base, registration } })).json()).toEqual({ a: 2 });
    });

    it('An LRS merges a posted JSON object into the stored JSON state', async () => {
      const query = { activityId: ACTIVITY, agent: agent(), stateId: 'merge' };
      await lrs.lrs('PUT', '/activities/state', { query, json: { a: 1, b: 1 } });

      const post = await lrs.lrs('POST', '/activities/state', { query, json: { b: 2, c: 3 } });

      expect(post.status).toBe(204);
      expect((await lrs.lrs('GET', '/activities/state', { query })).json()).toEqual({ a: 1, b: 2, c: 3 });
    });

    it('An LRS rejects with 400 a POST merge when the stored document is not JSON', async () => {
      const query = { activityId: ACTIVITY, agent: agent(), stateId: 'texte' };
      await lrs.lrs('PUT', '/activities/state', { query, body: 'texte', contentType: 'text/plain' });

      const post = await lrs.lrs('POST', '/activities/state', { query, json: { b: 2 } });

      expect(post.status).toBe(400);
    });

    it('An LRS lists the state ids of an activity and agent, with since', async () => {
      const base = { activityId: ACTIVITY, agent: agent() };
      await lrs.lrs('PUT', '/activities/state', { query: { ...base, stateId: 'un' }, json: {} });
      const between = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      await lrs.lrs('PUT', '/activities/state', { query: { ...base, stateId: 'deux' }, json: {} });

      expect((await lrs.lrs('GET', '/activities/state', { query: base })).json()).toEqual(['deux', 'un']);
      expect((await lrs.lrs('GET', '/activities/state', { query: { ...base, since: between } })).json()).toEqual(['deux']);
    });

    it('An LRS deletes one state, or all states of an activity and agent without stateId', async () => {
      const base = { activityId: ACTIVITY, agent: agent() };
      for (const stateId of ['a', 'b', 'c']) await lrs.lrs('PUT', '/activities/state', { query: { ...base, stateId }, json: {} });

      await lrs.lrs('DELETE', '/activities/state', { query: { ...base, stateId: 'a' } });
      expect((await lrs.lrs('GET', '/activities/state', { query: base })).json()).toEqual(['b', 'c']);
      await lrs.lrs('DELETE', '/activities/state', { query: base });
      expect((await lrs.lrs('GET', '/activities/state', { query: base })).json()).toEqual([]);
      expect((await lrs.lrs('GET', '/activities/state', { query: { ...base, stateId: 'b' } })).status).toBe(404);
    });

    it('An LRS rejects with 400 a state request without agent or with an activityId that is not an IRI', async () => {
      expect((await lrs.lrs('GET', '/activities/state', { query: { activityId: ACTIVITY, stateId: 's' } })).status).toBe(400);
      expect(
        (await lrs.lrs('GET', '/activities/state', { query: { activityId: 'pas une iri', agent: agent(), stateId: 's' } })).status,
      ).toBe(400);
    });

    it('An LRS 1.0.3 overwrites a state with PUT without precondition; 2.0 answers 409 Conflict', async () => {
      const query = { activityId: ACTIVITY, agent: agent(), stateId: 'v' };
      await lrs.lrs('PUT', '/activities/state', { query, json: { v: 1 } });

      const v1 = await lrs.lrs('PUT', '/activities/state', { query, json: { v: 2 } });
      const v2 = await lrs.lrs('PUT', '/activities/state', { query, json: { v: 3 }, version: '2.0.0' });

      expect(v1.status).toBe(204);
      expect(v2.status).toBe(409);
      expect((await lrs.lrs('GET', '/activities/state', { query })).json()).toEqual({ v: 2 });
    });

    it('An LRS answers HEAD on a state with its ETag and no body', async () => {
      const query = { activityId: ACTIVITY, agent: agent(), stateId: 'head' };
      await lrs.lrs('PUT', '/activities/state', { query, json: { h: 1 } });

      const head = await lrs.lrs('HEAD', '/activities/state', { query });

      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toMatch(/^"/);
      expect(head.body.length).toBe(0);
    });
  });

  describe('Activity Profile resource (ETag concurrency)', () => {
    const query = () => ({ activityId: ACTIVITY, profileId: randomUUID() });

    it('An LRS answers 409 Conflict to a PUT without If-Match or If-None-Match on an existing profile, and keeps it', async () => {
      const q = query();
      await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 1 } });

      const response = await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 2 } });

      expect(response.status).toBe(409);
      expect((await lrs.lrs('GET', '/activities/profile', { query: q })).json()).toEqual({ v: 1 });
    });

    it('An LRS replaces a profile with PUT and the current ETag in If-Match', async () => {
      const q = query();
      await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 1 } });
      const etag = (await lrs.lrs('GET', '/activities/profile', { query: q })).headers.get('etag')!;

      const response = await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 2 }, headers: { 'If-Match': etag } });

      expect(response.status).toBe(204);
      expect((await lrs.lrs('GET', '/activities/profile', { query: q })).json()).toEqual({ v: 2 });
    });

    it('An LRS answers 412 Precondition Failed to an If-Match with an old ETag, and keeps the profile', async () => {
      const q = query();
      await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 1 } });
      const old = (await lrs.lrs('GET', '/activities/profile', { query: q })).headers.get('etag')!;
      await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 2 }, headers: { 'If-Match': old } });

      const response = await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 3 }, headers: { 'If-Match': old } });

      expect(response.status).toBe(412);
      expect((await lrs.lrs('GET', '/activities/profile', { query: q })).json()).toEqual({ v: 2 });
    });

    it('An LRS answers 412 to If-None-Match: * when the profile exists, and creates it when it does not', async () => {
      const q = query();

      const created = await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 1 }, headers: { 'If-None-Match': '*' } });
      const again = await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 2 }, headers: { 'If-None-Match': '*' } });

      expect(created.status).toBe(204);
      expect(again.status).toBe(412);
    });

    it('An LRS answers 412 to If-Match on a profile that does not exist', async () => {
      const response = await lrs.lrs('PUT', '/activities/profile', { query: query(), json: {}, headers: { 'If-Match': '"abc"' } });

      expect(response.status).toBe(412);
    });

    it('An LRS deletes a profile only when If-Match holds', async () => {
      const q = query();
      await lrs.lrs('PUT', '/activities/profile', { query: q, json: { v: 1 } });

      const refused = await lrs.lrs('DELETE', '/activities/profile', { query: q, headers: { 'If-Match': '"stale"' } });
      const deleted = await lrs.lrs('DELETE', '/activities/profile', { query: q });

      expect(refused.status).toBe(412);
      expect(deleted.status).toBe(204);
      expect((await lrs.lrs('GET', '/activities/profile', { query: q })).status).toBe(404);
    });
  });

  describe('Agent Profile resource', () => {
    it('An LRS stores, merges and lists agent profiles', async () => {
      const who = agent();
      await lrs.lrs('PUT', '/agents/profile', { query: { agent: who, profileId: 'prefs' }, json: { langue: 'fr' } });

      await lrs.lrs('POST', '/agents/profile', { query: { agent: who, profileId: 'prefs' }, json: { police: 'grande' } });

      expect((await lrs.lrs('GET', '/agents/profile', { query: { agent: who, profileId: 'prefs' } })).json()).toEqual({
        langue: 'fr',
        police: 'grande',
      });
      expect((await lrs.lrs('GET', '/agents/profile', { query: { agent: who } })).json()).toEqual(['prefs']);
    });

    it('An LRS answers 409 to a PUT without precondition on an existing agent profile', async () => {
      const q = { agent: agent(), profileId: 'p' };
      await lrs.lrs('PUT', '/agents/profile', { query: q, json: {} });

      expect((await lrs.lrs('PUT', '/agents/profile', { query: q, json: { x: 1 } })).status).toBe(409);
    });
  });

  describe('Activities, Agents and About resources', () => {
    it('An LRS returns an activity with the definition statements gave it', async () => {
      const id = `http://example.org/activites/${randomUUID()}`;
      await lrs.lrs('POST', '/statements', { json: statement({ object: { id, definition: { name: { fr: 'Quiz' } } } }) });

      const response = await lrs.lrs('GET', '/activities', { query: { activityId: id } });

      expect(response.json()).toEqual({ objectType: 'Activity', id, definition: { name: { fr: 'Quiz' } } });
    });

    it('An LRS returns a Person object for an agent', async () => {
      const who = { objectType: 'Agent', name: 'Camille', mbox: 'mailto:camille@example.org' };

      const response = await lrs.lrs('GET', '/agents', { query: { agent: who } });

      expect(response.json()).toEqual({ objectType: 'Person', name: ['Camille'], mbox: ['mailto:camille@example.org'] });
    });

    it('An LRS describes its versions at /about, without credentials', async () => {
      const response = await lrs.lrs('GET', '/about', { as: null, version: null });

      expect(response.status).toBe(200);
      expect(response.json().version).toEqual(['1.0.3', '2.0.0']);
    });
  });
});
