import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import type { CurrentUser } from '../core/current-user.js';
import { MailService } from '../mail/mail.service.js';
import { AuditService } from './audit.service.js';
import { ErasureRepository } from './erasure.repository.js';
import { ExportRepository, type PersonalData } from './export.repository.js';
import { PrivacyErrors } from './privacy.errors.js';

export const EXPORT_FORMAT = 'continuite-personal-data/1';

export interface AccountSummary {
  id: string;
  displayName: string;
  email: string | null;
  identifier: string | null;
  createdAt: Date;
  lastActiveAt: Date;
  memberships: { organisationName: string; role: string }[];
  cohorts: { name: string; organisationName: string }[];
  attempts: number;
  answers: number;
  positioningSessions: number;
  reviewCards: number;
  retentionMonths: number;
}

/** The right of access and to portability (RGPD art. 15 and 20): everything we hold about the person, as JSON. */
@Injectable()
export class DataExportService {
  constructor(
    private readonly repository: ExportRepository,
    private readonly erasure: ErasureRepository,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async exportMyData(me: CurrentUser): Promise<string> {
    const data = await this.personalData(me.id);
    await this.audit.record({
      actorId: me.id,
      action: 'DATA_EXPORTED',
      organisationId: await this.erasure.findHomeOrganisation(me.id),
      targetUserId: me.id,
      details: {},
    });
    return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: this.clock.now(), ...data }, null, 2);
  }

  async personalData(userId: string): Promise<PersonalData> {
    const account = await this.repository.findAccount(userId);
    if (!account) throw PrivacyErrors.accountNotFound();
    const [records, mails] = await Promise.all([
      this.repository.findRecords(userId),
      account.email ? this.mail.mailsTo(account.email) : Promise.resolve([]),
    ]);
    return {
      account,
      ...records,
      mails: mails.map((m) => ({ subject: m.subject, text: m.text, createdAt: m.createdAt, sentAt: m.sentAt })),
    };
  }

  /** What the account page shows: who the person is here, and how much we keep. */
  async myAccount(me: CurrentUser): Promise<AccountSummary> {
    const account = await this.repository.findAccount(me.id);
    if (!account) throw PrivacyErrors.accountNotFound();
    const [memberships, cohorts, counts] = await Promise.all([
      this.repository.findMemberships(me.id),
      this.repository.findCohorts(me.id),
      this.repository.countRecords(me.id),
    ]);
    return {
      id: account.id,
      displayName: account.displayName,
      email: account.email,
      identifier: account.identifier,
      createdAt: account.createdAt,
      lastActiveAt: account.lastActiveAt,
      memberships,
      cohorts,
      ...counts,
      retentionMonths: this.config.retention.months,
    };
  }
}
