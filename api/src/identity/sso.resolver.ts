import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../core/auth.guard.js';
import { SsoService } from './sso.service.js';
import { SignInOptions } from './sso.types.js';

@Resolver(() => SignInOptions)
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Public()
  @Query(() => SignInOptions, { description: 'The ways to sign in offered on the sign-in page.' })
  signInOptions(): SignInOptions {
    return { sso: this.sso.option() };
  }
}
