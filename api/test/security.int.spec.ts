import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reasonOf, startTestApi, type TestApi } from './harness.js';

describe('GraphQL endpoint limits and cross-site protection', () => {
  let api: TestApi;
  let production: TestApi;
  let cookie: string;
  beforeAll(async () => {
    [api, production] = await Promise.all([startTestApi('pglite'), startTestApi('pglite', { production: true })]);
    cookie = (await api.given.learner()).cookie;
  });
  afterAll(() => Promise.all([api.stop(), production.stop()]));

  it('refuses a query nested deeper than 10 levels', async () => {
    const deep = `{ myProgress { attempts { module { competencies { domain { competencies { domain { competencies { domain { competencies { domain { code } } } } } } } } } } } }`;

    const result = await api.gql(deep, {}, { cookie });

    expect(reasonOf(result)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses more than 30 aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');

    const result = await api.gql(`{ ${aliases} }`, {}, { cookie });

    expect(reasonOf(result)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query whose cost, counted with list sizes, is too high', async () => {
    const costly = `{ modules(first: 50) { nodes { id slug title summary theme audience durationMinutes level objectives version sources { title url publisher } competencies { code name domain { code name competencies { code name } } } grains { id title type elements { id } } } } }`;

    const result = await api.gql(costly, {}, { cookie });

    expect(reasonOf(result)).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers variables that do not fit the operation as bad input, not as an internal error', async () => {
    const submit = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct } }`;

    const missing = await api.gql(submit, { input: { attemptId: '5f0c1c52-1f7e-4e43-9b7c-1c0f5d0e2a11' } }, { cookie });
    const unknown = await api.gql(`query($first: Int!) { modules(first: $first) { nodes { id } } }`, { first: 'dix' }, { cookie });

    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a mutation sent by a browser from another origin', async () => {
    const result = await api.gql(`mutation { signOut }`, {}, { cookie, headers: { origin: 'https://evil.example' } });
    const sameOrigin = await api.gql(`{ me { id } }`, {}, { cookie, headers: { origin: 'http://localhost:3000' } });

    expect(reasonOf(result)).toBe('BAD_ORIGIN');
    expect(sameOrigin.data?.me).not.toBeNull();
  });

  it('refuses a simple cross-site form post (no JSON content type)', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: '{"query":"mutation { signOut }"}',
    });

    expect(response.status).toBe(400);
  });

  it('turns introspection off in production mode', async () => {
    const result = await production.gql(`{ __schema { types { name } } }`);

    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('sends no stack trace or internal message to the client', async () => {
    const result = await api.gql(`{ attempt(id: "x'; DROP TABLE answers; --") { id } }`, {}, { cookie });

    expect(result.errors).toBeUndefined();
    expect(result.data?.attempt).toBeNull();
  });
});
