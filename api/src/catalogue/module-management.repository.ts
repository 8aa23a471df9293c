import { Inject, Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';

type Executor = Database | Transaction<DB>;

/** A module as the studio sees it in the catalogue: where it stands, whatever its draft says. */
export interface ModuleState {
  id: string;
  slug: string;
  managedInStudio: boolean;
  archivedAt: Date | null;
  /** The current published version, null before the first publication. */
  versionId: string | null;
  version: number | null;
  contentHash: string | null;
  title: string | null;
  publishedAt: Date | null;
}

export interface VersionSummary {
  id: string;
  number: number;
  title: string;
  contentHash: string;
  publishedAt: Date;
}

/** The SQL of the catalogue changes the trainer studio makes (issue 6). */
@Injectable()
export class ModuleManagementRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private selectStates(executor: Executor) {
    return executor
      .selectFrom('modules as m')
      .leftJoin('module_versions as v', 'v.id', 'm.current_version_id')
      .select([
        'm.id',
        'm.slug',
        'm.managed_in_studio as managedInStudio',
        'm.archived_at as archivedAt',
        'v.id as versionId',
        'v.number as version',
        'v.content_hash as contentHash',
        'v.title',
        'v.published_at as publishedAt',
      ]);
  }

  findStatesByIds(ids: readonly string[]): Promise<ModuleState[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.selectStates(this.db).where('m.id', 'in', ids).execute();
  }

  findStateBySlug(slug: string, executor: Executor = this.db): Promise<ModuleState | undefined> {
    return this.selectStates(executor).where('m.slug', '=', slug).executeTakeFirst();
  }

  /** A new module row managed in the studio, or null when the slug is taken. */
  async insertStudioModule(slug: string, executor: Executor): Promise<string | null> {
    const row = await executor
      .insertInto('modules')
      .values({ slug, managed_in_studio: true })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id ?? null;
  }

  /** Marks a module imported from files as managed in the studio; false when it already was. */
  async markManagedInStudio(moduleId: string, executor: Executor): Promise<boolean> {
    const result = await executor
      .updateTable('modules')
      .set({ managed_in_studio: true })
      .where('id', '=', moduleId)
      .where('managed_in_studio', '=', false)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async updateArchivedAt(moduleId: string, archivedAt: Date | null): Promise<void> {
    await this.db.updateTable('modules').set({ archived_at: archivedAt }).where('id', '=', moduleId).execute();
  }

  /** Published modules that the content/ files still manage, by title. */
  findFileModules(): Promise<{ slug: string; title: string }[]> {
    return this.db
      .selectFrom('modules as m')
      .innerJoin('module_versions as v', 'v.id', 'm.current_version_id')
      .select(['m.slug', 'v.title'])
      .where('m.managed_in_studio', '=', false)
      .where('m.archived_at', 'is', null)
      .orderBy('v.title')
      .execute();
  }

  findVersionsOfModule(moduleId: string): Promise<VersionSummary[]> {
    return this.db
      .selectFrom('module_versions')
      .select(['id', 'number', 'title', 'content_hash as contentHash', 'published_at as publishedAt'])
      .where('module_id', '=', moduleId)
      .orderBy('number', 'desc')
      .execute();
  }
}
