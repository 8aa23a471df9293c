import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { MAX_STATE_BYTES } from './h5p.service.js';

@ObjectType({ description: 'An uploaded H5P package, for the trainers of its organisation (null organisation: the whole platform).' })
export class H5pPackage {
  @Field(() => ID, { description: 'What an H5P element names as `package`.' }) id: string;
  @Field() title: string;
  @Field({ description: 'Main library and version, as h5p.json names it: « H5P.MultiChoice 1.16 ».' }) mainLibrary: string;
  @Field(() => Int) sizeBytes: number;
  @Field() createdAt: Date;
}

@ArgsType()
export class H5pStateArgs {
  @Field(() => ID) @IsUUID() attemptId: string;
  @Field(() => ID) @IsString() @MaxLength(100) @Matches(/^[a-z0-9][a-z0-9-]*$/) elementId: string;
}

@InputType()
export class SaveH5pStateInput {
  @Field(() => ID) @IsUUID() attemptId: string;
  @Field(() => ID) @IsString() @MaxLength(100) @Matches(/^[a-z0-9][a-z0-9-]*$/) elementId: string;
  @Field({ description: 'The content\u2019s getCurrentState() as JSON text, as H5P keeps it (256 KB at most).' })
  @IsString()
  @MaxLength(MAX_STATE_BYTES)
  state: string;
}
