import { Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import type { DB } from '../database/schema.js';
import { MailService } from '../mail/mail.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { XapiService } from '../xapi/xapi.service.js';
import { AuditService } from './audit.service.js';
import { ErasureRepository } from './erasure.repository.js';
import { PrivacyErrors } from './privacy.errors.js';

/** Who asked for an erasure; the audit entry says it, without saying whom. */
export type ErasureReason = 'SELF' | 'ADMIN' | 'RETENTION';

const CONFIRMATION_WORDS = ['SUPPRIMER', 'DELETE'];
/** Shorter ENT identifiers would match unrelated text in audit details. */
const MIN_REDACTED_LENGTH = 6;

/**
 * Erasure (issue 5, RGPD art. 17): the person's rows go, their learning records stay only as
 * anonymous counts, and the audit log keeps the action without the person.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly repository: ErasureRepository,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationService,
    private readonly mail: MailService,
    private readonly xapi: XapiService,
  ) {}

  /** The learner's own erasure, confirmed by typing SUPPRIMER (DELETE in English). */
  async eraseMyAccount(me: CurrentUser, confirmation: string): Promise<void> {
    if (!CONFIRMATION_WORDS.includes(confirmation.trim().toUpperCase())) throw PrivacyErrors.confirmationMismatch();
    await this.repository.transaction(async (trx) => {
      if (!(await this.eraseLocked(me.id, 'SELF', me.id, trx))) throw PrivacyErrors.accountNotFound();
    });
  }

  /**
   * An admin's erasure of an account of their scope: every organisation the person belongs to must
   * be in it (a person of two schools is not for one school's admin to erase). Outside, the account
   * is "not found".
   */
  async eraseAccount(me: CurrentUser, userId: string): Promise<void> {
    if (!me.roles.includes(Role.ADMIN)) throw PrivacyErrors.accountNotFound();
    const scope = new Set(await this.organisations.scopeOf(me.id, [Role.ADMIN]));
    await this.repository.transaction(async (trx) => {
      const organisations = await this.repository.findOrganisationsOf(userId, trx);
      if (organisations.length === 0 || !organisations.every((id) => scope.has(id))) throw PrivacyErrors.accountNotFound();
      if (!(await this.eraseLocked(userId, 'ADMIN', me.id, trx))) throw PrivacyErrors.accountNotFound();
    });
  }

  /** Erases one account inside the caller's transaction; false when it no longer exists. */
  async eraseLocked(userId: string, reason: ErasureReason, actorId: string | null, trx: Transaction<DB>): Promise<boolean> {
    const person = await this.repository.lockPerson(userId, trx);
    if (!person) return false;
    const home = await this.repository.findHomeOrganisation(userId, trx);

    // Recorded with the person as target: the detach below turns that into "an erased account".
    await this.audit.record(
      {
        actorId,
        action: reason === 'RETENTION' ? 'ACCOUNT_ERASED_FOR_INACTIVITY' : 'ACCOUNT_ERASED',
        organisationId: home,
        targetUserId: userId,
        details: { initiatedBy: reason },
      },
      trx,
    );
    await this.repository.foldIntoAggregates(userId, home, trx);
    // Before their statements go: an external LRS that received some is told to void them.
    await this.xapi.voidForwardedOf(userId, trx);

    const addresses = [person.email, person.identifier].filter((value): value is string => !!value);
    await this.repository.redactAuditDetails([userId, ...addresses.filter((value) => value.length >= MIN_REDACTED_LENGTH)], trx);
    await this.repository.deleteSignInFailures(addresses, trx);
    if (person.email) await this.mail.forgetMailsTo(person.email, trx);
    await this.repository.deletePerson(userId, trx);
    return true;
  }
}
