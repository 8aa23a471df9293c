import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageInfo } from '../catalogue/catalogue.types.js';

export enum MailStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(MailStatus, { name: 'MailStatus', description: 'QUEUED: waiting (or retrying); FAILED: given up after repeated errors.' });

@ObjectType({ description: 'A mail of the outbox.' })
export class OutboxMail {
  @Field(() => ID) id: string;
  @Field() to: string;
  @Field() subject: string;
  @Field() text: string;
  @Field(() => [String], { description: 'File names of the attachments.' }) attachmentNames: string[];
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => MailStatus) status: `${MailStatus}`;
}

@ObjectType()
export class OutboxConnection {
  @Field(() => [OutboxMail]) nodes: OutboxMail[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ArgsType()
export class OutboxArgs {
  @Field(() => Int, { defaultValue: 50, description: '1 to 100.' }) @IsInt() @Min(1) @Max(100) first: number = 50;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/)
  after?: string;
}
