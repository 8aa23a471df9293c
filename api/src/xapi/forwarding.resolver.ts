import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { ForwardingService } from './forwarding.service.js';
import { SetXapiForwardingInput, XapiForwarding } from './xapi.types.js';

@Resolver(() => XapiForwarding)
@Roles(Role.ADMIN)
export class XapiForwardingResolver {
  constructor(private readonly forwarding: ForwardingService) {}

  @Query(() => XapiForwarding, { nullable: true, description: 'The external LRS of an organisation of your scope (admins).' })
  xapiForwarding(
    @Me() me: CurrentUser,
    @Args('organisationId', { type: () => ID }, ParseUUIDPipe) organisationId: string,
  ): Promise<XapiForwarding | null> {
    return this.forwarding.forwardingOf(me, organisationId);
  }

  @Mutation(() => XapiForwarding, {
    description:
      'Sends the statements of an organisation (and of those under it) to an external LRS; a new endpoint gets them from the first.',
  })
  setXapiForwarding(@Me() me: CurrentUser, @Args('input') input: SetXapiForwardingInput): Promise<XapiForwarding> {
    return this.forwarding.setForwarding(me, input);
  }

  @Mutation(() => Boolean, { description: 'Stops forwarding to the external LRS; says whether one was set.' })
  removeXapiForwarding(
    @Me() me: CurrentUser,
    @Args('organisationId', { type: () => ID }, ParseUUIDPipe) organisationId: string,
  ): Promise<boolean> {
    return this.forwarding.removeForwarding(me, organisationId);
  }
}
