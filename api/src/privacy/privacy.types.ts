import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageInfo } from '../catalogue/catalogue.types.js';
import { Role } from '../core/roles.js';

@ObjectType()
export class AccountMembership {
  @Field() organisationName: string;
  @Field(() => Role) role: string;
}

@ObjectType()
export class AccountCohort {
  @Field() name: string;
  @Field() organisationName: string;
}

@ObjectType({ description: 'The signed-in person as the platform knows them, and how much it keeps about them.' })
export class MyAccount {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true, description: 'The identifier the ENT or the school gave.' }) identifier: string | null;
  @Field() createdAt: Date;
  @Field() lastActiveAt: Date;
  @Field(() => [AccountMembership]) memberships: AccountMembership[];
  @Field(() => [AccountCohort]) cohorts: AccountCohort[];
  @Field(() => Int) attempts: number;
  @Field(() => Int) answers: number;
  @Field(() => Int) positioningSessions: number;
  @Field(() => Int) reviewCards: number;
  @Field(() => Int, { description: 'Months without activity after which an account is erased.' }) retentionMonths: number;
}

@ObjectType({ description: 'A person named in the audit log, while their account exists.' })
export class AuditPerson {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType({ description: 'An administrative action: who, what, on whom, when.' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field({ description: 'ROLE_GRANTED, ACCOUNT_ERASED, DATA_EXPORTED…' }) action: string;
  actorId: string | null;
  targetUserId: string | null;
  organisationId: string | null;
  @Field({ description: 'The actor\u2019s account was erased since.' }) actorErased: boolean;
  @Field({ description: 'The target\u2019s account was erased since.' }) targetErased: boolean;
  @Field({ description: 'JSON; never personal data of an erased person.' }) details: string;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntry]) nodes: AuditEntry[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50, description: '1 to 100.' }) @IsInt() @Min(1) @Max(100) first: number = 50;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page: older entries.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/)
  before?: string;
  @Field(() => String, { nullable: true, description: 'Only this action.' })
  @IsOptional()
  @Matches(/^[A-Z_]{1,60}$/)
  action?: string;
}

@ArgsType()
export class EraseAccountArgs {
  @Field(() => ID) @IsUUID() userId: string;
}

@ArgsType()
export class EraseMyAccountArgs {
  @Field({ description: 'SUPPRIMER (or DELETE), typed by the person.' }) @IsString() @MaxLength(40) confirmation: string;
}
