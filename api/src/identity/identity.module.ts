import { Module } from '@nestjs/common';
import { IdentityRepository } from './identity.repository.js';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { PeopleRepository } from './people.repository.js';
import { PeopleService } from './people.service.js';
import { SsoRepository } from './sso.repository.js';
import { SsoResolver } from './sso.resolver.js';
import { SsoService } from './sso.service.js';

@Module({
  providers: [
    IdentityRepository,
    IdentityService,
    IdentityResolver,
    PeopleRepository,
    PeopleService,
    SsoRepository,
    SsoService,
    SsoResolver,
  ],
  exports: [IdentityService, PeopleService],
})
export class IdentityModule {}
