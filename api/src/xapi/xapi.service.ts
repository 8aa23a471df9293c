import { Inject, Injectable } from '@nestjs/common';
import { PseudonymKey } from '../analytics/pseudonym-key.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import { type XapiAgent, learnerAccountName, learnerActor, platformHomePage } from './learner-actor.js';
import { StatementsRepository, type XapiExecutor } from './statements.repository.js';
import { type LrsPrincipal, StatementsService } from './statements.service.js';
import { VOIDED_VERB } from './statement-validation.js';
import { uuidV5 } from './uuid-v5.js';
import { LrsError, XapiErrors } from './xapi.errors.js';

type Json = Record<string, any>;

export interface RecordOptions {
  /** The organisation whose store receives the statement (the learner's school). */
  organisationId: string;
  /** When the statement comes from a learner's session (an H5P frame, say): its actor must be that learner. */
  onBehalfOf?: string;
}

/**
 * What the rest of the api calls to record its own learning events as xAPI statements, with the
 * platform as authority, and to name a learner as an actor (never by e-mail: see learner-actor.ts).
 */
@Injectable()
export class XapiService {
  private readonly homePage: string;

  constructor(
    private readonly statements: StatementsService,
    private readonly repository: StatementsRepository,
    private readonly pseudonymKey: PseudonymKey,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.homePage = platformHomePage(config.publicUrl);
  }

  /** The learner as an xAPI actor; the first call remembers the name, so that statements naming it can be traced to the learner. */
  async learnerActor(userId: string, executor?: XapiExecutor): Promise<XapiAgent> {
    return (await this.learnerActors([userId], executor)).get(userId)!;
  }

  /**
   * Learners as xAPI actors, their names remembered in one statement: a projection pass names up to a
   * hundred learners, and one insert each took a quarter of its time. In user id order, so that two
   * instances remembering the same learners at once wait for each other rather than deadlock.
   */
  async learnerActors(userIds: readonly string[], executor?: XapiExecutor): Promise<Map<string, XapiAgent>> {
    const key = await this.pseudonymKey.get();
    const accounts = [...new Set(userIds)].sort().map((userId) => ({ userId, name: learnerAccountName(key, userId) }));
    await this.repository.saveLearnerAccounts(accounts, executor);
    return new Map(accounts.map((a) => [a.userId, learnerActor(this.homePage, a.name)]));
  }

  /** The platform's authority on the statements it records itself. */
  platformAuthority(): Json {
    return { objectType: 'Agent', name: 'Continuité', account: { homePage: `${this.homePage}/xapi`, name: 'platform' } };
  }

  /**
   * Stores the platform's own statements in one organisation's store, all or none (the same rules as
   * a POST); a statement whose id is already stored there is left out, so a replay adds nothing.
   * Returns the ids it stored.
   */
  async recordMany(statements: Json[], organisationId: string, executor: XapiExecutor): Promise<string[]> {
    const existing = new Set(
      (
        await this.repository.findByIds(
          organisationId,
          statements.map((s) => String(s.id)),
          executor,
        )
      ).map((r) => r.id),
    );
    const fresh = statements.filter((s) => !existing.has(String(s.id)));
    if (fresh.length === 0) return [];
    const principal: LrsPrincipal = {
      organisationId,
      clientId: null,
      authority: this.platformAuthority(),
      canRead: true,
      canWrite: true,
      platform: true,
    };
    return this.statements.storeStatements(principal, { statements: fresh, parts: null, version: '1.0' }, executor);
  }

  /**
   * Before a learner's erasure (in its transaction): each of their statements an external LRS may
   * have received is voided by the platform, and the voiding statement (which names no one) goes
   * there after it, in order. Their own statements are then deleted with the account; where one had
   * not left yet, the other side only gets a voiding of an id it never saw, which xAPI accepts.
   * Returns how many were voided.
   */
  async voidForwardedOf(learnerId: string, executor: XapiExecutor): Promise<number> {
    const targets = await this.repository.findForwardableOfLearner(learnerId, executor);
    const byOrganisation = new Map<string, string[]>();
    for (const t of targets) byOrganisation.set(t.organisationId, [...(byOrganisation.get(t.organisationId) ?? []), t.id]);
    for (const [organisationId, ids] of byOrganisation) {
      const voiding = ids.map((id) => ({
        id: uuidV5(`erasure-voiding:${id}`),
        actor: this.platformAuthority(),
        verb: { id: VOIDED_VERB, display: { 'fr-FR': 'a annulé', 'en-US': 'voided' } },
        object: { objectType: 'StatementRef', id },
      }));
      await this.recordMany(voiding, organisationId, executor);
    }
    return targets.length;
  }

  /**
   * Validates and stores one statement (the same rules as the LRS's PUT and POST); returns its id.
   * Pass the caller's transaction as executor to record within it.
   */
  async record(statement: Json, options: RecordOptions, executor?: XapiExecutor): Promise<string> {
    const principal: LrsPrincipal = {
      organisationId: options.organisationId,
      clientId: null,
      authority: this.platformAuthority(),
      canRead: true,
      canWrite: true,
      platform: options.onBehalfOf === undefined,
    };
    if (options.onBehalfOf !== undefined) {
      principal.speaksOnlyFor = (await this.learnerActor(options.onBehalfOf, executor)).account.name;
    }
    try {
      const [id] = await this.statements.storeStatements(principal, { statements: [statement], parts: null, version: '1.0' }, executor);
      return id!;
    } catch (error) {
      if (error instanceof LrsError && error.status === 403) throw XapiErrors.notYourStatement();
      if (error instanceof LrsError && error.status === 400) throw XapiErrors.invalidStatement([error.message]);
      throw error;
    }
  }
}
