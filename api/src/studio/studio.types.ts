import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ItemStatistic } from '../analytics/analytics.types.js';
import { Grain } from '../catalogue/catalogue.types.js';
import { AnswerResponseInput } from '../learning/learning.types.js';

/** A draft is the whole module as JSON: 200,000 characters hold the longest modules several times. */
export const MAX_DRAFT_LENGTH = 200_000;

export enum StudioModuleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
export enum ModuleAuthorRole {
  OWNER = 'OWNER',
  CO_AUTHOR = 'CO_AUTHOR',
}
export enum ModuleChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
  MOVED = 'MOVED',
}
export enum ModuleChangeTarget {
  DETAILS = 'DETAILS',
  GRAIN = 'GRAIN',
  ELEMENT = 'ELEMENT',
}
registerEnumType(StudioModuleStatus, {
  name: 'StudioModuleStatus',
  description: 'DRAFT: never published; PUBLISHED: in the catalogue; ARCHIVED: out of the catalogue.',
});
registerEnumType(ModuleAuthorRole, { name: 'ModuleAuthorRole' });
registerEnumType(ModuleChangeKind, { name: 'ModuleChangeKind' });
registerEnumType(ModuleChangeTarget, { name: 'ModuleChangeTarget' });

@ObjectType()
export class ModuleAuthor {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => ModuleAuthorRole) role: `${ModuleAuthorRole}`;
}

@ObjectType({ description: 'A module in the trainer studio, as its authors see it.' })
export class StudioModule {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field({ description: 'The draft’s title (the slug while it has none).' }) title: string;
  @Field(() => StudioModuleStatus) status: `${StudioModuleStatus}`;
  @Field(() => Int, { nullable: true, description: 'Number of the current published version.' }) publishedVersion: number | null;
  @Field({ description: 'The draft differs from the current published version (or nothing is published yet).' })
  hasUnpublishedChanges: boolean;
  @Field(() => Int, { description: 'The draft’s revision: saves and publication name the revision they are based on.' }) revision: number;
  @Field(() => Date) updatedAt: Date;
  @Field(() => ModuleAuthorRole) myRole: `${ModuleAuthorRole}`;
  @Field(() => [ModuleAuthor]) authors: ModuleAuthor[];
}

@ObjectType({ description: 'A validation message beside the field it concerns.' })
export class DraftIssue {
  @Field({ description: 'Where in the module, e.g. grains[0].elements[2].prompt ("" for the whole module).' }) path: string;
  @Field({ description: 'In French, for the trainer.' }) message: string;
  @Field({ description: 'Publishing waits until every blocking issue is fixed; the others are advice (the catalogue bar).' })
  blocking: boolean;
}

@ObjectType({ description: 'The draft of a module: the content format as JSON, its validation, and its preview.' })
export class StudioDraft {
  @Field(() => ID) moduleId: string;
  @Field(() => Int) revision: number;
  @Field({ description: 'The whole module in the content format (as in content/modules/<slug>/module.yaml), as JSON.' })
  contentJson: string;
  @Field(() => [DraftIssue]) issues: DraftIssue[];
  @Field(() => [Grain], {
    description:
      'Each grain of the draft as learners will see it (rendered, sanitised, no solution), by position; an element with an error is left out until fixed.',
  })
  preview: Grain[];
  @Field(() => Int, { description: 'Elements left out of the preview because they have an error.' }) previewSkipped: number;
}

@ObjectType()
export class StudioVersion {
  @Field(() => Int) number: number;
  @Field() title: string;
  @Field(() => Date) publishedAt: Date;
  @Field({ description: 'The version new learners get.' }) current: boolean;
}

@ObjectType({ description: 'One difference between two states of a module, named by its ids.' })
export class ModuleChange {
  @Field(() => ModuleChangeKind) kind: `${ModuleChangeKind}`;
  @Field(() => ModuleChangeTarget) target: `${ModuleChangeTarget}`;
  @Field({ description: 'The grain or element id; "" for the module’s details.' }) id: string;
  @Field(() => String, { nullable: true, description: 'The grain an element is in.' }) grainId: string | null;
  @Field() label: string;
  @Field(() => [String], { description: 'The fields that differ (details and CHANGED).' }) fields: string[];
}

@ObjectType()
export class ModuleDiff {
  @Field(() => Int) from: number;
  @Field(() => Int, { nullable: true, description: 'Null: the current draft.' }) to: number | null;
  @Field(() => [ModuleChange]) changes: ModuleChange[];
}

@ObjectType({ description: 'A module.yaml as the content/ folder holds it (content/modules/<slug>/module.yaml).' })
export class StudioFile {
  @Field() filename: string;
  @Field() yaml: string;
}

@ObjectType({ description: 'A skill of the CRCN framework that a graded element can evidence.' })
export class StudioSkill {
  @Field(() => ID, { description: 'As the content format writes it: @tube + level.' }) id: string;
  @Field() competencyCode: string;
  @Field() competencyName: string;
  @Field(() => Int) level: number;
}

@ObjectType({ description: 'A published module imported from content/ files, which a trainer may take over in the studio.' })
export class StudioFileModule {
  @Field() slug: string;
  @Field() title: string;
}

@ObjectType({ description: 'How learners did on a module, all of them and every version (for its authors).' })
export class AuthorStatistics {
  @Field(() => Int, { description: 'Attempts started.' }) attempts: number;
  @Field(() => Int) completed: number;
  @Field(() => Int, { description: 'Learners with at least one attempt.' }) learners: number;
  @Field(() => Int, { nullable: true, description: 'Percent of attempts completed; null without attempts.' }) completionRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Median minutes from start to completion; null before a completion.' })
  medianMinutes: number | null;
  @Field(() => [ItemStatistic], { description: 'In reading order of the current version, then items of older versions.' })
  items: ItemStatistic[];
}

@ArgsType()
export class StudioModulesArgs {
  @Field(() => Int, { defaultValue: 100, description: '1 to 200.' }) @IsInt() @Min(1) @Max(200) first: number = 100;
}

@InputType()
export class CreateStudioModuleInput {
  @Field({ description: 'kebab-case; it names the module’s address and folder and does not change.' })
  @IsString()
  @MaxLength(80)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  slug: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) title: string;
}

@InputType()
export class SaveStudioDraftInput {
  @Field(() => ID) @IsUUID() moduleId: string;
  @Field(() => Int, { description: 'The revision the trainer edited: a save over a newer one is refused (DRAFT_CONFLICT).' })
  @IsInt()
  @Min(1)
  baseRevision: number;
  @Field() @IsString() @MaxLength(MAX_DRAFT_LENGTH) contentJson: string;
}

@InputType()
export class ImportStudioFileInput {
  @Field({ description: 'A module.yaml.' }) @IsString() @MaxLength(MAX_DRAFT_LENGTH) yaml: string;
  @Field(() => ID, { nullable: true, description: 'Replace this module’s draft; without it, a new module is created.' })
  @IsOptional()
  @IsUUID()
  moduleId?: string;
  @Field(() => Int, { nullable: true, description: 'With moduleId: the revision the trainer replaces.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  baseRevision?: number;
}

@InputType()
export class AddCoAuthorInput {
  @Field(() => ID) @IsUUID() moduleId: string;
  @Field({ description: 'The e-mail address of a trainer of the module’s organisation.' }) @IsEmail() @MaxLength(254) email: string;
}

@InputType()
export class CheckPreviewAnswerInput {
  @Field(() => ID) @IsUUID() moduleId: string;
  @Field(() => ID, { description: 'The element id, or `<elementId>/<itemId>`, as in submitAnswer.' })
  @IsString()
  @MaxLength(201)
  elementId: string;
  @Field(() => AnswerResponseInput) @ValidateNested() @Type(() => AnswerResponseInput) response: AnswerResponseInput;
}

export enum StudioMediaKind {
  IMAGE = 'IMAGE',
  VIDEO = 'VIDEO',
  AUDIO = 'AUDIO',
  CAPTIONS = 'CAPTIONS',
}
registerEnumType(StudioMediaKind, { name: 'StudioMediaKind' });

@ObjectType({ description: 'A media file of a module, from its content/ folder or uploaded in the studio.' })
export class StudioMedia {
  @Field({ description: 'What an element names as `src` or `captions`.' }) path: string;
  @Field(() => StudioMediaKind) kind: `${StudioMediaKind}`;
  @Field(() => Int) sizeBytes: number;
  @Field({ description: 'Where the browser finds it.' }) url: string;
}
