import { Injectable } from '@nestjs/common';
import { type ContentModule, gradedItemsOfModule } from '@continuite/schemas/content';
import { CatalogueErrors } from './catalogue.errors.js';
import { CatalogueRepository, type ModuleRecord } from './catalogue.repository.js';
import {
  type Audience,
  fromEnumValue,
  type Grain,
  type Module,
  type ModuleConnection,
  type ModulesArgs,
  toEnumValue,
} from './catalogue.types.js';
import type { PublicModuleContent } from './public-content.js';
import { searchWords } from './search-text.js';

/** A version as the server uses it to correct answers: the full content, solutions included. */
export interface VersionForCorrection {
  id: string;
  moduleId: string;
  number: number;
  content: ContentModule;
  /** Never published: seeds the hidden parts of the public content (see toPublicContent). */
  contentHash: string;
  gradedCount: number;
}

const VERSION_CACHE_SIZE = 200;

@Injectable()
export class CatalogueService {
  private readonly versions = new Map<string, Promise<VersionForCorrection>>();

  constructor(private readonly repository: CatalogueRepository) {}

  async listModules(args: ModulesArgs): Promise<ModuleConnection> {
    const filter = args.filter ?? {};
    const { rows, total } = await this.repository.findCatalogue({
      theme: filter.theme ? fromEnumValue(filter.theme) : undefined,
      audiences: filter.audience ? audiencesFor(filter.audience) : undefined,
      competency: filter.competency,
      words: searchWords(filter.search),
      after: args.after ? decodeCursor(args.after) : undefined,
      limit: args.first + 1,
    });
    const page = rows.slice(0, args.first);
    const last = page.at(-1);
    return {
      nodes: page.map(toModule),
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor(last) : null },
    };
  }

  async moduleBySlug(slug: string): Promise<Module | null> {
    const row = await this.repository.findModuleBySlug(slug);
    return row ? toModule(row) : null;
  }

  async requireModuleBySlug(slug: string): Promise<Module> {
    const module = await this.moduleBySlug(slug);
    if (!module) throw CatalogueErrors.moduleNotFound();
    return module;
  }

  /** Every published module with its current version as the server corrects it (from the memo). */
  async currentVersions(): Promise<{ module: Module; version: VersionForCorrection }[]> {
    const modules = (await this.repository.findAllModules()).map(toModule);
    return Promise.all(modules.map(async (module) => ({ module, version: await this.versionForCorrection(module.versionId) })));
  }

  /** Every published module with the skills its graded items evidence (current versions). */
  async modulesWithSkills(): Promise<{ module: Module; skills: Set<string> }[]> {
    return (await this.currentVersions()).map(({ module, version }) => ({
      module,
      skills: new Set(gradedItemsOfModule(version.content).map((item) => item.skill)),
    }));
  }

  /** One element of a version as learners see it (no solution), or null. */
  async publicElement(versionId: string, elementId: string): Promise<Grain['elements'][number] | null> {
    const version = (await this.publicGrainsOfVersions([versionId])).get(versionId);
    return version?.grains.flatMap((grain) => grain.elements).find((element) => element.id === elementId) ?? null;
  }

  async modulesByIds(ids: readonly string[]): Promise<Module[]> {
    return (await this.repository.findModulesByIds(ids)).map(toModule);
  }

  /** Grains of versions, as learners see them (no solutions), keyed by version id. */
  async publicGrainsOfVersions(versionIds: readonly string[]): Promise<Map<string, { number: number; grains: Grain[] }>> {
    const rows = await this.repository.findPublicContents(versionIds);
    return new Map(rows.map((row) => [row.id, { number: row.number, grains: toGrains(row.content) }]));
  }

  /**
   * Published versions are immutable, so each instance may keep the few it corrects against in memory:
   * no other instance can make a cached copy stale.
   */
  versionForCorrection(versionId: string): Promise<VersionForCorrection> {
    const cached = this.versions.get(versionId);
    if (cached) {
      this.versions.delete(versionId);
      this.versions.set(versionId, cached);
      return cached;
    }
    const loading = this.repository.findFullContent(versionId).then((row) => {
      if (!row) throw CatalogueErrors.moduleNotFound();
      return { ...row, content: row.content as ContentModule };
    });
    loading.catch(() => this.versions.delete(versionId));
    this.versions.set(versionId, loading);
    if (this.versions.size > VERSION_CACHE_SIZE) this.versions.delete(this.versions.keys().next().value!);
    return loading;
  }
}

function audiencesFor(audience: Audience): string[] {
  return audience === 'ALL' ? ['all'] : [fromEnumValue(audience), 'all'];
}

function toModule(row: ModuleRecord): Module {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    theme: toEnumValue(row.theme),
    audience: toEnumValue(row.audience),
    durationMinutes: row.durationMinutes,
    level: row.level,
    objectives: row.objectives,
    sources: row.sources,
    version: row.version,
    versionId: row.versionId,
    competencyCodes: row.competencyCodes,
  };
}

export function toGrains(content: PublicModuleContent): Grain[] {
  return content.grains.map((grain) => ({
    id: grain.id,
    type: toEnumValue(grain.type),
    title: grain.title,
    elements: grain.elements.map((element) =>
      element.kind === 'callout' ? { ...element, variant: toEnumValue(element.variant) } : element,
    ),
  })) as Grain[];
}

function encodeCursor(row: ModuleRecord): string {
  return Buffer.from(JSON.stringify([row.title, row.slug])).toString('base64url');
}

function decodeCursor(cursor: string): { title: string; slug: string } {
  try {
    const [title, slug] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof title === 'string' && typeof slug === 'string') return { title, slug };
  } catch {
    // falls through to the error below
  }
  throw CatalogueErrors.badCursor();
}
