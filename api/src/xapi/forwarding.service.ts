import { Inject, Injectable } from '@nestjs/common';
import { PseudonymKey } from '../analytics/pseudonym-key.js';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { AuditService } from '../privacy/audit.service.js';
import { endpointProblem } from './forwarding-rules.js';
import { type ForwardingRecord, ForwardingRepository } from './forwarding.repository.js';
import { sealSecret, secretKey } from './secret-box.js';
import { XapiErrors } from './xapi.errors.js';

/**
 * An organisation's external LRS (issue 8): its admins set, read and remove it. The secret is sealed
 * before it is stored and never returned; XapiForwarder does the sending.
 */
@Injectable()
export class ForwardingService {
  constructor(
    private readonly repository: ForwardingRepository,
    private readonly organisations: OrganisationService,
    private readonly pseudonymKey: PseudonymKey,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forwardingOf(me: CurrentUser, organisationId: string): Promise<ForwardingRecord | null> {
    await this.assertAdminOf(me, organisationId);
    return (await this.repository.findForwarding(organisationId)) ?? null;
  }

  async setForwarding(
    me: CurrentUser,
    input: { organisationId: string; endpoint: string; key: string; secret: string },
  ): Promise<ForwardingRecord> {
    await this.assertAdminOf(me, input.organisationId);
    const endpoint = input.endpoint.trim();
    const problem = endpointProblem(endpoint, this.config.production);
    if (problem) throw XapiErrors.invalidEndpoint(problem);
    await this.repository.upsertForwarding({
      organisationId: input.organisationId,
      endpoint,
      key: input.key,
      secretEncrypted: sealSecret(secretKey(await this.pseudonymKey.get()), input.secret),
      now: this.clock.now(),
    });
    // Where an organisation's learning records go is an administrative act: it is in the audit log (never the secret).
    await this.audit.record({
      actorId: me.id,
      action: 'XAPI_FORWARDING_SET',
      organisationId: input.organisationId,
      targetUserId: null,
      details: { endpoint, key: input.key },
    });
    return (await this.repository.findForwarding(input.organisationId))!;
  }

  async removeForwarding(me: CurrentUser, organisationId: string): Promise<boolean> {
    await this.assertAdminOf(me, organisationId);
    const removed = await this.repository.deleteForwarding(organisationId);
    if (removed) {
      await this.audit.record({ actorId: me.id, action: 'XAPI_FORWARDING_REMOVED', organisationId, targetUserId: null, details: {} });
    }
    return removed;
  }

  private async assertAdminOf(me: CurrentUser, organisationId: string): Promise<void> {
    const scope = await this.organisations.scopeOf(me.id, [Role.ADMIN]);
    if (!scope.includes(organisationId)) throw XapiErrors.organisationNotInScope();
  }
}
