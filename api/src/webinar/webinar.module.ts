import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import { IdentityModule } from '../identity/identity.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { AuditModule } from '../privacy/audit.module.js';
import { AttendanceService } from './attendance.service.js';
import { BbbClient } from './bbb-client.service.js';
import { LiveEvents, createLiveEvents } from './live-events.js';
import { LiveRepository } from './live.repository.js';
import { LiveResolver } from './live.resolver.js';
import { LiveService } from './live.service.js';
import { RegistrationService } from './registration.service.js';
import { WebinarAccessService } from './webinar-access.service.js';
import { WebinarJobs } from './webinar-jobs.service.js';
import { WebinarRepository } from './webinar.repository.js';
import { WebinarResolver } from './webinar.resolver.js';
import { WebinarService } from './webinar.service.js';

/** Webinars (issue 7): scheduling, registrations with a waiting list, reminders, the live page, attendance. */
@Module({
  imports: [IdentityModule, OrganisationModule, CatalogueModule, MailModule, AuditModule],
  providers: [
    WebinarRepository,
    LiveRepository,
    WebinarAccessService,
    WebinarService,
    RegistrationService,
    LiveService,
    AttendanceService,
    WebinarJobs,
    BbbClient,
    { provide: LiveEvents, useFactory: (config: AppConfig) => createLiveEvents(config.redisUrl), inject: [APP_CONFIG] },
    WebinarResolver,
    LiveResolver,
  ],
  exports: [RegistrationService, WebinarJobs, LiveEvents],
})
export class WebinarModule {}
