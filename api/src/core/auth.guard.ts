import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { IdentityService } from '../identity/identity.service.js';
import { SESSION_COOKIE } from '../identity/session-cookie.js';
import { CoreErrors } from './errors.js';
import type { RequestContext } from './request-context.js';
import type { Role } from './roles.js';

const PUBLIC = 'auth:public';
const ROLES = 'auth:roles';

/** Anyone, signed in or not, may call this. */
export const Public = () => SetMetadata(PUBLIC, true);
/** Only users holding one of these roles may call this (checked on the server, for every call). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/**
 * Global guard: every query and mutation needs a signed-in user unless marked @Public,
 * and the roles named by @Roles. It also refuses mutations sent from a foreign origin (CSRF).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(executionContext: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(executionContext);
    const context = gql.getContext<RequestContext>();
    const targets = [executionContext.getHandler(), executionContext.getClass()];

    if (gql.getInfo()?.operation?.operation === 'mutation') this.identity.assertAllowedOrigin(context.req.headers.origin);

    if (context.user === undefined) {
      const token = context.req.cookies?.[SESSION_COOKIE] as string | undefined;
      context.user = token ? await this.identity.userForSession(token) : null;
    }
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    if (!context.user) throw CoreErrors.notSignedIn();

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.some((role) => context.user!.roles.includes(role))) throw CoreErrors.notAllowed();
    return true;
  }
}
