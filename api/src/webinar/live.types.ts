import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export enum WebinarQuestionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  HIDDEN = 'HIDDEN',
}
registerEnumType(WebinarQuestionStatus, { name: 'WebinarQuestionStatus' });

export enum WebinarPollKind {
  SINGLE = 'SINGLE',
  MULTIPLE = 'MULTIPLE',
}
registerEnumType(WebinarPollKind, { name: 'WebinarPollKind' });

export enum WebinarPollStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(WebinarPollStatus, { name: 'WebinarPollStatus' });

export enum WebinarLiveEventKind {
  QUESTION_ASKED = 'QUESTION_ASKED',
  QUESTION_UPDATED = 'QUESTION_UPDATED',
  POLL_LAUNCHED = 'POLL_LAUNCHED',
  POLL_VOTED = 'POLL_VOTED',
  POLL_CLOSED = 'POLL_CLOSED',
}
registerEnumType(WebinarLiveEventKind, { name: 'WebinarLiveEventKind' });

@ObjectType({ description: 'A question asked during a webinar; who asked it is not shown.' })
export class WebinarQuestion {
  @Field(() => ID) id: string;
  @Field(() => ID) webinarId: string;
  @Field({ description: 'Empty for learners once the trainer hid the question.' }) text: string;
  @Field(() => WebinarQuestionStatus) status: `${WebinarQuestionStatus}`;
  @Field() askedAt: Date;
  @Field(() => Int) upvotes: number;
  @Field() upvotedByMe: boolean;
  @Field() askedByMe: boolean;
}

@ObjectType()
export class WebinarPollOption {
  @Field(() => ID) id: string;
  @Field() label: string;
  @Field(() => Int, { nullable: true, description: 'Trainers see it live; learners once the poll is closed.' }) votes: number | null;
}

@ObjectType()
export class WebinarPoll {
  @Field(() => ID) id: string;
  @Field(() => ID) webinarId: string;
  @Field() question: string;
  @Field(() => WebinarPollKind) kind: `${WebinarPollKind}`;
  @Field(() => WebinarPollStatus) status: `${WebinarPollStatus}`;
  @Field(() => [WebinarPollOption]) options: WebinarPollOption[];
  @Field(() => Int, { description: 'People who answered.' }) voters: number;
  @Field(() => [ID], { description: 'The options the signed-in person chose; empty before answering.' }) myOptionIds: string[];
  @Field() launchedAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
}

@ObjectType({ description: 'Something happened on the live page; the question or the poll carries its new state.' })
export class WebinarLiveEvent {
  @Field(() => WebinarLiveEventKind) kind: `${WebinarLiveEventKind}`;
  @Field(() => ID) webinarId: string;
  @Field(() => WebinarQuestion, { nullable: true }) question: WebinarQuestion | null;
  @Field(() => WebinarPoll, { nullable: true }) poll: WebinarPoll | null;
}

@InputType()
export class AskQuestionInput {
  @Field(() => ID) @IsUUID() webinarId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(500) text: string;
  @Field(() => String, {
    nullable: true,
    description: 'Chosen by the client: the same question sent again (after a reconnection) is stored once.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  clientKey?: string | null;
}

@InputType()
export class LaunchPollInput {
  @Field(() => ID) @IsUUID() webinarId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(300) question: string;
  @Field(() => WebinarPollKind) @IsEnum(WebinarPollKind) kind: WebinarPollKind;
  @Field(() => [String], { description: '2 to 10 options.' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  options: string[];
}

@InputType()
export class AnswerPollInput {
  @Field(() => ID) @IsUUID() pollId: string;
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  optionIds: string[];
}
