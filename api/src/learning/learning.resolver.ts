import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { Grain, Module } from '../catalogue/catalogue.types.js';
import { loadCompetency } from '../competency/competency.resolver.js';
import { CompetencyService } from '../competency/competency.service.js';
import { Competency, CompetencyEvidence, ProfileCompetency, ProfileHistoryPoint } from '../competency/competency.types.js';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import { byKeys } from '../core/loaders.js';
import type { RequestContext } from '../core/request-context.js';
import { Role } from '../core/roles.js';
import type { AnswerRecord, AttemptRecord } from './learning.repository.js';
import { LearningService } from './learning.service.js';
import { AnswerResult, Attempt, Progress, Recommendation, ReserveOfflineAttemptInput, Score, SubmitAnswerInput } from './learning.types.js';

/** Who takes micro-lessons: learners, and trainers trying their own modules. */
const TAKES_LESSONS = [Role.LEARNER, Role.TRAINER];

@Resolver(() => Attempt)
export class LearningResolver {
  constructor(
    private readonly learning: LearningService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Roles(...TAKES_LESSONS)
  @Mutation(() => Attempt, { description: 'Starts an attempt on the current version, or returns the one in progress.' })
  startAttempt(@Me() me: CurrentUser, @Args('moduleSlug') moduleSlug: string): Promise<Attempt> {
    return this.learning.startAttempt(me, moduleSlug);
  }

  @Roles(...TAKES_LESSONS)
  @Mutation(() => Attempt, {
    description:
      'Downloading a module for offline play: reserves an attempt of this device on the current version (same key, same attempt).',
  })
  reserveOfflineAttempt(@Me() me: CurrentUser, @Args('input') input: ReserveOfflineAttemptInput): Promise<Attempt> {
    return this.learning.reserveDownloadAttempt(me, input.moduleSlug, input.downloadKey);
  }

  @Roles(...TAKES_LESSONS)
  @Mutation(() => AnswerResult, { description: 'Idempotent: the same idempotencyKey returns the first stored result.' })
  submitAnswer(@Me() me: CurrentUser, @Args('input') input: SubmitAnswerInput): Promise<AnswerResult> {
    return this.learning.submitAnswer(me, input);
  }

  @Roles(...TAKES_LESSONS)
  @Mutation(() => Attempt, { description: 'Records where the learner is, to resume there.' })
  moveInAttempt(
    @Me() me: CurrentUser,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('grainIndex', { type: () => Int }) grainIndex: number,
  ): Promise<Attempt> {
    return this.learning.moveInAttempt(me, attemptId, grainIndex);
  }

  @Roles(...TAKES_LESSONS)
  @Mutation(() => Attempt)
  finishAttempt(@Me() me: CurrentUser, @Args('attemptId', { type: () => ID }) attemptId: string): Promise<Attempt> {
    return this.learning.finishAttempt(me, attemptId);
  }

  @Query(() => Attempt, { nullable: true })
  attempt(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string): Promise<Attempt | null> {
    return this.learning.attempt(me, id);
  }

  @Query(() => [ProfileCompetency], {
    description: 'Pix and level per competency the learner has evidence on, from micro-lessons and positioning tests.',
  })
  myProfile(@Me() me: CurrentUser): Promise<ProfileCompetency[]> {
    return this.learning.profile(me) as Promise<ProfileCompetency[]>;
  }

  @Query(() => [ProfileHistoryPoint], { description: 'The profile at the end of each day the learner answered something, oldest first.' })
  async myProfileHistory(@Me() me: CurrentUser): Promise<ProfileHistoryPoint[]> {
    return (await this.learning.profileHistory(me)).map((point) => ({
      day: point.day,
      totalPix: point.scores.reduce((sum, s) => sum + s.pix, 0),
      competencies: point.scores.map((s) => ({ competencyCode: s.competencyCode, pix: s.pix, level: s.level })),
    }));
  }

  @Query(() => [Recommendation], { description: 'Up to 3 micro-lessons that cover the learner\u2019s gaps.' })
  myRecommendations(@Me() me: CurrentUser): Promise<Recommendation[]> {
    return this.learning.recommendations(me) as Promise<Recommendation[]>;
  }

  @Query(() => Progress)
  myProgress(@Me() me: CurrentUser): Promise<Progress> {
    return this.learning.progress(me);
  }

  @ResolveField(() => Module)
  async module(@Parent() attempt: Attempt, @Context() context: RequestContext): Promise<Module> {
    const module = await context.loaders
      .get<string, Module | null>('moduleById', async (ids) => byKeys(ids, await this.catalogue.modulesByIds(ids), (m) => m.id))
      .load(attempt.moduleId);
    return module!;
  }

  @ResolveField(() => Int)
  async grainCount(@Parent() attempt: Attempt, @Context() context: RequestContext): Promise<number> {
    return (await loadGrains(context, this.catalogue, attempt.versionId)).length;
  }

  @ResolveField(() => [Grain], { description: 'Grains of the version this attempt plays, without solutions (what a download stores).' })
  grains(@Parent() attempt: Attempt, @Context() context: RequestContext): Promise<Grain[]> {
    return loadGrains(context, this.catalogue, attempt.versionId);
  }

  @ResolveField(() => [AnswerResult])
  async answers(@Parent() attempt: Attempt, @Context() context: RequestContext): Promise<AnswerResult[]> {
    return this.learning.resultsOfAnswers(attempt.versionId, await this.loadAnswers(context, attempt.id));
  }

  @ResolveField(() => Score)
  async score(@Parent() attempt: Attempt, @Context() context: RequestContext): Promise<Score> {
    return this.learning.score(attempt as AttemptRecord, await this.loadAnswers(context, attempt.id));
  }

  @ResolveField(() => [CompetencyEvidence], { description: 'Competencies evidenced by this attempt\u2019s answers.' })
  async evidence(@Parent() attempt: Attempt, @Context() context: RequestContext): Promise<CompetencyEvidence[]> {
    return toEvidence(await this.learning.evidenceOfAnswers(await this.loadAnswers(context, attempt.id)));
  }

  private loadAnswers(context: RequestContext, attemptId: string): Promise<AnswerRecord[]> {
    return context.loaders
      .get<string, AnswerRecord[]>('answersOfAttempt', async (ids) => {
        const rows = await this.learning.answersOfAttempts(ids);
        return ids.map((id) => rows.filter((row) => row.attemptId === id));
      })
      .load(attemptId);
  }
}

@Resolver(() => Module)
export class ModuleLearningResolver {
  constructor(
    private readonly learning: LearningService,
    private readonly catalogue: CatalogueService,
  ) {}

  @ResolveField(() => Attempt, { nullable: true, description: 'The learner\u2019s attempt in progress on this module, else the latest.' })
  myAttempt(@Parent() module: Module, @Context() context: RequestContext): Promise<Attempt | null> {
    return loadMyAttempt(context, this.learning, module.id);
  }

  @ResolveField(() => Score, { nullable: true, description: 'The learner\u2019s best finished attempt on this module (all devices).' })
  myBestScore(@Parent() module: Module, @Context() context: RequestContext): Promise<Score | null> {
    const me = context.user;
    return me ? this.learning.bestScore(me, module.id) : Promise.resolve(null);
  }

  @ResolveField(() => [Grain], {
    description: 'Grains of the version the learner plays (that of the attempt in progress, else the current one), without solutions.',
  })
  async grains(@Parent() module: Module, @Context() context: RequestContext): Promise<Grain[]> {
    const attempt = await loadMyAttempt(context, this.learning, module.id);
    const versionId = attempt?.status === 'IN_PROGRESS' ? attempt.versionId : module.versionId;
    return loadGrains(context, this.catalogue, versionId);
  }
}

@Resolver(() => Progress)
export class ProgressResolver {
  constructor(private readonly learning: LearningService) {}

  @ResolveField(() => [CompetencyEvidence], { description: 'Evidence per competency over all the learner\u2019s answers.' })
  async competencies(@Context() context: RequestContext): Promise<CompetencyEvidence[]> {
    return toEvidence(await this.learning.evidenceOfUser(context.user!));
  }
}

function loadMyAttempt(context: RequestContext, learning: LearningService, moduleId: string): Promise<AttemptRecord | null> {
  const me = context.user;
  if (!me) return Promise.resolve(null);
  return context.loaders
    .get<string, AttemptRecord | null>('myAttemptOfModule', async (ids) =>
      byKeys(ids, await learning.currentAttemptsForModules(me, ids), (a) => a.moduleId),
    )
    .load(moduleId);
}

async function loadGrains(context: RequestContext, catalogue: CatalogueService, versionId: string): Promise<Grain[]> {
  const version = await context.loaders
    .get<string, { grains: Grain[] } | null>('grainsOfVersion', async (ids) => {
      const found = await catalogue.publicGrainsOfVersions(ids);
      return ids.map((id) => found.get(id) ?? null);
    })
    .load(versionId);
  return version?.grains ?? [];
}

function toEvidence(
  summaries: { competencyCode: string; skillsValidated: number; skillsFailed: number; answers: number }[],
): CompetencyEvidence[] {
  return summaries.map((s) => ({ ...s, competency: { code: s.competencyCode, name: '', domainCode: '' } }));
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  constructor(private readonly competencyService: CompetencyService) {}

  @ResolveField(() => Competency)
  competency(@Parent() recommendation: Recommendation, @Context() context: RequestContext): Promise<Competency> {
    return loadCompetency(context, this.competencyService, recommendation.competencyCode);
  }
}
