import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidcClient from 'openid-client';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig, OidcConfig } from '../core/config.js';
import { Role } from '../core/roles.js';
import { IdentityRepository, type UserRecord } from './identity.repository.js';
import { type SignedIn, IdentityService, normaliseEmail } from './identity.service.js';
import { type Claims, claimText, displayNameOf, isEmailVerified, sameSitePath } from './sso-claims.js';
import { SsoErrors, SsoFailure } from './sso.errors.js';
import { SsoRepository } from './sso.repository.js';

/** Time a person has to sign in at the provider and come back. */
export const PENDING_LOGIN_MS = 10 * 60 * 1000;

export interface StartedLogin {
  /** Goes into an httpOnly cookie: the browser holds only this random key, never the state itself. */
  key: string;
  authorizationUrl: string;
}

export interface FinishedLogin extends SignedIn {
  returnTo: string;
}

/**
 * Sign-in through the académie's ENT (OpenID Connect, authorization code with PKCE S256, state and
 * nonce). The provider says who the person is; we find or create the account and open a session
 * exactly as a password sign-in does.
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger('Sso');
  private provider: Promise<oidcClient.Configuration> | undefined;

  constructor(
    private readonly repository: SsoRepository,
    private readonly identityRepository: IdentityRepository,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the sign-in page needs to show the ENT button; null when single sign-on is off. */
  option(): { label: string | null } | null {
    return this.config.oidc ? { label: this.config.oidc.label ?? null } : null;
  }

  async startLogin(returnTo: string | undefined): Promise<StartedLogin> {
    const oidc = this.settings();
    const provider = await this.discover(oidc);
    const login = {
      state: oidcClient.randomState(),
      nonce: oidcClient.randomNonce(),
      codeVerifier: oidcClient.randomPKCECodeVerifier(),
      returnTo: sameSitePath(returnTo),
    };
    const key = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.repository.deleteExpiredPendingLogins(now);
    await this.repository.insertPendingLogin(hashKey(key), login, new Date(now.getTime() + PENDING_LOGIN_MS));
    const authorizationUrl = oidcClient.buildAuthorizationUrl(provider, {
      redirect_uri: oidc.redirectUri,
      scope: oidc.scopes,
      state: login.state,
      nonce: login.nonce,
      code_challenge: await oidcClient.calculatePKCECodeChallenge(login.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { key, authorizationUrl: authorizationUrl.href };
  }

  /**
   * The provider's answer, as the browser brought it to our callback. The only place a code is
   * accepted: the pending login must belong to this browser (its cookie key) and carry the same state.
   */
  async finishLogin(key: string | undefined, callbackParameters: URLSearchParams): Promise<FinishedLogin> {
    const oidc = this.settings();
    const pending = key ? await this.repository.takePendingLogin(hashKey(key), new Date()) : undefined;
    if (!pending || callbackParameters.get('state') !== pending.state) throw SsoErrors.state();
    const provider = await this.discover(oidc);

    // The library reads the answer from our public callback address, the one the provider redirected to.
    const callbackUrl = new URL(oidc.redirectUri);
    for (const [name, value] of callbackParameters) callbackUrl.searchParams.append(name, value);
    let tokens: Awaited<ReturnType<typeof oidcClient.authorizationCodeGrant>>;
    try {
      tokens = await oidcClient.authorizationCodeGrant(provider, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (cause) {
      if (cause instanceof oidcClient.AuthorizationResponseError) throw SsoErrors.denied(cause);
      throw SsoErrors.failed(cause);
    }

    const claims = await this.claimsOf(provider, tokens);
    const user = await this.accountFor(oidc, claims);
    const signedIn = await this.identity.startSession(user);
    return { ...signedIn, returnTo: pending.returnTo };
  }

  get cookieSecure(): boolean {
    return this.config.cookieSecure;
  }

  /** What the browser is told (a code), after logging for the administrator without personal data. */
  failureOf(error: unknown): SsoFailure {
    if (!(error instanceof SsoFailure)) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return SsoErrors.failed(error);
    }
    const detail = error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
    if (error.code === 'sso-failed' || error.code === 'sso-unavailable') this.logger.error(`${error.code}: ${detail}`);
    else this.logger.warn(`${error.code}: ${detail}`);
    return error;
  }

  private settings(): OidcConfig {
    if (!this.config.oidc) throw SsoErrors.unavailable();
    return this.config.oidc;
  }

  /** The provider's metadata and keys, fetched once and kept; a failed discovery is tried again next time. */
  private async discover(oidc: OidcConfig): Promise<oidcClient.Configuration> {
    this.provider ??= oidcClient.discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      oidc.clientSecret ? { client_secret: oidc.clientSecret } : undefined,
      oidc.clientSecret ? oidcClient.ClientSecretBasic(oidc.clientSecret) : oidcClient.None(),
      // Plain http only for a provider on this machine (tests); a real ENT is reached over https.
      { execute: isLocalHttp(oidc.issuer) ? [oidcClient.allowInsecureRequests] : [] },
    );
    try {
      return await this.provider;
    } catch (cause) {
      this.provider = undefined;
      throw SsoErrors.unavailable(cause);
    }
  }

  /** The ID token's claims (checked by the library), completed by the userinfo endpoint when there is one. */
  private async claimsOf(
    provider: oidcClient.Configuration,
    tokens: Awaited<ReturnType<typeof oidcClient.authorizationCodeGrant>>,
  ): Promise<Claims & { sub: string }> {
    const idToken = tokens.claims();
    if (!idToken) throw SsoErrors.failed();
    if (!provider.serverMetadata().userinfo_endpoint) return idToken;
    try {
      // The library checks that userinfo speaks of the same subject.
      const userInfo = await oidcClient.fetchUserInfo(provider, tokens.access_token, idToken.sub);
      return { ...userInfo, ...idToken };
    } catch (cause) {
      throw SsoErrors.failed(cause);
    }
  }

  /**
   * The account of this person: the one already linked to the subject; else the one with the same
   * e-mail (only if the provider vouches for it) or the same ENT identifier, now linked; else a new
   * learner in the configured organisation.
   */
  private async accountFor(oidc: OidcConfig, claims: Claims & { sub: string }): Promise<UserRecord> {
    const linkedId = await this.repository.findUserIdBySubject(oidc.issuer, claims.sub);
    if (linkedId) return this.userById(linkedId);

    const value = claimText(claims, oidc.identityClaim);
    if (!value) throw SsoErrors.claimMissing(oidc.identityClaim);
    const byEmail = oidc.identityClaim === 'email';
    // An unverified e-mail is never trusted: linking would hand over the account of whoever owns
    // that address, and storing it would let the next verified sign-in land in this one.
    if (byEmail && !isEmailVerified(claims)) throw SsoErrors.emailUnverified();
    const email = byEmail ? normaliseEmail(value) : null;

    const existingId = email
      ? (await this.identityRepository.findUserByEmail(email))?.id
      : await this.repository.findUserIdByIdentifier(value);
    if (existingId) {
      await this.repository.insertIdentity(oidc.issuer, claims.sub, existingId);
      return this.userById(existingId);
    }

    const organisationId = await this.organisationFor(oidc, claims);
    const userId = await this.repository.transaction(async (trx) => {
      const id = await this.repository.insertUser(
        { email, identifier: email ? null : value, displayName: displayNameOf(claims, value) },
        trx,
      );
      await this.identityRepository.insertMembership(id, organisationId, Role.LEARNER, trx);
      await this.repository.insertIdentity(oidc.issuer, claims.sub, id, trx);
      return id;
    });
    return this.userById(userId);
  }

  private async organisationFor(oidc: OidcConfig, claims: Claims): Promise<string> {
    const uai = (oidc.organisationClaim ? claimText(claims, oidc.organisationClaim) : undefined) ?? oidc.organisationUai;
    const organisationId = uai ? await this.repository.findOrganisationIdByUai(uai.toUpperCase()) : undefined;
    if (!organisationId) throw SsoErrors.organisationUnknown();
    return organisationId;
  }

  private async userById(id: string): Promise<UserRecord> {
    const user = await this.identityRepository.findUserById(id);
    if (!user) throw SsoErrors.failed();
    return user;
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function isLocalHttp(issuer: string): boolean {
  const { protocol, hostname } = new URL(issuer);
  return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}
