import { Inject, ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../core/auth.guard.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { Organisation } from '../organisation/organisation.types.js';
import type { ClientRecord } from './clients.repository.js';
import { ClientsService } from './clients.service.js';
import { platformHomePage } from './learner-actor.js';
import { CreateXapiClientInput, CreatedXapiClient, XapiClient } from './xapi.types.js';

@Resolver(() => XapiClient)
@Roles(Role.ADMIN)
export class XapiClientResolver {
  constructor(
    private readonly clients: ClientsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [Organisation], { description: 'The organisations whose LRS you administer: where you are admin, and those below.' })
  xapiOrganisations(@Me() me: CurrentUser): Promise<Organisation[]> {
    return this.clients.administeredOrganisations(me) as Promise<Organisation[]>;
  }

  @Query(() => [XapiClient], { description: 'The LRS clients of an organisation of your scope (admins).' })
  async xapiClients(
    @Me() me: CurrentUser,
    @Args('organisationId', { type: () => ID }, ParseUUIDPipe) organisationId: string,
  ): Promise<XapiClient[]> {
    return (await this.clients.clientsOf(me, organisationId)).map(toXapiClient);
  }

  @Mutation(() => CreatedXapiClient, { description: 'Creates LRS credentials for a tool; the secret is shown once.' })
  async createXapiClient(@Me() me: CurrentUser, @Args('input') input: CreateXapiClientInput): Promise<CreatedXapiClient> {
    const { client, secret } = await this.clients.createClient(me, input);
    return { client: toXapiClient(client), secret, endpoint: `${platformHomePage(this.config.publicUrl)}/xapi/` };
  }

  @Mutation(() => XapiClient, { description: 'Revokes LRS credentials; the statements they wrote stay.' })
  async revokeXapiClient(@Me() me: CurrentUser, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<XapiClient> {
    return toXapiClient(await this.clients.revokeClient(me, id));
  }
}

function toXapiClient(client: ClientRecord): XapiClient {
  return {
    id: client.id,
    organisationId: client.organisationId,
    name: client.name,
    key: client.key,
    permission: client.canRead && client.canWrite ? 'READ_WRITE' : client.canWrite ? 'WRITE' : 'READ',
    createdAt: client.createdAt,
    revokedAt: client.revokedAt,
  };
}
