import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';

describe('single sign-on settings', () => {
  it('are off without OIDC_ISSUER', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
  });

  it('take their defaults, and the callback on the public address', () => {
    const config = loadConfig({
      OIDC_ISSUER: 'https://ent.ac-test.fr',
      OIDC_CLIENT_ID: 'continuite',
      PUBLIC_URL: 'https://continuite.ac-test.fr',
    });

    expect(config.oidc).toEqual({
      issuer: 'https://ent.ac-test.fr',
      clientId: 'continuite',
      clientSecret: undefined,
      scopes: 'openid email profile',
      identityClaim: 'email',
      organisationUai: undefined,
      organisationClaim: undefined,
      label: undefined,
      redirectUri: 'https://continuite.ac-test.fr/auth/oidc/callback',
    });
  });

  it('need a client id', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://ent.ac-test.fr' })).toThrow(/OIDC_CLIENT_ID/);
  });
});
