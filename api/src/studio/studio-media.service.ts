import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleManagementService } from '../catalogue/module-management.service.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { mediaUrl } from '../catalogue/public-content.js';
import { type MediaKind, type MediaRefusal, mediaFileName, mediaKindOf, mediaRefusal } from './studio-media.js';
import { StudioAuthorsService } from './studio-authors.service.js';
import { StudioErrors } from './studio.errors.js';

/** Folder of the media uploaded in the studio, beside the data (never inside `content/`). */
export function studioMediaRoot(config: Pick<AppConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'studio-media');
}

/** The folders a module's media are looked for in: its `content/` folder first, then the studio's. */
export function moduleMediaFolders(config: Pick<AppConfig, 'dataDir' | 'contentDir'>, slug: string): string[] {
  return [path.join(config.contentDir, 'modules', slug), path.join(studioMediaRoot(config), slug)];
}

export class MediaRefused extends Error {
  constructor(readonly code: MediaRefusal) {
    super(code);
  }
}

export interface StudioMediaFile {
  path: string;
  kind: MediaKind;
  sizeBytes: number;
  url: string;
}

/**
 * Media files of the modules written in the studio: uploaded by an author, checked before they are
 * written (name, type from the first bytes, size, no active SVG), kept under data/studio-media/<slug>/
 * and served at /media/modules/<slug>/ like the files of `content/`. A file is never replaced: a
 * published version that shows it keeps showing the same picture.
 */
@Injectable()
export class StudioMediaService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly authors: StudioAuthorsService,
    private readonly modules: ModuleManagementService,
  ) {}

  mayUpload(me: CurrentUser): boolean {
    return me.roles.includes(Role.TRAINER) || me.roles.includes(Role.ADMIN);
  }

  async upload(me: CurrentUser, moduleId: string, originalName: string, data: Buffer): Promise<StudioMediaFile> {
    await this.authors.requireAuthor(me, moduleId);
    const slug = await this.slugOf(moduleId);
    const name = mediaFileName(originalName);
    const refusal = mediaRefusal(name, data);
    if (refusal || !name) throw new MediaRefused(refusal ?? 'MEDIA_TYPE_NOT_ALLOWED');
    const folder = path.join(studioMediaRoot(this.config), slug);
    await fs.mkdir(folder, { recursive: true });
    const target = await this.freeName(slug, name);
    // Written aside then renamed: a half-written file is never served.
    const temporary = path.join(folder, `.upload-${randomUUID()}`);
    await fs.writeFile(temporary, data, { flag: 'wx' });
    await fs.rename(temporary, path.join(folder, target));
    return { path: target, kind: mediaKindOf(target)!, sizeBytes: data.length, url: mediaUrl(slug, target) };
  }

  /** The module's media, from its `content/` folder and the studio's, by name. */
  async list(me: CurrentUser, moduleId: string): Promise<StudioMediaFile[]> {
    await this.authors.requireAuthor(me, moduleId);
    const slug = await this.slugOf(moduleId);
    const files = new Map<string, StudioMediaFile>();
    for (const folder of moduleMediaFolders(this.config, slug)) {
      const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const kind = entry.isFile() && !entry.name.startsWith('.') ? mediaKindOf(entry.name) : null;
        if (!kind || files.has(entry.name)) continue;
        const { size } = await fs.stat(path.join(folder, entry.name));
        files.set(entry.name, { path: entry.name, kind, sizeBytes: size, url: mediaUrl(slug, entry.name) });
      }
    }
    return [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /** `schema.png`, or `schema-2.png` when a file of the module already has that name. */
  private async freeName(slug: string, name: string): Promise<string> {
    const dot = name.lastIndexOf('.');
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? name : `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
      const taken = await Promise.all(moduleMediaFolders(this.config, slug).map((folder) => exists(path.join(folder, candidate))));
      if (!taken.includes(true)) return candidate;
    }
  }

  private async slugOf(moduleId: string): Promise<string> {
    const [state] = await this.modules.moduleStates([moduleId]);
    if (!state) throw StudioErrors.moduleNotFound();
    return state.slug;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
