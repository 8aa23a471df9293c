import { Args, ID, Mutation, Resolver, Subscription } from '@nestjs/graphql';
import { type CurrentUser, Me } from '../core/current-user.js';
import { LiveService } from './live.service.js';
import {
  AnswerPollInput,
  AskQuestionInput,
  LaunchPollInput,
  WebinarLiveEvent,
  WebinarPoll,
  WebinarQuestion,
  WebinarQuestionStatus,
} from './live.types.js';
import { WebinarJoin } from './webinar.types.js';

/** The live page: the room, questions and polls; each change reaches the subscribers of `webinarLive`. */
@Resolver()
export class LiveResolver {
  constructor(private readonly live: LiveService) {}

  @Mutation(() => WebinarJoin, {
    description: 'The room’s link, from 15 minutes before the start to the end; for those with a place and the trainers.',
  })
  async joinWebinar(@Me() me: CurrentUser, @Args('webinarId', { type: () => ID }) webinarId: string): Promise<WebinarJoin> {
    return { url: await this.live.joinWebinar(me, webinarId) };
  }

  @Mutation(() => WebinarQuestion)
  askWebinarQuestion(@Me() me: CurrentUser, @Args('input') input: AskQuestionInput): Promise<WebinarQuestion> {
    return this.live.askQuestion(me, input);
  }

  @Mutation(() => WebinarQuestion, { description: 'One upvote per person; a second one changes nothing.' })
  upvoteWebinarQuestion(@Me() me: CurrentUser, @Args('questionId', { type: () => ID }) questionId: string): Promise<WebinarQuestion> {
    return this.live.upvoteQuestion(me, questionId);
  }

  @Mutation(() => WebinarQuestion, { description: 'Trainers mark a question answered, hide it, or open it again.' })
  markWebinarQuestion(
    @Me() me: CurrentUser,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('status', { type: () => WebinarQuestionStatus }) status: WebinarQuestionStatus,
  ): Promise<WebinarQuestion> {
    return this.live.markQuestion(me, questionId, status);
  }

  @Mutation(() => WebinarPoll, { description: 'Trainers only.' })
  launchWebinarPoll(@Me() me: CurrentUser, @Args('input') input: LaunchPollInput): Promise<WebinarPoll> {
    return this.live.launchPoll(me, input);
  }

  @Mutation(() => WebinarPoll, { description: 'Once per person; the same answer sent again changes nothing.' })
  answerWebinarPoll(@Me() me: CurrentUser, @Args('input') input: AnswerPollInput): Promise<WebinarPoll> {
    return this.live.answerPoll(me, input.pollId, input.optionIds);
  }

  @Mutation(() => WebinarPoll, { description: 'Trainers only; learners then see the results.' })
  closeWebinarPoll(@Me() me: CurrentUser, @Args('pollId', { type: () => ID }) pollId: string): Promise<WebinarPoll> {
    return this.live.closePoll(me, pollId);
  }

  @Subscription(() => WebinarLiveEvent, {
    description: 'Questions and polls of the webinar as they change (graphql-ws on /graphql, signed in by the session cookie).',
    resolve: (event: WebinarLiveEvent) => event,
  })
  webinarLive(
    @Me() me: CurrentUser,
    @Args('webinarId', { type: () => ID }) webinarId: string,
  ): Promise<AsyncIterableIterator<WebinarLiveEvent>> {
    return this.live.follow(me, webinarId);
  }
}
