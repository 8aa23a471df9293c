import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { H5P_AUTHORING_ROLES, H5pService } from './h5p.service.js';
import { H5pPackage, H5pStateArgs, SaveH5pStateInput } from './h5p.types.js';

/** Who plays H5P activities: as for every lesson, learners and trainers trying their modules. */
const TAKES_LESSONS = [Role.LEARNER, Role.TRAINER];

/** Packages are uploaded over plain HTTP (h5p.routes.ts); GraphQL lists them and keeps the learners' state. */
@Resolver()
export class H5pResolver {
  constructor(private readonly h5p: H5pService) {}

  @Roles(...H5P_AUTHORING_ROLES)
  @Query(() => [H5pPackage], { description: 'Packages the trainer may place in a module, newest first.' })
  h5pPackages(@Me() me: CurrentUser): Promise<H5pPackage[]> {
    return this.h5p.packagesFor(me);
  }

  @Roles(...TAKES_LESSONS)
  @Query(() => String, { nullable: true, description: 'The learner\u2019s saved state in an H5P activity of their attempt (JSON text).' })
  h5pState(@Me() me: CurrentUser, @Args() args: H5pStateArgs): Promise<string | null> {
    return this.h5p.state(me, args.attemptId, args.elementId);
  }

  @Roles(...TAKES_LESSONS)
  @Mutation(() => Boolean, { description: 'Keeps the latest state of an H5P activity, so that a reload resumes it.' })
  async saveH5pState(@Me() me: CurrentUser, @Args('input') input: SaveH5pStateInput): Promise<boolean> {
    await this.h5p.saveState(me, input.attemptId, input.elementId, input.state);
    return true;
  }
}
