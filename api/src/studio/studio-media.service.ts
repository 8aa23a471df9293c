import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { mediaOf, parseModule } from '@continuite/schemas/content';
import { parse as parseYaml } from 'yaml';
import yazl from 'yazl';
import { ModuleManagementService } from '../catalogue/module-management.service.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { AppConfig } from '../core/config.js';
import type { CurrentUser } from '../core/current-user.js';
import { Role } from '../core/roles.js';
import { mediaUrl } from '../catalogue/public-content.js';
import { type MediaKind, type MediaRefusal, mediaFileName, mediaKindOf, mediaRefusal } from './studio-media.js';
import { StudioAuthorsService } from './studio-authors.service.js';
import { StudioErrors } from './studio.errors.js';
import { type ImportTarget, StudioService } from './studio.service.js';
import type { StudioModule } from './studio.types.js';
import { ArchiveRefused, openModuleArchive } from './studio-archive.js';
import { moduleFromYaml } from './module-yaml.js';

/** Folder of the media uploaded in the studio, beside the data (never inside `content/`). */
export function studioMediaRoot(config: Pick<AppConfig, 'dataDir'>): string {
  return path.join(config.dataDir, 'studio-media');
}

/** The folders a module's media are looked for in: its `content/` folder first, then the studio's. */
export function moduleMediaFolders(config: Pick<AppConfig, 'dataDir' | 'contentDir'>, slug: string): string[] {
  return [path.join(config.contentDir, 'modules', slug), path.join(studioMediaRoot(config), slug)];
}

export class MediaRefused extends Error {
  /** `file`: the media path concerned, when the file came in an archive. */
  constructor(
    readonly code: MediaRefusal,
    readonly file?: string,
  ) {
    super(file ? `${code}: ${file}` : code);
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
    private readonly studio: StudioService,
  ) {}

  /**
   * The draft (or a published version) as a zip of its `content/modules/<slug>/` folder: the
   * module.yaml and the media files it names, so that it can be dropped into another `content/`.
   */
  async exportArchive(me: CurrentUser, moduleId: string, version: number | null): Promise<{ filename: string; zip: Buffer }> {
    const { yaml } = await this.studio.exportFile(me, moduleId, version);
    const slug = await this.slugOf(moduleId);
    const parsed = parseModule(parseYaml(yaml));
    const named = parsed.success ? parsed.module.grains.flatMap((grain) => grain.elements.flatMap((element) => mediaOf(element))) : [];
    const files: { name: string; data: Buffer }[] = [{ name: `${slug}/module.yaml`, data: Buffer.from(yaml) }];
    for (const relative of new Set(named.map((media) => media.path))) {
      const data = await this.readMedia(slug, relative);
      if (data) files.push({ name: `${slug}/${relative}`, data });
    }
    return { filename: `${slug}${version === null ? '' : `-v${version}`}.zip`, zip: await zipOf(files) };
  }

  /** A media file of the module, from the first folder that has it; never a path outside them. */
  private async readMedia(slug: string, relative: string): Promise<Buffer | null> {
    for (const folder of moduleMediaFolders(this.config, slug)) {
      const root = await fs.realpath(folder).catch(() => null);
      const file = root ? await fs.realpath(path.join(root, relative)).catch(() => null) : null;
      if (!root || !file || !file.startsWith(root + path.sep)) continue;
      const data = await fs.readFile(file).catch(() => null);
      if (data) return data;
    }
    return null;
  }

  mayUpload(me: CurrentUser): boolean {
    return me.roles.includes(Role.TRAINER) || me.roles.includes(Role.ADMIN);
  }

  async upload(me: CurrentUser, moduleId: string, originalName: string, data: Buffer): Promise<StudioMediaFile> {
    await this.authors.requireAuthor(me, moduleId);
    const slug = await this.slugOf(moduleId);
    const name = mediaFileName(originalName);
    const refusal = mediaRefusal(name, data);
    if (refusal || !name) throw new MediaRefused(refusal ?? 'MEDIA_TYPE_NOT_ALLOWED');
    const target = await this.writeNew(slug, name, data);
    return { path: target, kind: mediaKindOf(target)!, sizeBytes: data.length, url: mediaUrl(slug, target) };
  }

  /**
   * A module's folder as exported (a zip of module.yaml and its media) becomes a new module, or the
   * new draft of one the person authors. Everything is checked before anything is written: the
   * archive, the module file against the content format, and each media file the module names as an
   * upload would be. Media are kept under clean names (an identical file already there is reused,
   * another file of the same name gets a new one) and the module's references follow them. If the
   * module cannot be saved (slug taken, draft changed meanwhile), the files written are removed.
   */
  async importArchive(me: CurrentUser, zip: Buffer, target: ImportTarget): Promise<StudioModule> {
    const archive = await openModuleArchive(zip);
    try {
      const data = moduleFromYaml(archive.yaml);
      if (!data) throw StudioErrors.moduleFileInvalid();
      const parsed = parseModule(data);
      if (!parsed.success) throw new ArchiveRefused('ARCHIVE_MODULE_INVALID');
      const slug = await this.studio.importSlug(me, data, target);
      const references = parsed.module.grains.flatMap((grain, g) =>
        grain.elements.flatMap((element, e) => mediaOf(element).map((media) => ({ ...media, g, e }))),
      );
      const files = new Map<string, { name: string; data: Buffer }>();
      for (const { path: original } of references) {
        if (files.has(original)) continue;
        const bytes = await archive.read(original);
        if (!bytes) throw new ArchiveRefused('ARCHIVE_MEDIA_MISSING', original);
        const name = mediaFileName(original);
        const refusal = mediaRefusal(name, bytes);
        if (refusal || !name) throw new MediaRefused(refusal ?? 'MEDIA_TYPE_NOT_ALLOWED', original);
        files.set(original, { name, data: bytes });
      }
      const written: string[] = [];
      try {
        const stored = new Map<string, string>();
        for (const [original, file] of files) {
          const same = await this.sameFileName(slug, file.name, file.data);
          const name = same ?? (await this.writeNew(slug, file.name, file.data));
          if (!same) written.push(name);
          stored.set(original, name);
        }
        const grains = data.grains as { elements: Record<string, unknown>[] }[];
        for (const ref of references) setAt(grains[ref.g]!.elements[ref.e]!, ref.at, stored.get(ref.path)!);
        return await this.studio.importContent(me, data, target);
      } catch (error) {
        const folder = path.join(studioMediaRoot(this.config), slug);
        await Promise.all(written.map((name) => fs.rm(path.join(folder, name), { force: true })));
        throw error;
      }
    } finally {
      archive.close();
    }
  }

  /** Writes a new file of the module under `name` or a free variant of it, and says which. */
  private async writeNew(slug: string, name: string, data: Buffer): Promise<string> {
    const folder = path.join(studioMediaRoot(this.config), slug);
    await fs.mkdir(folder, { recursive: true });
    const target = await this.freeName(slug, name);
    // Written aside then renamed: a half-written file is never served.
    const temporary = path.join(folder, `.upload-${randomUUID()}`);
    await fs.writeFile(temporary, data, { flag: 'wx' });
    await fs.rename(temporary, path.join(folder, target));
    return target;
  }

  /** `name` when the module already has a file of that name with these very bytes. */
  private async sameFileName(slug: string, name: string, data: Buffer): Promise<string | null> {
    const existing = await this.readMedia(slug, name);
    return existing && existing.equals(data) ? name : null;
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

function zipOf(files: readonly { name: string; data: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addBuffer(file.data, file.name, { mtime: new Date('2026-01-01T00:00:00Z') });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** Sets `value` at a path of keys and indexes inside `target` (the path mediaOf gives). */
function setAt(target: Record<string, unknown>, at: readonly (string | number)[], value: string): void {
  let node: Record<string | number, unknown> = target;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at[at.length - 1]!] = value;
}
