import { Module } from '@nestjs/common';
import { IdentityRepository } from './identity.repository.js';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';

@Module({
  providers: [IdentityRepository, IdentityService, IdentityResolver],
  exports: [IdentityService],
})
export class IdentityModule {}
