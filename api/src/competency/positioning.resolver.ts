import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import type { RequestContext } from '../core/request-context.js';
import { Role } from '../core/roles.js';
import type { RawResponse } from '../learning/correction.js';
import { loadCompetency } from './competency.resolver.js';
import { CompetencyService } from './competency.service.js';
import { Competency, CompetencyScore } from './competency.types.js';
import type { PositioningAnswerRecord, PositioningSessionRecord } from './positioning.repository.js';
import { PositioningService } from './positioning.service.js';
import {
  AnswerPositioningInput,
  PositioningQuestion,
  PositioningSession,
  StartPositioningInput,
  TestableCompetency,
} from './positioning.types.js';

/** Who takes positioning tests: the same people who take micro-lessons. */
const TAKES_TESTS = [Role.LEARNER, Role.TRAINER];

@Resolver(() => PositioningSession)
export class PositioningResolver {
  constructor(private readonly positioning: PositioningService) {}

  @Query(() => [TestableCompetency], { description: 'Competencies a positioning test can measure.' })
  async testableCompetencies(): Promise<TestableCompetency[]> {
    return (await this.positioning.testableCompetencies()) as TestableCompetency[];
  }

  @Query(() => PositioningSession, { nullable: true, description: 'The test in progress, else the latest one taken.' })
  myPositioning(@Me() me: CurrentUser): Promise<PositioningSession | null> {
    return this.positioning.mine(me);
  }

  @Query(() => PositioningSession, { nullable: true })
  positioningSession(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string): Promise<PositioningSession | null> {
    return this.positioning.session(me, id);
  }

  @Roles(...TAKES_TESTS)
  @Mutation(() => PositioningSession, { description: 'Starts a test; a test in progress is abandoned (its answers still count).' })
  startPositioning(@Me() me: CurrentUser, @Args('input') input: StartPositioningInput): Promise<PositioningSession> {
    return this.positioning.start(me, input.competencyCodes);
  }

  @Roles(...TAKES_TESTS)
  @Mutation(() => PositioningSession, { description: 'Answers (or skips) the current question; says nothing of right or wrong.' })
  answerPositioning(@Me() me: CurrentUser, @Args('input') input: AnswerPositioningInput): Promise<PositioningSession> {
    return this.positioning.answer(me, { ...input, response: input.response as RawResponse | undefined });
  }

  @Roles(...TAKES_TESTS)
  @Mutation(() => PositioningSession, {
    nullable: true,
    description: 'Shares the result of one of the learner\u2019s finished tests with the managers of their établissement.',
  })
  sharePositioning(@Me() me: CurrentUser, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<PositioningSession | null> {
    return this.positioning.share(me, sessionId);
  }
}

@Resolver(() => PositioningSession)
export class PositioningSessionResolver {
  constructor(
    private readonly positioning: PositioningService,
    private readonly competencyService: CompetencyService,
  ) {}

  @ResolveField(() => [Competency])
  competencies(@Parent() session: PositioningSessionRecord, @Context() context: RequestContext): Promise<Competency[]> {
    return Promise.all(session.competencyCodes.map((code) => loadCompetency(context, this.competencyService, code)));
  }

  @ResolveField(() => Int)
  async answeredCount(@Parent() session: PositioningSessionRecord, @Context() context: RequestContext): Promise<number> {
    return (await this.loadAnswers(context, session.id)).length;
  }

  @ResolveField(() => PositioningQuestion, { nullable: true, description: 'The question to answer now; null once the test is over.' })
  async question(@Parent() session: PositioningSessionRecord, @Context() context: RequestContext): Promise<PositioningQuestion | null> {
    return (await this.positioning.question(session, (await this.loadAnswers(context, session.id)).length)) as PositioningQuestion | null;
  }

  @ResolveField(() => [CompetencyScore], {
    description: 'The placement on each competency of the test, from its answers alone; empty until the test is over.',
  })
  async results(@Parent() session: PositioningSessionRecord, @Context() context: RequestContext): Promise<CompetencyScore[]> {
    if (session.status === 'IN_PROGRESS') return [];
    return this.positioning.results(session, await this.loadAnswers(context, session.id)) as Promise<CompetencyScore[]>;
  }

  private loadAnswers(context: RequestContext, sessionId: string): Promise<PositioningAnswerRecord[]> {
    return context.loaders
      .get<string, PositioningAnswerRecord[]>('positioningAnswers', async (ids) => {
        const rows = await this.positioning.answersOfSessions(ids);
        return ids.map((id) => rows.filter((row) => row.sessionId === id));
      })
      .load(sessionId);
  }
}

@Resolver(() => PositioningQuestion)
export class PositioningQuestionResolver {
  constructor(private readonly competencies: CompetencyService) {}

  @ResolveField(() => Competency)
  competency(@Parent() question: PositioningQuestion, @Context() context: RequestContext): Promise<Competency> {
    return loadCompetency(context, this.competencies, question.competencyCode);
  }
}

@Resolver(() => TestableCompetency)
export class TestableCompetencyResolver {
  constructor(private readonly competencies: CompetencyService) {}

  @ResolveField(() => Competency)
  competency(@Parent() testable: TestableCompetency, @Context() context: RequestContext): Promise<Competency> {
    return loadCompetency(context, this.competencies, testable.competencyCode);
  }
}
