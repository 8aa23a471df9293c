import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { AppConfig } from '../core/config.js';
import { APP_CONFIG } from '../core/config.provider.js';
import type { CurrentUser } from '../core/current-user.js';
import { CoreErrors } from '../core/errors.js';
import { Role } from '../core/roles.js';
import { LearningService } from '../learning/learning.service.js';
import { OrganisationService } from '../organisation/organisation.service.js';
import { H5pErrors, PackageRefused } from './h5p.errors.js';
import { H5pRepository, type PackageRecord } from './h5p.repository.js';
import { extractPackage, inspectPackage } from './package-archive.js';
import { MAX_ENTRIES, type PackageLimits } from './package-rules.js';

/** Who may upload and list packages: the authors of modules. */
export const H5P_AUTHORING_ROLES = [Role.TRAINER, Role.ADMIN];
/** A content's saved state; H5P's own (a quiz's answers, a presentation's slide) stays far below. */
export const MAX_STATE_BYTES = 256 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface UploadedPackage {
  id: string;
  title: string;
  mainLibrary: string;
}

/**
 * H5P packages (issue 6): checked before anything is written, extracted under DATA_DIR/h5p/<id>/,
 * and the learner's state inside an activity, kept per attempt.
 */
@Injectable()
export class H5pService {
  private readonly logger = new Logger('H5P');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: H5pRepository,
    private readonly organisations: OrganisationService,
    private readonly learning: LearningService,
    private readonly catalogue: CatalogueService,
  ) {}

  /** The folder of all packages; each lives in `<root>/<id>/`. */
  get root(): string {
    return path.join(this.config.dataDir, 'h5p');
  }

  get maxBytes(): number {
    return this.config.h5p.maxBytes;
  }

  private get limits(): PackageLimits {
    return { maxExpandedBytes: this.config.h5p.maxExpandedBytes, maxEntries: MAX_ENTRIES };
  }

  mayUpload(me: CurrentUser): boolean {
    return H5P_AUTHORING_ROLES.some((role) => me.roles.includes(role));
  }

  /** A trainer's upload: the package belongs to the trainer's organisation. */
  async uploadPackage(me: CurrentUser, file: Buffer): Promise<UploadedPackage> {
    if (!this.mayUpload(me)) throw CoreErrors.notAllowed();
    return this.installPackage(file, { uploadedBy: me.id, organisationId: await this.homeOrganisation(me) });
  }

  /**
   * Checks, extracts and records a package. `id` is for the CLI (`import-h5p --id`), so that content
   * files naming a package find it on another server under the same id.
   */
  async installPackage(
    file: Buffer,
    owner: { uploadedBy: string | null; organisationId: string | null; id?: string },
  ): Promise<UploadedPackage> {
    if (file.length > this.config.h5p.maxBytes) throw new PackageRefused('H5P_TOO_LARGE', `${file.length} bytes`);
    const inspected = await inspectPackage(file, this.limits);
    // Every rule passed: from here on, files are written.
    const id = owner.id ?? randomUUID();
    if (!UUID.test(id)) throw new Error(`not a package id: ${id}`);
    if (await this.repository.findPackage(id)) throw new Error(`a package with id ${id} exists`);
    const createdRoot = await fsp.mkdir(this.root, { recursive: true });
    const staging = path.join(this.root, `.staging-${id}`);
    const target = path.join(this.root, id);
    try {
      await extractPackage(file, inspected, staging, this.limits);
    } catch (error) {
      // A lying archive leaves nothing behind, not even the first packages folder (if still empty).
      if (createdRoot) await fsp.rmdir(this.root).catch(() => undefined);
      throw error;
    }
    try {
      await fsp.rename(staging, target);
      const main = inspected.manifest.preloadedDependencies.find((d) => d.machineName === inspected.manifest.mainLibrary)!;
      await this.repository.insertPackage({
        id,
        title: inspected.manifest.title,
        mainLibrary: `${main.machineName} ${main.majorVersion}.${main.minorVersion}`,
        uploadedBy: owner.uploadedBy,
        organisationId: owner.organisationId,
        sizeBytes: file.length,
        expandedBytes: inspected.expandedBytes,
      });
    } catch (error) {
      await fsp.rm(staging, { recursive: true, force: true });
      await fsp.rm(target, { recursive: true, force: true });
      throw error;
    }
    this.logger.log(`package ${id} (${inspected.manifest.mainLibrary}) installed`);
    return { id, title: inspected.manifest.title, mainLibrary: inspected.manifest.mainLibrary };
  }

  /** Packages a trainer may place in a module: those of their organisations, and the platform's. */
  async packagesFor(me: CurrentUser): Promise<PackageRecord[]> {
    if (!this.mayUpload(me)) throw CoreErrors.notAllowed();
    return this.repository.findPackagesOf(await this.organisations.scopeOf(me.id, H5P_AUTHORING_ROLES));
  }

  /** For the player route: a package is played by anyone who has its id (like a module's media). */
  async playablePackage(id: string): Promise<PackageRecord | undefined> {
    return UUID.test(id) ? this.repository.findPackage(id) : undefined;
  }

  /** The learner's saved state in an H5P activity of their attempt, or null before any. */
  async state(me: CurrentUser, attemptId: string, elementId: string): Promise<string | null> {
    await this.h5pElementOfAttempt(me, attemptId, elementId);
    return (await this.repository.findUserData(me.id, attemptId, elementId)) ?? null;
  }

  /** Keeps the latest state; only the attempt's owner, on an H5P element of that attempt's version. */
  async saveState(me: CurrentUser, attemptId: string, elementId: string, data: string): Promise<void> {
    if (Buffer.byteLength(data, 'utf8') > MAX_STATE_BYTES) throw H5pErrors.stateTooLarge();
    const packageId = await this.h5pElementOfAttempt(me, attemptId, elementId);
    await this.repository.upsertUserData({ userId: me.id, attemptId, elementId, packageId, data });
  }

  private async h5pElementOfAttempt(me: CurrentUser, attemptId: string, elementId: string): Promise<string> {
    const attempt = await this.learning.attempt(me, attemptId);
    if (!attempt) throw H5pErrors.attemptNotFound();
    const version = await this.catalogue.versionForCorrection(attempt.versionId);
    const element = version.content.grains.flatMap((g) => g.elements).find((e) => e.id === elementId);
    if (element?.type !== 'h5p') throw H5pErrors.notAnH5pElement();
    return element.package;
  }

  /** Where a new package belongs: the highest organisation where the uploader authors, if any. */
  private async homeOrganisation(me: CurrentUser): Promise<string | null> {
    const scope = await this.organisations.scopeOf(me.id, H5P_AUTHORING_ROLES);
    const records = await this.organisations.organisationsByIds(scope);
    const inScope = new Set(scope);
    const tops = records.filter((o) => !o.parentId || !inScope.has(o.parentId)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return tops[0]?.id ?? null;
  }
}
