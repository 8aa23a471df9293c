import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface OidcTestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface OidcTestProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (npm `oidc-provider`, in-memory storage) on a free port of this
 * machine, for the api's integration tests and the end-to-end tests. Its own development login
 * form takes any login: the login typed is the subject, and `claimsOf(subject)` says what the
 * provider asserts about that person (undefined: no such person). Consent is taken as given for
 * our client, as an ENT does for the services of its académie.
 */
export async function startOidcTestProvider(
  client: OidcTestClient,
  claimsOf: (subject: string) => Record<string, unknown> | undefined,
): Promise<OidcTestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
      // What an ENT adds: its identifier of the person and the UAI of their school.
      ent: ['ent_id', 'uai'],
    },
    scopes: ['openid', 'email', 'profile', 'ent'],
    findAccount: (_ctx, subject) => {
      const claims = claimsOf(subject);
      return claims ? { accountId: subject, claims: () => ({ ...claims, sub: subject }) } : undefined;
    },
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid email profile ent');
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: ['a key for tests only'] },
  });
  // The provider warns that devInteractions and its development keys are for development: they are.
  provider.on('server_error', (_ctx, error) => console.error('oidc test provider:', error));
  server.on('request', provider.callback());

  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
