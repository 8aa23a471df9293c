import { Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import type { DB } from '../database/schema.js';
import { PeopleService } from '../identity/people.service.js';
import type { PersonRecord } from '../identity/people.repository.js';
import { AuditService } from '../privacy/audit.service.js';
import { OrganisationErrors } from './organisation.errors.js';
import { OrganisationRepository } from './organisation.repository.js';
import { OrganisationService } from './organisation.service.js';
import { parsePeopleCsv, type PersonRow, type RejectedLine, UnreadableFile } from './people-csv.js';

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface ImportedLine {
  line: number;
  displayName: string;
  email: string | null;
  identifier: string | null;
  cohort: string | null;
  role: Role;
  outcome: ImportOutcome;
}

export interface ImportReport {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  cohortsCreated: string[];
  lines: ImportedLine[];
  rejected: (RejectedLine | { line: number; reason: 'CONFLICTING_ACCOUNTS'; raw: string })[];
}

/** Who may import into an organisation: its managers and admins (and those of the organisations above). */
const IMPORTERS = [Role.MANAGER, Role.ADMIN];

/** Thrown at the end of a preview to undo its writes: the preview runs the very same code as the import. */
class PreviewDone extends Error {
  constructor(readonly report: ImportReport) {
    super('preview');
  }
}

@Injectable()
export class PeopleImportService {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly repository: OrganisationRepository,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  /** What importing would do, line by line, without changing anything. */
  async preview(me: CurrentUser, organisationId: string, csv: string): Promise<ImportReport> {
    await this.assertMayImport(me, organisationId);
    const parsed = parse(csv);
    try {
      await this.people.transaction(async (trx) => {
        throw new PreviewDone(await this.apply(trx, organisationId, parsed, false));
      });
    } catch (error) {
      if (error instanceof PreviewDone) return error.report;
      throw error;
    }
    throw new Error('unreachable');
  }

  /** Creates or updates people, their role here and their cohort; importing the same file again changes nothing. */
  async import(me: CurrentUser, organisationId: string, csv: string): Promise<ImportReport> {
    await this.assertMayImport(me, organisationId);
    const parsed = parse(csv);
    return this.people.transaction(async (trx) => {
      const report = await this.apply(trx, organisationId, parsed, true);
      await this.audit.record(
        {
          actorId: me.id,
          action: 'PEOPLE_IMPORTED',
          organisationId,
          targetUserId: null,
          details: { created: report.created, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected.length },
        },
        trx,
      );
      return report;
    });
  }

  private async assertMayImport(me: CurrentUser, organisationId: string): Promise<void> {
    const scope = await this.organisations.scopeOf(me.id, IMPORTERS);
    if (!scope.includes(organisationId)) throw OrganisationErrors.outOfScope();
  }

  private async apply(
    trx: Transaction<DB>,
    organisationId: string,
    { rows, rejected }: { rows: PersonRow[]; rejected: RejectedLine[] },
    applied: boolean,
  ): Promise<ImportReport> {
    await this.repository.lockOrganisation(organisationId, trx);
    const existing = await this.people.findByEmailsOrIdentifiers(
      rows.flatMap((r) => (r.email ? [r.email] : [])),
      rows.flatMap((r) => (r.identifier ? [r.identifier] : [])),
      trx,
    );
    const byEmail = new Map(existing.filter((p) => p.email).map((p) => [p.email!, p]));
    const byIdentifier = new Map(existing.filter((p) => p.identifier).map((p) => [p.identifier!, p]));
    const roles = await this.people.rolesIn(
      existing.map((p) => p.id),
      organisationId,
      trx,
    );
    const held = new Set(roles.map((r) => `${r.userId}:${r.role}`));
    const cohorts = new Map<string, { id: string; created: boolean }>();
    const report: ImportReport = { applied, created: 0, updated: 0, unchanged: 0, cohortsCreated: [], lines: [], rejected: [...rejected] };

    for (const row of rows) {
      const viaEmail = row.email ? byEmail.get(row.email) : undefined;
      const viaIdentifier = row.identifier ? byIdentifier.get(row.identifier) : undefined;
      if (viaEmail && viaIdentifier && viaEmail.id !== viaIdentifier.id) {
        report.rejected.push({
          line: row.line,
          reason: 'CONFLICTING_ACCOUNTS',
          raw: [row.lastName, row.firstName, row.email, row.identifier].join(';'),
        });
        continue;
      }
      const displayName = [row.firstName, row.lastName].filter(Boolean).join(' ');
      let person: PersonRecord | undefined = viaEmail ?? viaIdentifier;
      let outcome: ImportOutcome = 'UNCHANGED';
      if (!person) {
        const id = await this.people.createPerson({ email: row.email, identifier: row.identifier, displayName }, trx);
        person = { id, email: row.email, identifier: row.identifier, displayName };
        outcome = 'CREATED';
      } else {
        const changes: Partial<PersonRecord> = {};
        if (person.displayName !== displayName) changes.displayName = displayName;
        if (!person.email && row.email) changes.email = row.email;
        if (!person.identifier && row.identifier) changes.identifier = row.identifier;
        if (Object.keys(changes).length > 0) {
          await this.people.updatePerson(person.id, changes, trx);
          person = { ...person, ...changes };
          outcome = 'UPDATED';
        }
      }
      if (person.email) byEmail.set(person.email, person);
      if (person.identifier) byIdentifier.set(person.identifier, person);

      if (!held.has(`${person.id}:${row.role}`)) {
        await this.people.grantRole(person.id, organisationId, row.role, trx);
        held.add(`${person.id}:${row.role}`);
        if (outcome === 'UNCHANGED') outcome = 'UPDATED';
      }
      if (row.cohort) {
        let cohort = cohorts.get(row.cohort);
        if (!cohort) {
          cohort = await this.repository.findOrCreateCohort(organisationId, row.cohort, trx);
          cohorts.set(row.cohort, cohort);
          if (cohort.created) report.cohortsCreated.push(row.cohort);
        }
        if ((await this.repository.addMember(cohort.id, person.id, trx)) && outcome === 'UNCHANGED') outcome = 'UPDATED';
      }
      report[outcome === 'CREATED' ? 'created' : outcome === 'UPDATED' ? 'updated' : 'unchanged'] += 1;
      report.lines.push({
        line: row.line,
        displayName,
        email: row.email,
        identifier: row.identifier,
        cohort: row.cohort,
        role: row.role,
        outcome,
      });
    }
    report.rejected.sort((a, b) => a.line - b.line);
    return report;
  }
}

function parse(csv: string): { rows: PersonRow[]; rejected: RejectedLine[] } {
  try {
    return parsePeopleCsv(csv);
  } catch (error) {
    if (error instanceof UnreadableFile) throw OrganisationErrors.unreadableFile(error.reason, error.message);
    throw error;
  }
}
