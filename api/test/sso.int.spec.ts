import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OidcConfig } from '../src/core/config.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { startTestApi } from './harness.js';
import { startOidcTestProvider } from './oidc-test-provider.js';
import { databaseKinds } from './test-database.js';

// The address the provider sends the browser back to: the web's, which forwards /auth to the api.
// The test plays the browser and the web's proxy.
const REDIRECT_URI = 'http://localhost:3000/auth/oidc/callback';
const CLIENT = { clientId: 'continuite', clientSecret: 'a client secret for tests', redirectUri: REDIRECT_URI };
const SCHOOL_UAI = '0750001A';
const OTHER_SCHOOL_UAI = '0750002B';
const ME = `{ me { id email displayName roles } }`;

/** What the provider asserts about each person of these tests, by subject. */
const people = new Map<string, Record<string, unknown>>();

/** A browser without JavaScript: keeps cookies per origin and follows nothing by itself. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(cookie ? { cookie } : {}), ...init.headers } });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      if (value === '' || attributes.some((a) => /^\s*expires=.*1970/i.test(a))) jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    return response;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }
}

interface Outcome {
  /** Where the api sends the browser at the end: a path of our site. */
  location: string;
  /** The session cookie, when signed in. */
  sid: string | undefined;
  browser: Browser;
}

/** An api with single sign-on, the provider it trusts, and two schools known by their UAI. */
async function startWithProvider(kind: Parameters<typeof startTestApi>[0], settings: Partial<OidcConfig> = {}) {
  const provider = await startOidcTestProvider(CLIENT, (subject) => people.get(subject));
  const oidc: OidcConfig = {
    issuer: provider.issuer,
    clientId: CLIENT.clientId,
    clientSecret: CLIENT.clientSecret,
    scopes: 'openid email profile ent',
    identityClaim: 'email',
    organisationUai: SCHOOL_UAI,
    organisationClaim: 'uai',
    label: undefined,
    redirectUri: REDIRECT_URI,
    ...settings,
  };
  const api = await startTestApi(kind, { oidc });
  const apiOrigin = new URL(api.url).origin;
  const organisations = api.app.get(OrganisationService);
  const schoolId = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: 'Collège de l’ENT', uai: SCHOOL_UAI });
  const otherSchoolId = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: 'Lycée voisin', uai: OTHER_SCHOOL_UAI });

  /**
   * A browser goes to our start route, then through the provider's login form (the subject as the
   * login), and comes back with the provider's answer in the address; `abort` gives up at the provider.
   */
  async function answerOfProvider(subject: string, options: { redirect?: string; abort?: boolean } = {}) {
    const browser = new Browser();
    const start = await browser.fetch(`${apiOrigin}/auth/oidc/start?redirect=${encodeURIComponent(options.redirect ?? '/')}`);
    expect(start.status).toBe(303);
    let url = start.headers.get('location')!;
    expect(url.startsWith(`${provider.issuer}/`)).toBe(true);

    for (let step = 0; !url.startsWith(REDIRECT_URI); step++) {
      if (step > 10) throw new Error(`the provider never sent the browser back (last at ${url})`);
      let response = await browser.fetch(url);
      if (response.status === 200 && new URL(url).pathname.startsWith('/interaction/')) {
        await response.text();
        response = options.abort
          ? await browser.fetch(`${url}/abort`)
          : await browser.fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ prompt: 'login', login: subject, password: 'any password' }).toString(),
            });
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`no redirect from ${url}: ${response.status} ${await response.text()}`);
      url = new URL(location, url).href;
    }
    return { browser, parameters: new URL(url).searchParams };
  }

  /** The browser brings the provider's answer to our callback (through the web's proxy, here straight). */
  async function callback(browser: Browser, parameters: URLSearchParams): Promise<Outcome> {
    const response = await browser.fetch(`${apiOrigin}/auth/oidc/callback?${parameters}`);
    expect(response.status).toBe(303);
    return { location: response.headers.get('location')!, sid: browser.cookie(apiOrigin, 'sid'), browser };
  }

  async function signIn(subject: string, options: { redirect?: string; abort?: boolean } = {}): Promise<Outcome> {
    const { browser, parameters } = await answerOfProvider(subject, options);
    return callback(browser, parameters);
  }

  async function me(sid: string | undefined) {
    const result = await api.gql(ME, {}, { cookie: `sid=${sid}` });
    return result.data?.me as { id: string; email: string | null; displayName: string; roles: string[] } | null;
  }

  return {
    api,
    apiOrigin,
    schoolId,
    otherSchoolId,
    answerOfProvider,
    callback,
    signIn,
    me,
    membershipsOf: (userId: string) =>
      api.db.selectFrom('memberships').select(['organisation_id', 'role']).where('user_id', '=', userId).execute(),
    usersWithEmail: (email: string) => api.db.selectFrom('users').select('id').where('email', '=', email).execute(),
    linksOf: (subject: string) => api.db.selectFrom('sso_identities').select('user_id').where('subject', '=', subject).execute(),
    async stop() {
      await api.stop();
      await provider.stop();
    },
  };
}

describe.each(databaseKinds())('single sign-on by e-mail on %s', (kind) => {
  let sso: Awaited<ReturnType<typeof startWithProvider>>;
  beforeAll(async () => {
    sso = await startWithProvider(kind);
  });
  afterAll(() => sso.stop());

  it('offers the ENT button on the sign-in page, in the interface’s words when no label is set', async () => {
    const result = await sso.api.gql(`{ signInOptions { sso { label } } }`);

    expect(result.data?.signInOptions).toEqual({ sso: { label: null } });
  });

  it('creates a learner in the configured organisation at the first sign-in, and goes back to the page asked for', async () => {
    people.set('pupil-1', { email: 'Noe.Eleve@ent.test', email_verified: true, given_name: 'Noé', family_name: 'Élève' });

    const outcome = await sso.signIn('pupil-1', { redirect: '/catalogue?theme=ENT' });
    const user = await sso.me(outcome.sid);

    expect(outcome.location).toBe('/catalogue?theme=ENT');
    expect(user).toMatchObject({ email: 'noe.eleve@ent.test', displayName: 'Noé Élève', roles: ['LEARNER'] });
    expect(await sso.membershipsOf(user!.id)).toEqual([{ organisation_id: sso.schoolId, role: 'LEARNER' }]);
    expect(outcome.browser.cookie(sso.apiOrigin, 'sso_flow')).toBeUndefined();
  });

  it('reuses the same account at the next sign-in, found by the subject', async () => {
    people.set('pupil-2', { email: 'lina@ent.test', email_verified: true, name: 'Lina Martin' });
    const first = await sso.me((await sso.signIn('pupil-2')).sid);
    // The ENT changed the address since: the subject still says who it is.
    people.set('pupil-2', { email: 'lina.martin@ent.test', email_verified: true, name: 'Lina Martin' });

    const second = await sso.signIn('pupil-2');

    expect(second.location).toBe('/');
    expect((await sso.me(second.sid))?.id).toBe(first!.id);
    expect(await sso.usersWithEmail('lina.martin@ent.test')).toEqual([]);
  });

  it('links an existing account with the same verified e-mail instead of creating another', async () => {
    const teacher = await sso.api.given.trainer();
    people.set('teacher-1', { email: teacher.email.toUpperCase(), email_verified: true, name: 'Someone Else' });

    const outcome = await sso.signIn('teacher-1');

    expect(await sso.me(outcome.sid)).toMatchObject({ id: teacher.id, email: teacher.email, roles: ['TRAINER'] });
    expect(await sso.usersWithEmail(teacher.email)).toHaveLength(1);
    expect(await sso.linksOf('teacher-1')).toEqual([{ user_id: teacher.id }]);
  });

  it('does not link an existing account to an e-mail the provider does not vouch for', async () => {
    const learner = await sso.api.given.learner();
    people.set('impostor', { email: learner.email, email_verified: false, name: 'Impostor' });

    const outcome = await sso.signIn('impostor');

    expect(outcome.location).toBe('/connexion?erreur=sso-email-unverified');
    expect(outcome.sid).toBeUndefined();
    expect(await sso.linksOf('impostor')).toEqual([]);
    expect(await sso.usersWithEmail(learner.email)).toHaveLength(1);
  });

  it('refuses an answer whose state was not issued to this browser, even with a valid code', async () => {
    people.set('pupil-3', { email: 'forged@ent.test', email_verified: true, name: 'Forged State' });
    const { browser, parameters } = await sso.answerOfProvider('pupil-3');
    parameters.set('state', 'forged-state');

    const outcome = await sso.callback(browser, parameters);

    expect(outcome.location).toBe('/connexion?erreur=sso-state');
    expect(outcome.sid).toBeUndefined();
    expect(await sso.usersWithEmail('forged@ent.test')).toEqual([]);
  });

  it('refuses a valid answer brought by another browser than the one that started (login CSRF)', async () => {
    people.set('attacker', { email: 'attacker@ent.test', email_verified: true, name: 'Attacker' });
    const stolen = await sso.answerOfProvider('attacker');
    const victim = new Browser();
    await victim.fetch(`${sso.apiOrigin}/auth/oidc/start`);

    const outcome = await sso.callback(victim, stolen.parameters);

    expect(outcome.location).toBe('/connexion?erreur=sso-state');
    expect(outcome.sid).toBeUndefined();
  });

  it('accepts an answer of the provider only once', async () => {
    people.set('pupil-4', { email: 'replay@ent.test', email_verified: true, name: 'Replay' });
    const { browser, parameters } = await sso.answerOfProvider('pupil-4');
    const first = await sso.callback(browser, parameters);
    const flow = first.browser.cookie(sso.apiOrigin, 'sso_flow');

    const replay = await browser.fetch(`${sso.apiOrigin}/auth/oidc/callback?${parameters}`);

    expect(first.sid).toBeDefined();
    expect(flow).toBeUndefined();
    expect(replay.headers.get('location')).toBe('/connexion?erreur=sso-state');
  });

  it('says the sign-in was cancelled when the person gives up at the provider', async () => {
    people.set('pupil-5', { email: 'quitter@ent.test', email_verified: true });

    const outcome = await sso.signIn('pupil-5', { abort: true });

    expect(outcome.location).toBe('/connexion?erreur=sso-denied');
    expect(outcome.sid).toBeUndefined();
  });

  it('refuses a person without the identifying claim', async () => {
    people.set('no-email', { name: 'Sans Adresse' });

    const outcome = await sso.signIn('no-email');

    expect(outcome.location).toBe('/connexion?erreur=sso-claim-missing');
  });

  it('puts a new account in the school the provider names by its UAI, and refuses an unknown school', async () => {
    people.set('pupil-6', { email: 'voisin@ent.test', email_verified: true, name: 'Élève Voisin', uai: [OTHER_SCHOOL_UAI] });
    people.set('pupil-7', { email: 'ailleurs@ent.test', email_verified: true, name: 'Élève Ailleurs', uai: '0999999Z' });

    const neighbour = await sso.me((await sso.signIn('pupil-6')).sid);
    const elsewhere = await sso.signIn('pupil-7');

    expect(await sso.membershipsOf(neighbour!.id)).toEqual([{ organisation_id: sso.otherSchoolId, role: 'LEARNER' }]);
    expect(elsewhere.location).toBe('/connexion?erreur=sso-organisation-unknown');
    expect(await sso.usersWithEmail('ailleurs@ent.test')).toEqual([]);
  });

  it('never sends the browser to another site after sign-in', async () => {
    people.set('pupil-8', { email: 'redirect@ent.test', email_verified: true, name: 'Redirect' });

    const outcome = await sso.signIn('pupil-8', { redirect: '//evil.example/steal' });

    expect(outcome.location).toBe('/');
    expect(outcome.sid).toBeDefined();
  });

  it('records the sign-in as activity', async () => {
    people.set('pupil-9', { email: 'active@ent.test', email_verified: true, name: 'Active' });
    const user = await sso.me((await sso.signIn('pupil-9')).sid);
    await sso.api.db
      .updateTable('users')
      .set({ last_active_at: new Date('2020-01-01') })
      .where('id', '=', user!.id)
      .execute();

    await sso.signIn('pupil-9');
    const row = await sso.api.db.selectFrom('users').select('last_active_at').where('id', '=', user!.id).executeTakeFirstOrThrow();

    expect(Date.now() - row.last_active_at.getTime()).toBeLessThan(60_000);
  });
});

describe.each(databaseKinds())('single sign-on by ENT identifier on %s', (kind) => {
  let sso: Awaited<ReturnType<typeof startWithProvider>>;
  beforeAll(async () => {
    sso = await startWithProvider(kind, { identityClaim: 'ent_id', organisationClaim: undefined, label: 'Se connecter avec Mon ENT' });
  });
  afterAll(() => sso.stop());

  it('shows the label the administrator chose', async () => {
    const result = await sso.api.gql(`{ signInOptions { sso { label } } }`);

    expect(result.data?.signInOptions).toEqual({ sso: { label: 'Se connecter avec Mon ENT' } });
  });

  it('creates a pupil known only by the identifier, without an e-mail', async () => {
    people.set('ent-pupil-1', { ent_id: 'ENT-000123', name: 'Jade Petit' });

    const user = await sso.me((await sso.signIn('ent-pupil-1')).sid);
    const row = await sso.api.db.selectFrom('users').select(['identifier', 'email']).where('id', '=', user!.id).executeTakeFirstOrThrow();

    expect(user).toMatchObject({ displayName: 'Jade Petit', roles: ['LEARNER'] });
    expect(row).toEqual({ identifier: 'ENT-000123', email: null });
  });

  it('links the account an import made with the same identifier', async () => {
    const imported = await sso.api.db
      .insertInto('users')
      .values({ identifier: 'ENT-000456', email: null, display_name: 'Tom Imported', password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    people.set('ent-pupil-2', { ent_id: 'ENT-000456', name: 'Tom From ENT' });

    const user = await sso.me((await sso.signIn('ent-pupil-2')).sid);

    expect(user).toMatchObject({ id: imported.id, displayName: 'Tom Imported' });
    expect(await sso.linksOf('ent-pupil-2')).toEqual([{ user_id: imported.id }]);
  });
});
