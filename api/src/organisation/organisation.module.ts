import { Module } from '@nestjs/common';
import { OrganisationRepository } from './organisation.repository.js';
import { OrganisationService } from './organisation.service.js';

@Module({ providers: [OrganisationRepository, OrganisationService], exports: [OrganisationService] })
export class OrganisationModule {}
