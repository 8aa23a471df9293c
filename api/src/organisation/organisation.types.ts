import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageInfo } from '../catalogue/catalogue.types.js';
import { Role } from '../core/roles.js';

export enum OrganisationKind {
  ACADEMIE = 'ACADEMIE',
  ETABLISSEMENT = 'ETABLISSEMENT',
  SERVICE = 'SERVICE',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

export enum ImportOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(ImportOutcome, { name: 'ImportOutcome' });

export enum AssignmentStatus {
  COMPLETED = 'COMPLETED',
  IN_PROGRESS = 'IN_PROGRESS',
  NOT_STARTED = 'NOT_STARTED',
}
registerEnumType(AssignmentStatus, { name: 'AssignmentStatus' });

@ObjectType({ description: 'An académie, an établissement (with its UAI) or a service.' })
export class Organisation {
  @Field(() => ID) id: string;
  @Field(() => OrganisationKind) kind: `${OrganisationKind}`;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Unité administrative immatriculée (établissements).' }) uai: string | null;
  @Field(() => ID, { nullable: true }) parentId: string | null;
}

@ObjectType({ description: 'A class or a staff group of one organisation.' })
export class Cohort {
  @Field(() => ID) id: string;
  @Field() name: string;
  organisationId: string;
}

@ObjectType()
export class CohortMember {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType()
export class CohortMemberConnection {
  @Field(() => [CohortMember]) nodes: CohortMember[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType({ description: 'A module assigned to a cohort, due at the end of a day (Europe/Paris).' })
export class Assignment {
  @Field(() => ID) id: string;
  moduleId: string;
  cohortId: string;
  @Field({ description: 'YYYY-MM-DD.' }) dueOn: string;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A module the learner was assigned, with where they stand.' })
export class MyAssignment {
  @Field(() => ID) id: string;
  moduleId: string;
  @Field() cohortName: string;
  @Field({ description: 'YYYY-MM-DD.' }) dueOn: string;
  @Field(() => AssignmentStatus) status: `${AssignmentStatus}`;
  @Field({ description: 'Not completed and the due day is over.' }) overdue: boolean;
}

@ObjectType()
export class ImportedPerson {
  @Field(() => Int) line: number;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) identifier: string | null;
  @Field(() => String, { nullable: true }) cohort: string | null;
  @Field(() => Role) role: Role;
  @Field(() => ImportOutcome) outcome: `${ImportOutcome}`;
}

@ObjectType()
export class RejectedImportLine {
  @Field(() => Int) line: number;
  @Field({
    description:
      'MISSING_NAME, MISSING_CONTACT, INVALID_EMAIL, INVALID_IDENTIFIER, UNKNOWN_ROLE, ROLE_NOT_IMPORTABLE, DUPLICATE, TOO_LONG, CONFLICTING_ACCOUNTS.',
  })
  reason: string;
  @Field({ description: 'The line as read (plain text: show it escaped).' }) raw: string;
}

@ObjectType()
export class PeopleImportReport {
  @Field({ description: 'False for a preview: nothing was changed.' }) applied: boolean;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => [String]) cohortsCreated: string[];
  @Field(() => [ImportedPerson]) lines: ImportedPerson[];
  @Field(() => [RejectedImportLine]) rejected: RejectedImportLine[];
}

@InputType()
export class PeopleImportInput {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field({ description: 'The file\u2019s text (UTF-8); at most 5,000 lines.' }) @IsString() @MaxLength(1_000_000) csv: string;
}

@InputType()
export class AssignModulesInput {
  @Field(() => ID) @IsUUID() cohortId: string;
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(120, { each: true }) moduleSlugs: string[];
  @Field({ description: 'YYYY-MM-DD, today or later.' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) dueOn: string;
}

@ArgsType()
export class MembersArgs {
  @Field(() => Int, { defaultValue: 50, description: '1 to 200.' }) @IsInt() @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
}

@ObjectType({ description: 'A person of an organisation and the roles they hold there.' })
export class OrganisationPerson {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) identifier: string | null;
  @Field(() => [Role]) roles: Role[];
}

@ObjectType()
export class OrganisationPersonConnection {
  @Field(() => [OrganisationPerson]) nodes: OrganisationPerson[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ArgsType()
export class PeopleArgs {
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field(() => Int, { defaultValue: 50, description: '1 to 200.' }) @IsInt() @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) after?: string;
  @Field(() => String, { nullable: true, description: 'Part of a name, an e-mail or an identifier.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class SetRolesInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => ID) @IsUUID() organisationId: string;
  @Field(() => [Role]) @ArrayMaxSize(4) @IsEnum(Role, { each: true }) roles: Role[];
}
