import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from './roles.js';
import type { RequestContext } from './request-context.js';

export interface CurrentUser {
  id: string;
  /** Null for people known only by an ENT identifier. */
  email: string | null;
  displayName: string;
  roles: Role[];
  sessionTokenHash: string;
}

/** The signed-in user, set by the AuthGuard; use only on resolvers that the guard protects. */
export const Me = createParamDecorator((_: unknown, ctx: ExecutionContext): CurrentUser => {
  const context = GqlExecutionContext.create(ctx).getContext<RequestContext>();
  return context.user!;
});
