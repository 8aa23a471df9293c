import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import type { RequestContext } from '../core/request-context.js';
import { IdentityService } from './identity.service.js';
import { SignInInput, User } from './identity.types.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@Resolver(() => User)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() context: RequestContext): User | null {
    return context.user ? toUser(context.user) : null;
  }

  @Public()
  @Mutation(() => User)
  async signIn(@Args('input') input: SignInInput, @Context() context: RequestContext): Promise<User> {
    const { user, token } = await this.identity.signIn(input.email, input.password, context.req.ip ?? 'unknown');
    setSessionCookie(context.res, token, this.identity.cookieSecure);
    return toUser(user);
  }

  @Mutation(() => Boolean)
  async signOut(@Me() me: CurrentUser, @Context() context: RequestContext): Promise<boolean> {
    await this.identity.signOut(me);
    clearSessionCookie(context.res, this.identity.cookieSecure);
    return true;
  }
}

function toUser(user: { id: string; email: string | null; displayName: string; roles: User['roles'] }): User {
  return { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles };
}
