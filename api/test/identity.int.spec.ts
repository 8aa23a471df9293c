import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id email roles } }`;
const ME = `{ me { id email displayName roles } }`;

describe.each(databaseKinds())('identity on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.stop());

  it('signs in with e-mail and password into an httpOnly, SameSite session cookie, then me returns the user', async () => {
    const learner = await api.given.learner();

    const result = await api.gql(SIGN_IN, { input: { email: learner.email.toUpperCase(), password: PASSWORD } });
    const me = await api.gql(ME, {}, { cookie: learner.cookie });

    expect(result.data?.signIn).toMatchObject({ email: learner.email, roles: ['LEARNER'] });
    expect(result.cookies[0]).toMatch(/^sid=[\w-]{40,};.*HttpOnly/);
    expect(result.cookies[0]).toMatch(/SameSite=Lax/);
    expect(me.data?.me).toMatchObject({ id: learner.id, email: learner.email });
  });

  it('refuses a wrong password with INVALID_CREDENTIALS and the same answer for an unknown account', async () => {
    const learner = await api.given.learner();

    const wrong = await api.gql(SIGN_IN, { input: { email: learner.email, password: 'not the password' } });
    const unknown = await api.gql(SIGN_IN, { input: { email: 'nobody@test.fr', password: 'not the password' } });

    expect(reasonOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(reasonOf(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.cookies).toEqual([]);
  });

  it('throttles an account after 5 failed attempts, even with the right password', async () => {
    const learner = await api.given.learner();
    for (let i = 0; i < 5; i++) await api.gql(SIGN_IN, { input: { email: learner.email, password: `wrong ${i}` } });

    const blocked = await api.gql(SIGN_IN, { input: { email: learner.email, password: PASSWORD } });

    expect(reasonOf(blocked)).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('rejects an input that is not an e-mail as bad input', async () => {
    const result = await api.gql(SIGN_IN, { input: { email: 'not-an-email', password: 'x' } });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('signs out: the session no longer works', async () => {
    const learner = await api.given.learner();

    const out = await api.gql(`mutation { signOut }`, {}, { cookie: learner.cookie });
    const me = await api.gql(ME, {}, { cookie: learner.cookie });

    expect(out.data?.signOut).toBe(true);
    expect(me.data?.me).toBeNull();
  });

  it('does not let an anonymous caller sign out', async () => {
    const result = await api.gql(`mutation { signOut }`);

    expect(reasonOf(result)).toBe('NOT_SIGNED_IN');
  });
});
