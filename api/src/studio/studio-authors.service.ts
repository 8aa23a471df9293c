import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { PeopleService } from '../identity/people.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { AuditService } from '../privacy/audit.service.js';
import { StudioErrors } from './studio.errors.js';
import { type AuthorRecord, StudioRepository } from './studio.repository.js';

const AUTHORING_ROLES = [Role.TRAINER, Role.ADMIN] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may edit a module in the studio: its owner and co-authors, trainers of the module's
 * organisation. Every studio operation starts with `requireAuthor`.
 */
@Injectable()
export class StudioAuthorsService {
  constructor(
    private readonly repository: StudioRepository,
    private readonly organisations: OrganisationService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  /** The caller's authorship of this module; anyone else is told it does not exist. */
  async requireAuthor(me: CurrentUser, moduleId: string): Promise<AuthorRecord> {
    const author = UUID.test(moduleId) ? await this.repository.findAuthor(moduleId, me.id) : undefined;
    if (!author) throw StudioErrors.moduleNotFound();
    return author;
  }

  /**
   * The organisation a new module belongs to: the highest one where the trainer holds the role
   * (a school rather than one of its services), the first by name when there are several.
   */
  async homeOrganisation(me: CurrentUser): Promise<string> {
    const scope = await this.organisations.scopeOf(me.id, AUTHORING_ROLES);
    const records = await this.organisations.organisationsByIds(scope);
    const inScope = new Set(scope);
    const tops = records.filter((o) => !o.parentId || !inScope.has(o.parentId)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    if (!tops[0]) throw StudioErrors.noOrganisation();
    return tops[0].id;
  }

  /** Adds a trainer of the module's organisation (or of one above it) as co-author. */
  async addCoAuthor(me: CurrentUser, moduleId: string, organisationId: string, email: string): Promise<void> {
    await this.requireAuthor(me, moduleId);
    const [person] = await this.people.findByEmailsOrIdentifiers([email.trim().toLowerCase()], []);
    // An unknown address and a trainer of another school get the same answer: no account is revealed.
    if (!person || !(await this.organisations.scopeOf(person.id, AUTHORING_ROLES)).includes(organisationId)) {
      throw StudioErrors.coAuthorNotEligible();
    }
    await this.repository.insertAuthor({ moduleId, userId: person.id, role: 'CO_AUTHOR' });
    await this.audit.record({
      actorId: me.id,
      action: 'MODULE_CO_AUTHOR_ADDED',
      organisationId,
      targetUserId: person.id,
      details: { moduleId },
    });
  }

  async removeCoAuthor(me: CurrentUser, moduleId: string, userId: string): Promise<void> {
    await this.requireAuthor(me, moduleId);
    const target = UUID.test(userId) ? await this.repository.findAuthor(moduleId, userId) : undefined;
    if (target?.role === 'OWNER') throw StudioErrors.ownerStays();
    if (target) await this.repository.deleteCoAuthor(moduleId, userId);
  }

  /** The authors of these modules with their names, by module. */
  async authorsOf(moduleIds: readonly string[]): Promise<Map<string, { id: string; displayName: string; role: AuthorRecord['role'] }[]>> {
    const authors = await this.repository.findAuthorsOfModules(moduleIds);
    const names = new Map((await this.people.peopleByIds([...new Set(authors.map((a) => a.userId))])).map((p) => [p.id, p.displayName]));
    const byModule = new Map<string, { id: string; displayName: string; role: AuthorRecord['role'] }[]>();
    for (const author of authors) {
      const list = byModule.get(author.moduleId) ?? [];
      list.push({ id: author.userId, displayName: names.get(author.userId) ?? '', role: author.role });
      byModule.set(author.moduleId, list);
    }
    // The owner first, then co-authors in the order they joined.
    for (const list of byModule.values()) list.sort((a, b) => (a.role === b.role ? 0 : a.role === 'OWNER' ? -1 : 1));
    return byModule;
  }
}
