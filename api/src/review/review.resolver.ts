import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import type { RawResponse } from '../learning/correction.js';
import { ReviewService } from './review.service.js';
import { AnswerReviewInput, ReviewOutcome, ReviewSession } from './review.types.js';

@Resolver()
export class ReviewResolver {
  constructor(private readonly reviews: ReviewService) {}

  @Query(() => Int, { description: 'How many items are due for review today: shown on the home page.' })
  myReviewDueCount(@Me() me: CurrentUser): Promise<number> {
    return this.reviews.dueCount(me);
  }

  @Query(() => ReviewSession, { description: 'Today\u2019s « 5 minutes » session of flashcards and of questions once got wrong.' })
  async myReviewSession(@Me() me: CurrentUser): Promise<ReviewSession> {
    const [dueCount, items] = await Promise.all([this.reviews.dueCount(me), this.reviews.session(me)]);
    return { dueCount, items };
  }

  @Roles(Role.LEARNER, Role.TRAINER)
  @Mutation(() => ReviewOutcome, { description: 'Reviews one due item and schedules its next review (FSRS).' })
  answerReview(@Me() me: CurrentUser, @Args('input') input: AnswerReviewInput): Promise<ReviewOutcome> {
    return this.reviews.answer(me, { ...input, response: input.response as RawResponse });
  }
}
