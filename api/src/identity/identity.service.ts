import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import type { CurrentUser } from '../core/current-user.js';
import { CoreErrors } from '../core/errors.js';
import type { Role } from '../core/roles.js';
import { IdentityErrors } from './identity.errors.js';
import { IdentityRepository, type UserRecord } from './identity.repository.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import { SESSION_COOKIE, SESSION_DAYS } from './session-cookie.js';

const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 50;
export const MIN_PASSWORD_LENGTH = 12;

export interface SignedIn {
  user: UserRecord;
  token: string;
}

@Injectable()
export class IdentityService {
  constructor(
    private readonly repository: IdentityRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Failed attempts are counted in the database, so that every api instance sees them. */
  async signIn(emailInput: string, password: string, ip: string): Promise<SignedIn> {
    const email = normaliseEmail(emailInput);
    const failures = await this.repository.countRecentFailures(email, ip, new Date(Date.now() - FAILURE_WINDOW_MS));
    if (failures.byEmail >= MAX_FAILURES_PER_EMAIL || failures.byIp >= MAX_FAILURES_PER_IP) {
      throw IdentityErrors.tooManyAttempts();
    }

    const user = await this.repository.findUserByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !user.passwordHash || !valid) {
      await this.repository.insertFailure(email, ip);
      throw IdentityErrors.invalidCredentials();
    }

    await this.repository.deleteFailures(email);
    return this.startSession(user);
  }

  /** A new session for someone whose identity is proven (password here, the ENT in sso.service.ts). */
  async startSession(user: UserRecord): Promise<SignedIn> {
    const token = randomBytes(32).toString('base64url');
    await this.repository.insertSession(hashToken(token), user.id, new Date(Date.now() + SESSION_DAYS * 86400_000));
    // Retention counts from the last sign-in.
    await this.repository.updateLastActiveAt(user.id);
    return { user, token };
  }

  async signOut(user: CurrentUser): Promise<void> {
    await this.repository.deleteSession(user.sessionTokenHash);
  }

  /** The person signed in on a plain HTTP request (uploads, downloads), from its session cookie. */
  userForRequest(req: { cookies?: unknown }): Promise<CurrentUser | null> {
    const token = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    return token ? this.userForSession(token) : Promise.resolve(null);
  }

  async userForSession(token: string): Promise<CurrentUser | null> {
    const tokenHash = hashToken(token);
    const user = await this.repository.findUserBySessionHash(tokenHash);
    // Retention (issue 5): a used session is activity. The session lookup brings the last activity,
    // so the UPDATE is sent at most once a day per user, not on every request.
    const now = this.clock.now();
    if (user && now.getTime() - user.lastActiveAt.getTime() > 86_400_000) await this.repository.markActive(user.id, now);
    return user ? { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles, sessionTokenHash: tokenHash } : null;
  }

  /** Used by the CLI (create-admin) and the demo seed; not reachable from GraphQL. */
  async createAccount(input: {
    email: string;
    displayName: string;
    password: string;
    organisationId: string;
    roles: Role[];
  }): Promise<string> {
    if (input.password.length < MIN_PASSWORD_LENGTH) throw IdentityErrors.weakPassword();
    const email = normaliseEmail(input.email);
    if (await this.repository.findUserByEmail(email)) throw IdentityErrors.emailTaken();
    const userId = await this.repository.insertUser({
      email,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
    });
    for (const role of input.roles) await this.repository.insertMembership(userId, input.organisationId, role);
    return userId;
  }

  assertAllowedOrigin(origin: string | undefined): void {
    // Browsers send Origin on every POST; a foreign one is a cross-site request. Server-side callers send none.
    if (origin && !this.config.allowedOrigins.includes(origin)) throw CoreErrors.badOrigin();
  }

  get cookieSecure(): boolean {
    return this.config.cookieSecure;
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
