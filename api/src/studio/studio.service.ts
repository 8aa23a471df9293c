import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { SLUG_PATTERN, parseModule } from '@continuite/schemas/content';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { contentHash } from '../catalogue/content-import.service.js';
import { type ModuleState, ModuleManagementService } from '../catalogue/module-management.service.js';
import { CompetencyService } from '../competency/competency.service.js';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import type { CurrentUser } from '../core/current-user.js';
import { CoreErrors } from '../core/errors.js';
import type { RawResponse } from '../learning/correction.js';
import type { AnswerResult } from '../learning/learning.types.js';
import { AuditService } from '../privacy/audit.service.js';
import { type DraftCheck, checkDraft, isObject } from './draft-validation.js';
import { previewableModule } from './draft-preview.js';
import { previewAnswer } from './preview-answer.js';
import { type ModuleChange, diffModules } from './module-diff.js';
import { moduleFromYaml, moduleToYaml } from './module-yaml.js';
import { newModuleContent } from './new-module.js';
import { StudioAuthorsService } from './studio-authors.service.js';
import { moduleMediaFolders } from './studio-media.service.js';
import { StudioErrors } from './studio.errors.js';
import { type DraftRecord, StudioRepository } from './studio.repository.js';
import type { StudioDraft, StudioModule, StudioSkill, StudioVersion } from './studio.types.js';

/**
 * The trainer studio (issue 6): modules written as drafts, saved with optimistic concurrency,
 * validated with the content format's schema, previewed as learners will see them, and published
 * as new immutable versions through the catalogue's import path. Every method starts with who may.
 */
@Injectable()
export class StudioService {
  constructor(
    private readonly repository: StudioRepository,
    private readonly authors: StudioAuthorsService,
    private readonly modules: ModuleManagementService,
    private readonly catalogue: CatalogueService,
    private readonly competencies: CompetencyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async myModules(me: CurrentUser, first: number): Promise<StudioModule[]> {
    return this.views(me, await this.repository.findModuleIdsOfAuthor(me.id, first));
  }

  async module(me: CurrentUser, moduleId: string): Promise<StudioModule> {
    await this.authors.requireAuthor(me, moduleId);
    return (await this.views(me, [moduleId]))[0]!;
  }

  async createModule(me: CurrentUser, input: { slug: string; title: string }): Promise<StudioModule> {
    return this.createWith(me, input.slug, newModuleContent(input.slug, input.title.trim()));
  }

  /** Published modules imported from files, which a trainer may take over. */
  fileModules(): Promise<{ slug: string; title: string }[]> {
    return this.modules.fileModules();
  }

  /** The studio takes over a module imported from files: its current version becomes the draft, and files no longer change it. */
  async takeOver(me: CurrentUser, slug: string): Promise<StudioModule> {
    const organisationId = await this.authors.homeOrganisation(me);
    const state = await this.modules.moduleStateBySlug(slug);
    if (!state?.versionId) throw StudioErrors.fileModuleNotFound();
    const version = await this.catalogue.versionForCorrection(state.versionId);
    await this.repository.transaction(async (trx) => {
      if (!(await this.modules.takeOver(state.id, trx))) throw StudioErrors.alreadyInStudio();
      await this.repository.insertDraft({ moduleId: state.id, organisationId, content: version.content }, trx);
      await this.repository.insertAuthor({ moduleId: state.id, userId: me.id, role: 'OWNER' }, trx);
    });
    return this.module(me, state.id);
  }

  async draft(me: CurrentUser, moduleId: string): Promise<StudioDraft> {
    await this.authors.requireAuthor(me, moduleId);
    const [draft, state] = await Promise.all([this.repository.findDraft(moduleId), this.stateOf(moduleId)]);
    return this.present(draft!, state.slug);
  }

  /** Autosave: stored whatever its errors, over the revision the trainer edited only. */
  async saveDraft(me: CurrentUser, input: { moduleId: string; baseRevision: number; contentJson: string }): Promise<StudioDraft> {
    await this.authors.requireAuthor(me, input.moduleId);
    let content: unknown;
    try {
      content = JSON.parse(input.contentJson);
    } catch {
      throw StudioErrors.notJson();
    }
    if (!isObject(content)) throw StudioErrors.notJson();
    return this.replaceContent(input.moduleId, input.baseRevision, content);
  }

  /** Publishes the draft at `revision` (what the trainer sees) as a new version; attempts started stay on theirs. */
  async publish(me: CurrentUser, moduleId: string, revision: number): Promise<StudioModule> {
    await this.authors.requireAuthor(me, moduleId);
    const [draft, state] = await Promise.all([this.repository.findDraft(moduleId), this.stateOf(moduleId)]);
    if (draft!.revision !== revision) throw StudioErrors.draftConflict(draft!.revision);
    if (state.archivedAt) throw StudioErrors.moduleArchived();
    const check = await this.check(draft!.content, state.slug);
    if (!check.module) throw StudioErrors.draftInvalid();
    const outcome = await this.modules.publish(check.module);
    if (outcome === 'unchanged') throw StudioErrors.nothingToPublish();
    const published = await this.stateOf(moduleId);
    await this.audit.record({
      actorId: me.id,
      action: 'MODULE_PUBLISHED',
      organisationId: draft!.organisationId,
      targetUserId: null,
      details: { moduleId, slug: state.slug, version: published.version },
    });
    return this.module(me, moduleId);
  }

  /** Out of the catalogue (learners who started it still finish it), or back in it. */
  async setArchived(me: CurrentUser, moduleId: string, archived: boolean): Promise<StudioModule> {
    await this.authors.requireAuthor(me, moduleId);
    await this.modules.archive(moduleId, archived ? this.clock.now() : null);
    return this.module(me, moduleId);
  }

  async versions(me: CurrentUser, moduleId: string): Promise<StudioVersion[]> {
    await this.authors.requireAuthor(me, moduleId);
    const [versions, state] = await Promise.all([this.modules.versionsOf(moduleId), this.stateOf(moduleId)]);
    return versions.map((v) => ({ number: v.number, title: v.title, publishedAt: v.publishedAt, current: v.id === state.versionId }));
  }

  /** What changed from version `from` to version `to`, or to the draft when `to` is null. */
  async diff(me: CurrentUser, moduleId: string, from: number, to: number | null): Promise<ModuleChange[]> {
    await this.authors.requireAuthor(me, moduleId);
    const [before, after] = await Promise.all([
      this.versionContent(moduleId, from),
      to === null ? this.repository.findDraft(moduleId).then((d) => comparable(d!.content)) : this.versionContent(moduleId, to),
    ]);
    return diffModules(before, after);
  }

  /** The draft, or a published version, as a content/modules/<slug>/module.yaml. */
  async exportFile(me: CurrentUser, moduleId: string, version: number | null): Promise<{ filename: string; yaml: string }> {
    await this.authors.requireAuthor(me, moduleId);
    const content = version === null ? (await this.repository.findDraft(moduleId))!.content : await this.versionContent(moduleId, version);
    return { filename: 'module.yaml', yaml: moduleToYaml(content) };
  }

  /** A module.yaml becomes a new module (its slug must be free), or replaces a draft (as a save would). */
  async importFile(me: CurrentUser, input: { yaml: string } & ImportTarget): Promise<StudioModule> {
    const data = moduleFromYaml(input.yaml);
    if (!data) throw StudioErrors.moduleFileInvalid();
    return this.importContent(me, data, input);
  }

  /** Module data as a new module (its slug must be free), or as the new draft of a module the person authors. */
  async importContent(me: CurrentUser, data: Record<string, unknown>, target: ImportTarget): Promise<StudioModule> {
    if (target.moduleId) {
      await this.authors.requireAuthor(me, target.moduleId);
      if (target.baseRevision === undefined) throw CoreErrors.invalidInput();
      await this.replaceContent(target.moduleId, target.baseRevision, data);
      return this.module(me, target.moduleId);
    }
    return this.createWith(me, newModuleSlug(data), data);
  }

  /**
   * The slug an import writes to, checked before anything is written: the module's own (the person
   * must author it), or the file's for a new module (the person must be a trainer somewhere, the
   * slug free).
   */
  async importSlug(me: CurrentUser, data: Record<string, unknown>, target: ImportTarget): Promise<string> {
    if (target.moduleId) {
      await this.authors.requireAuthor(me, target.moduleId);
      return (await this.stateOf(target.moduleId)).slug;
    }
    const slug = newModuleSlug(data);
    await this.authors.homeOrganisation(me);
    if (await this.modules.moduleStateBySlug(slug)) throw StudioErrors.slugTaken();
    return slug;
  }

  /** Co-authors are trainers of the module's organisation: the one it was created in. */
  async addCoAuthor(me: CurrentUser, moduleId: string, email: string): Promise<StudioModule> {
    await this.authors.requireAuthor(me, moduleId);
    const draft = (await this.repository.findDraft(moduleId))!;
    await this.authors.addCoAuthor(me, moduleId, draft.organisationId, email);
    return this.module(me, moduleId);
  }

  async removeCoAuthor(me: CurrentUser, moduleId: string, userId: string): Promise<StudioModule> {
    await this.authors.removeCoAuthor(me, moduleId, userId);
    return this.module(me, moduleId);
  }

  /** Corrects an answer given in the preview against the saved draft, as the learner's player would show it; stores nothing. */
  async checkPreviewAnswer(me: CurrentUser, input: { moduleId: string; elementId: string; response: RawResponse }): Promise<AnswerResult> {
    await this.authors.requireAuthor(me, input.moduleId);
    const [draft, state] = await Promise.all([this.repository.findDraft(input.moduleId), this.stateOf(input.moduleId)]);
    const { module } = previewableModule(draft!.content, state.slug);
    return previewAnswer(module, previewSecret(draft!.content), input.elementId, input.response);
  }

  async skills(): Promise<StudioSkill[]> {
    const skills = await this.competencies.allSkills();
    const names = new Map(
      (await this.competencies.competenciesByCodes([...new Set(skills.map((s) => s.competencyCode))])).map((c) => [c.code, c.name]),
    );
    return skills
      .map((skill) => ({
        id: skill.id,
        competencyCode: skill.competencyCode,
        competencyName: names.get(skill.competencyCode) ?? '',
        level: skill.level,
      }))
      .sort((a, b) => a.competencyCode.localeCompare(b.competencyCode) || a.id.localeCompare(b.id));
  }

  private async createWith(me: CurrentUser, slug: string, content: Record<string, unknown>): Promise<StudioModule> {
    const organisationId = await this.authors.homeOrganisation(me);
    const moduleId = await this.repository.transaction(async (trx) => {
      const id = await this.modules.reserveSlug(slug, trx);
      if (!id) throw StudioErrors.slugTaken();
      await this.repository.insertDraft({ moduleId: id, organisationId, content }, trx);
      await this.repository.insertAuthor({ moduleId: id, userId: me.id, role: 'OWNER' }, trx);
      return id;
    });
    return this.module(me, moduleId);
  }

  private async replaceContent(moduleId: string, baseRevision: number, content: Record<string, unknown>): Promise<StudioDraft> {
    const revision = await this.repository.updateDraftContent(moduleId, baseRevision, content);
    const draft = (await this.repository.findDraft(moduleId))!;
    // Refused, not merged: the trainer's text stays in their browser, and they choose what to keep.
    if (revision === null) throw StudioErrors.draftConflict(draft.revision);
    return this.present(draft, (await this.stateOf(moduleId)).slug);
  }

  private async present(draft: DraftRecord, slug: string): Promise<StudioDraft> {
    const contentJson = JSON.stringify(draft.content);
    const { issues } = await this.check(draft.content, slug);
    const { module, skipped } = previewableModule(draft.content, slug);
    const secret = previewSecret(draft.content);
    return {
      moduleId: draft.moduleId,
      revision: draft.revision,
      contentJson,
      issues,
      preview: this.modules.previewGrains(module, secret),
      previewSkipped: skipped,
    };
  }

  private async check(content: unknown, slug: string): Promise<DraftCheck> {
    const skills = await this.competencies.allSkills();
    const folders = moduleMediaFolders(this.config, slug);
    return checkDraft(content, {
      slug,
      knownSkills: new Set(skills.map((s) => s.id)),
      mediaExists: (relative) => folders.some((folder) => isFile(path.join(folder, relative))),
    });
  }

  private async views(me: CurrentUser, moduleIds: string[]): Promise<StudioModule[]> {
    const [drafts, states, authors] = await Promise.all([
      this.repository.findDrafts(moduleIds),
      this.modules.moduleStates(moduleIds),
      this.authors.authorsOf(moduleIds),
    ]);
    const draftOf = new Map(drafts.map((d) => [d.moduleId, d]));
    const stateOf = new Map(states.map((s) => [s.id, s]));
    return moduleIds.flatMap((id) => {
      const draft = draftOf.get(id);
      const state = stateOf.get(id);
      if (!draft || !state) return [];
      const list = authors.get(id) ?? [];
      return [toView(draft, state, list, list.find((a) => a.id === me.id)?.role ?? 'CO_AUTHOR')];
    });
  }

  private async stateOf(moduleId: string): Promise<ModuleState> {
    const [state] = await this.modules.moduleStates([moduleId]);
    if (!state) throw StudioErrors.moduleNotFound();
    return state;
  }

  private async versionContent(moduleId: string, number: number): Promise<unknown> {
    const version = (await this.modules.versionsOf(moduleId)).find((v) => v.number === number);
    if (!version) throw StudioErrors.versionNotFound();
    return (await this.catalogue.versionForCorrection(version.id)).content;
  }
}

function toView(draft: DraftRecord, state: ModuleState, authors: StudioModule['authors'], myRole: StudioModule['myRole']): StudioModule {
  const parsed = parseModule(draft.content);
  const title = isObject(draft.content) && typeof draft.content.title === 'string' ? draft.content.title.trim() : '';
  return {
    id: state.id,
    slug: state.slug,
    title: title || state.title || state.slug,
    status: state.archivedAt ? 'ARCHIVED' : state.versionId ? 'PUBLISHED' : 'DRAFT',
    publishedVersion: state.version,
    hasUnpublishedChanges: !parsed.success || contentHash(parsed.module) !== state.contentHash,
    revision: draft.revision,
    updatedAt: draft.updatedAt,
    myRole,
    authors,
  };
}

/** A draft as a version would hold it when it parses (defaults filled in), so a diff shows only real changes. */
function comparable(content: unknown): unknown {
  const parsed = parseModule(content);
  return parsed.success ? parsed.module : content;
}

/** Seeds the preview's shuffles and opaque ids: stable between saves of the same content. */
function previewSecret(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface ImportTarget {
  /** Replace this module's draft; without it, a new module is created. */
  moduleId?: string;
  /** With moduleId: the revision the trainer replaces. */
  baseRevision?: number;
}

function newModuleSlug(data: Record<string, unknown>): string {
  if (typeof data.slug !== 'string' || !SLUG_PATTERN.test(data.slug) || data.slug.length > 80) throw StudioErrors.moduleFileInvalid();
  return data.slug;
}
