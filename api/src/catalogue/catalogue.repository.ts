import { Inject, Injectable } from '@nestjs/common';
import { type Transaction, sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB, NewModuleVersion } from '../database/schema.js';
import type { PublicModuleContent } from './public-content.js';

/** A module as the catalogue lists it: the module and the metadata of its current version. */
export interface ModuleRecord {
  id: string;
  slug: string;
  versionId: string;
  version: number;
  title: string;
  summary: string;
  theme: string;
  audience: string;
  durationMinutes: number;
  level: number;
  competencyCodes: string[];
  objectives: string[];
  sources: { title: string; url?: string; publisher?: string }[];
}

export interface CatalogueQuery {
  theme?: string;
  audiences?: string[];
  competency?: string;
  words: string[];
  after?: { title: string; slug: string };
  limit: number;
}

const MODULE_COLUMNS = [
  'm.id',
  'm.slug',
  'v.id as versionId',
  'v.number as version',
  'v.title',
  'v.summary',
  'v.theme',
  'v.audience',
  'v.duration_minutes as durationMinutes',
  'v.level',
  'v.competency_codes as competencyCodes',
] as const;

@Injectable()
export class CatalogueRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  private selectModules(executor: Database | Transaction<DB> = this.db) {
    return executor
      .selectFrom('modules as m')
      .innerJoin('module_versions as v', 'v.id', 'm.current_version_id')
      .select(MODULE_COLUMNS)
      .select(sql<string[]>`v.content->'objectives'`.as('objectives'))
      .select(sql<ModuleRecord['sources']>`v.content->'sources'`.as('sources'));
  }

  private filtered(query: CatalogueQuery) {
    // An archived module leaves the catalogue; a learner who started it still reaches it by its slug.
    let q = this.selectModules().where('m.archived_at', 'is', null);
    if (query.theme) q = q.where('v.theme', '=', query.theme);
    if (query.audiences) q = q.where('v.audience', 'in', query.audiences);
    if (query.competency) q = q.where(sql<boolean>`v.competency_codes @> ARRAY[${query.competency}]::text[]`);
    for (const word of query.words) q = q.where('v.search_text', 'like', `%${escapeLike(word)}%`);
    return q;
  }

  async findCatalogue(query: CatalogueQuery): Promise<{ rows: ModuleRecord[]; total: number }> {
    let page = this.filtered(query);
    if (query.after) {
      const { title, slug } = query.after;
      page = page.where(sql<boolean>`(v.title, m.slug) > (${title}, ${slug})`);
    }
    const [rows, count] = await Promise.all([
      page.orderBy('v.title').orderBy('m.slug').limit(query.limit).execute(),
      this.filtered(query)
        .clearSelect()
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }

  findModuleBySlug(slug: string): Promise<ModuleRecord | undefined> {
    return this.selectModules().where('m.slug', '=', slug).executeTakeFirst();
  }

  findAllModules(): Promise<ModuleRecord[]> {
    return this.selectModules().where('m.archived_at', 'is', null).orderBy('v.title').execute();
  }

  findModulesByIds(ids: readonly string[]): Promise<ModuleRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.selectModules().where('m.id', 'in', ids).execute();
  }

  async findPublicContents(versionIds: readonly string[]): Promise<{ id: string; number: number; content: PublicModuleContent }[]> {
    if (versionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('module_versions')
      .select(['id', 'number', 'public_content'])
      .where('id', 'in', versionIds)
      .execute();
    return rows.map((row) => ({ id: row.id, number: row.number, content: row.public_content as PublicModuleContent }));
  }

  /** The full content, solutions included, for correction on the server. */
  async findFullContent(
    versionId: string,
  ): Promise<{ id: string; moduleId: string; number: number; content: unknown; contentHash: string; gradedCount: number } | undefined> {
    return this.db
      .selectFrom('module_versions')
      .select(['id', 'module_id as moduleId', 'number', 'content', 'content_hash as contentHash', 'graded_count as gradedCount'])
      .where('id', '=', versionId)
      .executeTakeFirst();
  }

  async findCurrentVersionHash(
    slug: string,
    trx: Transaction<DB>,
  ): Promise<{ moduleId: string; number: number | null; hash: string | null; managedInStudio: boolean } | undefined> {
    return trx
      .selectFrom('modules as m')
      .leftJoin('module_versions as v', 'v.id', 'm.current_version_id')
      .select(['m.id as moduleId', 'v.number', 'v.content_hash as hash', 'm.managed_in_studio as managedInStudio'])
      .where('m.slug', '=', slug)
      .executeTakeFirst();
  }

  async insertModule(slug: string, trx: Transaction<DB>): Promise<string> {
    const row = await trx.insertInto('modules').values({ slug }).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  async insertVersion(version: NewModuleVersion, trx: Transaction<DB>): Promise<string> {
    const row = await trx.insertInto('module_versions').values(version).returning('id').executeTakeFirstOrThrow();
    await trx.updateTable('modules').set({ current_version_id: row.id }).where('id', '=', version.module_id).execute();
    return row.id;
  }

  /** Serialises imports across api instances that start together. */
  async lockImports(trx: Transaction<DB>): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(4242001)`.execute(trx);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
