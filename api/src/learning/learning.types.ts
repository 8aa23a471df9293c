import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { Module } from '../catalogue/catalogue.types.js';
import { Competency } from '../competency/competency.types.js';

export enum FlashcardRating {
  KNEW = 'KNEW',
  UNSURE = 'UNSURE',
  DID_NOT_KNOW = 'DID_NOT_KNOW',
}
registerEnumType(FlashcardRating, { name: 'FlashcardRating', description: 'Je savais / pas sûr / je ne savais pas.' });

export enum ScenarioQuality {
  GOOD = 'GOOD',
  ACCEPTABLE = 'ACCEPTABLE',
  BAD = 'BAD',
}
registerEnumType(ScenarioQuality, { name: 'ScenarioQuality' });

@ObjectType()
export class Pair {
  @Field(() => ID) leftId: string;
  @Field(() => ID) rightId: string;
}

@InputType()
export class PairInput {
  @Field(() => ID) @IsString() @MaxLength(100) leftId: string;
  @Field(() => ID) @IsString() @MaxLength(100) rightId: string;
}

@ObjectType()
export class PollCount {
  @Field(() => ID) choiceId: string;
  @Field(() => Int) count: number;
  @Field(() => Int) percent: number;
}

@ObjectType({ description: 'How everyone who answered this poll answered (the learner included).' })
export class PollResults {
  @Field(() => Int) total: number;
  @Field(() => [PollCount]) choices: PollCount[];
}

export enum AttemptStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
registerEnumType(AttemptStatus, { name: 'AttemptStatus' });

@ObjectType({ description: 'An H5P activity\u2019s result, from the xAPI statement its content emitted.' })
export class H5pResult {
  @Field(() => Float, { description: '0 to 1.' }) scaled: number;
  @Field(() => Float, { nullable: true }) raw: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field(() => Boolean, { nullable: true }) success: boolean | null;
  @Field(() => Boolean, { nullable: true }) completion: boolean | null;
}

@InputType({ description: 'xAPI `result.score` (scaled, raw, max), `result.success` and `result.completion`, as the content sent them.' })
export class H5pResultInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() scaled?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() raw?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() max?: number;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() success?: boolean;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() completion?: boolean;
}

@ObjectType()
export class AnswerResponse {
  @Field(() => [ID], { nullable: true }) choiceIds?: string[];
  @Field({ nullable: true }) text?: string;
  @Field(() => [ID], { nullable: true }) order?: string[];
  @Field(() => [Pair], { nullable: true }) pairs?: Pair[];
  @Field({ nullable: true }) value?: boolean;
  @Field(() => FlashcardRating, { nullable: true }) rating?: `${FlashcardRating}`;
  @Field(() => H5pResult, { nullable: true }) h5p?: H5pResult;
}

@ObjectType({ description: 'Sent only after the learner answered: the correct answer comes with the feedback.' })
export class Solution {
  @Field(() => [ID], { nullable: true }) choiceIds?: string[];
  @Field(() => [String], { nullable: true }) acceptedAnswers?: string[];
  @Field(() => [ID], { nullable: true }) order?: string[];
  @Field(() => [Pair], { nullable: true }) pairs?: Pair[];
  @Field({ nullable: true }) value?: boolean;
}

@ObjectType()
export class AnswerResult {
  @Field(() => ID, { description: 'The answer key: the element id, or `<elementId>/<itemId>` for statements, scenario steps and cards.' })
  elementId: string;
  @Field({ description: 'False for flashcards and polls, which have no right answer.' }) graded: boolean;
  @Field() correct: boolean;
  @Field({ description: 'Feedback, a statement\u2019s explanation or a scenario choice\u2019s consequence.' }) feedbackHtml: string;
  @Field(() => AnswerResponse) response: AnswerResponse;
  @Field(() => Solution) solution: Solution;
  @Field(() => String, { nullable: true }) skillId: string | null;
  @Field(() => ID, { nullable: true, description: 'Scenario: the step this choice leads to (null at an ending).' }) nextStepId?:
    string | null;
  @Field(() => ScenarioQuality, { nullable: true }) quality?: `${ScenarioQuality}` | null;
  @Field(() => PollResults, { nullable: true }) poll?: PollResults | null;
}

@ObjectType()
export class Score {
  @Field(() => Int) correct: number;
  @Field(() => Int) total: number;
  @Field(() => Int) percent: number;
}

@ObjectType()
export class Attempt {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => ID, { description: 'The module version this attempt plays (answers queued offline name it).' }) versionId: string;
  @Field(() => AttemptStatus) status: `${AttemptStatus}`;
  @Field(() => Int, { description: 'Index of the grain the learner is on (0-based).' }) currentGrainIndex: number;
  @Field() startedAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  moduleId: string;
  gradedCount: number;
}

@ObjectType()
export class Progress {
  @Field(() => Int) modulesStarted: number;
  @Field(() => Int) modulesCompleted: number;
  @Field(() => [Attempt], { description: 'The 50 latest attempts.' }) attempts: Attempt[];
}

@InputType()
export class AnswerResponseInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  choiceIds?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) text?: string;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  order?: string[];
  @Field(() => [PairInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => PairInput)
  pairs?: PairInput[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() value?: boolean;
  @Field(() => FlashcardRating, { nullable: true }) @IsOptional() @IsEnum(FlashcardRating) rating?: FlashcardRating;
  @Field(() => H5pResultInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => H5pResultInput) h5p?: H5pResultInput;
}

@InputType()
export class SubmitAnswerInput {
  @Field(() => ID) @IsUUID() attemptId: string;
  @Field(() => ID, { description: 'The element id, or `<elementId>/<itemId>` for a statement, a scenario step or a card.' })
  @IsString()
  @MaxLength(201)
  elementId: string;
  @Field({ description: 'Generated by the client once per answer; a repeated key returns the first stored result.' })
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9_-]+$/)
  idempotencyKey: string;
  @Field(() => AnswerResponseInput) @ValidateNested() @Type(() => AnswerResponseInput) response: AnswerResponseInput;
  @Field(() => Date, {
    nullable: true,
    description: 'When the learner answered, by its browser (an answer queued offline); kept between the attempt start and now.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  answeredAt?: Date | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The module version the learner played (offline): refused if the attempt is on another.',
  })
  @IsOptional()
  @IsUUID()
  versionId?: string | null;
}

@InputType()
export class ReserveOfflineAttemptInput {
  @Field() @IsString() @MaxLength(200) moduleSlug: string;
  @Field({ description: 'Made by the browser once per download; a retried download with it returns the same attempt.' })
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9_-]+$/)
  downloadKey: string;
}

@ObjectType({ description: 'A micro-lesson that covers some of the learner\u2019s gaps, and the competency where it helps most.' })
export class Recommendation {
  @Field(() => Module) module: Module;
  @Field(() => Competency, { description: 'The reason: « pour progresser en 4.1 … ».' }) competency: Competency;
  competencyCode: string;
  @Field(() => Int, { description: 'How many skills not yet shown this module evidences.' }) gapSkills: number;
}
