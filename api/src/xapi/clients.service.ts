import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { dummyHash, hashPassword, verifyPassword } from '../identity/password.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { AuditService } from '../privacy/audit.service.js';
import { type ClientRecord, ClientsRepository } from './clients.repository.js';
import { platformHomePage } from './learner-actor.js';
import type { LrsPrincipal } from './statements.service.js';
import { XapiErrors } from './xapi.errors.js';

export type ClientPermission = 'READ' | 'WRITE' | 'READ_WRITE';

/** A verified secret is remembered this long, so that a batch of requests costs one argon2 verification. */
const VERIFIED_FOR_MS = 60_000;

/**
 * LRS clients (issue 8): an admin creates them for an organisation of their scope; each has a key and
 * a secret (HTTP Basic), shown once and kept as an argon2 hash, and may read, write or both.
 */
@Injectable()
export class ClientsService {
  private readonly verified = new Map<string, { digest: Buffer; client: ClientRecord; until: number }>();

  constructor(
    private readonly repository: ClientsRepository,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createClient(
    me: CurrentUser,
    input: { organisationId: string; name: string; permission: ClientPermission },
  ): Promise<{ client: ClientRecord; secret: string }> {
    await this.assertAdminOf(me, input.organisationId);
    const key = randomBytes(12).toString('hex');
    const secret = randomBytes(24).toString('base64url');
    const { id } = await this.repository.insertClient({
      organisationId: input.organisationId,
      name: input.name.trim(),
      key,
      secretHash: await hashPassword(secret),
      canRead: input.permission !== 'WRITE',
      canWrite: input.permission !== 'READ',
    });
    await this.audit.record({
      actorId: me.id,
      action: 'XAPI_CLIENT_CREATED',
      organisationId: input.organisationId,
      targetUserId: null,
      details: { clientId: id, name: input.name.trim(), permission: input.permission },
    });
    return { client: (await this.repository.findClient(id))!, secret };
  }

  async clientsOf(me: CurrentUser, organisationId: string): Promise<ClientRecord[]> {
    await this.assertAdminOf(me, organisationId);
    return this.repository.findClientsOfOrganisation(organisationId);
  }

  async revokeClient(me: CurrentUser, id: string): Promise<ClientRecord> {
    const client = await this.repository.findClient(id);
    if (!client) throw XapiErrors.clientNotFound();
    await this.assertAdminOf(me, client.organisationId);
    await this.repository.revokeClient(id, this.clock.now());
    for (const [cacheKey, entry] of this.verified) if (entry.client.id === id) this.verified.delete(cacheKey);
    await this.audit.record({
      actorId: me.id,
      action: 'XAPI_CLIENT_REVOKED',
      organisationId: client.organisationId,
      targetUserId: null,
      details: { clientId: id, name: client.name },
    });
    return (await this.repository.findClient(id))!;
  }

  /** The principal behind HTTP Basic credentials, or null. */
  async authenticate(key: string, secret: string): Promise<LrsPrincipal | null> {
    const digest = createHash('sha256').update(secret).digest();
    const cached = this.verified.get(key);
    if (cached && cached.until > Date.now() && timingSafeEqual(cached.digest, digest)) return this.principalOf(cached.client);
    const client = await this.repository.findActiveByKey(key);
    // Unknown key: verify against a dummy hash all the same, so that the answer time says nothing.
    const ok = await verifyPassword(client?.secretHash ?? (await dummyHash()), secret);
    if (!client || !ok) return null;
    this.verified.set(key, { digest, client, until: Date.now() + VERIFIED_FOR_MS });
    return this.principalOf(client);
  }

  private principalOf(client: ClientRecord): LrsPrincipal {
    return {
      organisationId: client.organisationId,
      clientId: client.id,
      authority: {
        objectType: 'Agent',
        name: client.name,
        account: { homePage: `${platformHomePage(this.config.publicUrl)}/xapi/clients`, name: client.key },
      },
      canRead: client.canRead,
      canWrite: client.canWrite,
    };
  }

  /** The organisations whose LRS the person administers: where they are admin, and those below. */
  async administeredOrganisations(me: CurrentUser) {
    return this.organisations.organisationsByIds(await this.organisations.scopeOf(me.id, [Role.ADMIN]));
  }

  private async assertAdminOf(me: CurrentUser, organisationId: string): Promise<void> {
    const scope = await this.organisations.scopeOf(me.id, [Role.ADMIN]);
    if (!scope.includes(organisationId)) throw XapiErrors.organisationNotInScope();
  }
}
