import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { WebinarErrors } from './webinar.errors.js';
import { type Executor, type RegistrationRecord, type WebinarRecord, WebinarRepository } from './webinar.repository.js';

const HOST_ROLES = [Role.TRAINER, Role.ADMIN];

export interface WebinarAccess {
  webinar: WebinarRecord;
  /** A trainer (or admin) of the webinar's organisation or of one above it. */
  host: boolean;
  registration: RegistrationRecord | undefined;
  /** Holds a place (registered or attended), or hosts: may join the room and the live page. */
  participant: boolean;
}

/** Who may see, run and join a webinar: every use case starts here. */
@Injectable()
export class WebinarAccessService {
  constructor(
    private readonly repository: WebinarRepository,
    private readonly organisations: OrganisationService,
  ) {}

  /** The organisations whose webinars the person runs (TRAINER or ADMIN there, or above). */
  async hostScope(me: CurrentUser): Promise<string[]> {
    if (!HOST_ROLES.some((role) => me.roles.includes(role))) return [];
    return this.organisations.scopeOf(me.id, HOST_ROLES);
  }

  /**
   * The webinar as the person may see it: its trainers, the people of its audience, and whoever
   * registered (even if the audience changed since). Anyone else gets WEBINAR_NOT_FOUND.
   */
  async visible(me: CurrentUser, webinarId: string, executor?: Executor): Promise<WebinarAccess> {
    const webinar = await this.repository.findWebinar(webinarId, executor);
    if (!webinar) throw WebinarErrors.notFound();
    const host = (await this.hostScope(me)).includes(webinar.organisationId);
    const registration = await this.repository.findRegistration(webinarId, me.id, executor);
    const registered = registration !== undefined && registration.status !== 'CANCELLED';
    if (!host && !registered && !(await this.repository.isOpenTo(webinarId, me.id, executor))) throw WebinarErrors.notFound();
    return { webinar, host, registration, participant: host || (registered && registration.status !== 'WAITLISTED') };
  }

  /** Only its trainers; to others the webinar does not exist. */
  async hosted(me: CurrentUser, webinarId: string): Promise<WebinarRecord> {
    const webinar = await this.repository.findWebinar(webinarId);
    if (!webinar || !(await this.hostScope(me)).includes(webinar.organisationId)) throw WebinarErrors.notFound();
    return webinar;
  }

  /** Those with a place and the trainers: the live page (questions, polls) and the room. */
  async participant(me: CurrentUser, webinarId: string): Promise<WebinarAccess> {
    const access = await this.visible(me, webinarId);
    if (!access.participant) throw WebinarErrors.notRegistered();
    return access;
  }
}
