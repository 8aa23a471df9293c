import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../core/auth.guard.js';
import { type CurrentUser, Me } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { AuthorStatisticsService } from './author-statistics.service.js';
import { StudioMediaService } from './studio-media.service.js';
import { StudioService } from './studio.service.js';
import { AnswerResult } from '../learning/learning.types.js';
import {
  AddCoAuthorInput,
  CheckPreviewAnswerInput,
  AuthorStatistics,
  CreateStudioModuleInput,
  ImportStudioFileInput,
  ModuleDiff,
  SaveStudioDraftInput,
  StudioDraft,
  StudioFile,
  StudioFileModule,
  StudioMedia,
  StudioModule,
  StudioModulesArgs,
  StudioSkill,
  StudioVersion,
} from './studio.types.js';

/** The trainer studio: trainers and admins only, and each module's operations for its authors only (checked by the services). */
@Roles(Role.TRAINER, Role.ADMIN)
@Resolver()
export class StudioResolver {
  constructor(
    private readonly studio: StudioService,
    private readonly statistics: AuthorStatisticsService,
    private readonly media: StudioMediaService,
  ) {}

  @Query(() => [StudioMedia], { description: 'The media files a module I author can show (uploaded with POST /media/studio/<id>).' })
  studioMedia(@Me() me: CurrentUser, @Args('moduleId', { type: () => ID }) moduleId: string): Promise<StudioMedia[]> {
    return this.media.list(me, moduleId);
  }

  @Query(() => [StudioModule], { description: 'The modules I author (drafts, published, archived), last edited first.' })
  studioModules(@Me() me: CurrentUser, @Args() args: StudioModulesArgs): Promise<StudioModule[]> {
    return this.studio.myModules(me, args.first);
  }

  @Query(() => StudioModule, { description: 'One module I author.' })
  studioModule(@Me() me: CurrentUser, @Args('id', { type: () => ID }) id: string): Promise<StudioModule> {
    return this.studio.module(me, id);
  }

  @Query(() => StudioDraft)
  studioDraft(@Me() me: CurrentUser, @Args('moduleId', { type: () => ID }) moduleId: string): Promise<StudioDraft> {
    return this.studio.draft(me, moduleId);
  }

  @Query(() => [StudioVersion], { description: 'Published versions, newest first.' })
  studioVersions(@Me() me: CurrentUser, @Args('moduleId', { type: () => ID }) moduleId: string): Promise<StudioVersion[]> {
    return this.studio.versions(me, moduleId);
  }

  @Query(() => ModuleDiff, { description: 'What changed between two versions, or from a version to the draft (to: null).' })
  async studioModuleDiff(
    @Me() me: CurrentUser,
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int, nullable: true }) to: number | null,
  ): Promise<ModuleDiff> {
    const changes = await this.studio.diff(me, moduleId, from, to ?? null);
    return { from, to: to ?? null, changes };
  }

  @Query(() => StudioFile, { description: 'The draft (or a published version) as a module.yaml of the content/ folder.' })
  studioExport(
    @Me() me: CurrentUser,
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
  ): Promise<StudioFile> {
    return this.studio.exportFile(me, moduleId, version ?? null);
  }

  @Query(() => [StudioSkill], { description: 'The CRCN skills a graded element may evidence.' })
  studioSkills(): Promise<StudioSkill[]> {
    return this.studio.skills();
  }

  @Query(() => [StudioFileModule], {
    description: 'Published modules still managed by their content/ file, which a trainer may take over.',
  })
  studioFileModules(): Promise<StudioFileModule[]> {
    return this.studio.fileModules();
  }

  @Query(() => AuthorStatistics, { description: 'How all learners did on a module I author.' })
  studioStatistics(@Me() me: CurrentUser, @Args('moduleId', { type: () => ID }) moduleId: string): Promise<AuthorStatistics> {
    return this.statistics.statistics(me, moduleId);
  }

  @Mutation(() => AnswerResult, { description: 'Corrects an answer given in the preview against the saved draft; nothing is stored.' })
  checkPreviewAnswer(@Me() me: CurrentUser, @Args('input') input: CheckPreviewAnswerInput): Promise<AnswerResult> {
    return this.studio.checkPreviewAnswer(me, input);
  }

  @Mutation(() => StudioModule, { description: 'A new module, as a draft I own.' })
  createStudioModule(@Me() me: CurrentUser, @Args('input') input: CreateStudioModuleInput): Promise<StudioModule> {
    return this.studio.createModule(me, input);
  }

  @Mutation(() => StudioModule, { description: 'The studio takes over a module imported from files; the file no longer changes it.' })
  takeOverModule(@Me() me: CurrentUser, @Args('slug') slug: string): Promise<StudioModule> {
    return this.studio.takeOver(me, slug);
  }

  @Mutation(() => StudioDraft, { description: 'Saves the draft over baseRevision; refused with DRAFT_CONFLICT when someone saved since.' })
  saveStudioDraft(@Me() me: CurrentUser, @Args('input') input: SaveStudioDraftInput): Promise<StudioDraft> {
    return this.studio.saveDraft(me, input);
  }

  @Mutation(() => StudioModule, { description: 'Publishes the draft at this revision as a new immutable version.' })
  publishStudioModule(
    @Me() me: CurrentUser,
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Args('revision', { type: () => Int }) revision: number,
  ): Promise<StudioModule> {
    return this.studio.publish(me, moduleId, revision);
  }

  @Mutation(() => StudioModule, { description: 'Takes the module out of the catalogue; learners who started it finish it.' })
  archiveStudioModule(@Me() me: CurrentUser, @Args('moduleId', { type: () => ID }) moduleId: string): Promise<StudioModule> {
    return this.studio.setArchived(me, moduleId, true);
  }

  @Mutation(() => StudioModule, { description: 'Puts an archived module back in the catalogue.' })
  restoreStudioModule(@Me() me: CurrentUser, @Args('moduleId', { type: () => ID }) moduleId: string): Promise<StudioModule> {
    return this.studio.setArchived(me, moduleId, false);
  }

  @Mutation(() => StudioModule, { description: 'A module.yaml as a new module, or as the new draft of a module I author.' })
  importStudioFile(@Me() me: CurrentUser, @Args('input') input: ImportStudioFileInput): Promise<StudioModule> {
    return this.studio.importFile(me, input);
  }

  @Mutation(() => StudioModule, { description: 'Invites a trainer of the module’s organisation to edit it.' })
  addModuleCoAuthor(@Me() me: CurrentUser, @Args('input') input: AddCoAuthorInput): Promise<StudioModule> {
    return this.studio.addCoAuthor(me, input.moduleId, input.email);
  }

  @Mutation(() => StudioModule, { description: 'Removes a co-author (the owner stays).' })
  removeModuleCoAuthor(
    @Me() me: CurrentUser,
    @Args('moduleId', { type: () => ID }) moduleId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<StudioModule> {
    return this.studio.removeCoAuthor(me, moduleId, userId);
  }
}
