import { Inject, Injectable } from '@nestjs/common';
import { type Transaction, sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';

type Executor = Database | Transaction<DB>;

export type AuthorRole = 'OWNER' | 'CO_AUTHOR';

export interface DraftRecord {
  moduleId: string;
  organisationId: string;
  content: unknown;
  revision: number;
  updatedAt: Date;
}

export interface AuthorRecord {
  moduleId: string;
  userId: string;
  role: AuthorRole;
  addedAt: Date;
}

/** The only SQL on module drafts and module authors (issue 6). */
@Injectable()
export class StudioRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  private selectDrafts(executor: Executor) {
    return executor
      .selectFrom('module_drafts')
      .select(['module_id as moduleId', 'organisation_id as organisationId', 'content', 'revision', 'updated_at as updatedAt']);
  }

  findDraft(moduleId: string): Promise<DraftRecord | undefined> {
    return this.selectDrafts(this.db).where('module_id', '=', moduleId).executeTakeFirst();
  }

  findDrafts(moduleIds: readonly string[]): Promise<DraftRecord[]> {
    if (moduleIds.length === 0) return Promise.resolve([]);
    return this.selectDrafts(this.db).where('module_id', 'in', moduleIds).execute();
  }

  async insertDraft(draft: { moduleId: string; organisationId: string; content: unknown }, executor: Executor): Promise<void> {
    await executor
      .insertInto('module_drafts')
      .values({ module_id: draft.moduleId, organisation_id: draft.organisationId, content: JSON.stringify(draft.content) })
      .execute();
  }

  /**
   * Saves over `baseRevision` only: the compare-and-set that keeps two trainers from silently
   * overwriting each other. Returns the new revision, or null when the draft moved on.
   */
  async updateDraftContent(moduleId: string, baseRevision: number, content: unknown): Promise<number | null> {
    const row = await this.db
      .updateTable('module_drafts')
      .set({ content: JSON.stringify(content), revision: sql<number>`revision + 1`, updated_at: new Date() })
      .where('module_id', '=', moduleId)
      .where('revision', '=', baseRevision)
      .returning('revision')
      .executeTakeFirst();
    return row?.revision ?? null;
  }

  async insertAuthor(author: { moduleId: string; userId: string; role: AuthorRole }, executor: Executor = this.db): Promise<void> {
    await executor
      .insertInto('module_authors')
      .values({ module_id: author.moduleId, user_id: author.userId, role: author.role })
      .onConflict((oc) => oc.columns(['module_id', 'user_id']).doNothing())
      .execute();
  }

  async deleteCoAuthor(moduleId: string, userId: string): Promise<void> {
    await this.db
      .deleteFrom('module_authors')
      .where('module_id', '=', moduleId)
      .where('user_id', '=', userId)
      .where('role', '=', 'CO_AUTHOR')
      .execute();
  }

  findAuthor(moduleId: string, userId: string): Promise<AuthorRecord | undefined> {
    return this.selectAuthors().where('module_id', '=', moduleId).where('user_id', '=', userId).executeTakeFirst();
  }

  findAuthorsOfModules(moduleIds: readonly string[]): Promise<AuthorRecord[]> {
    if (moduleIds.length === 0) return Promise.resolve([]);
    return this.selectAuthors().where('module_id', 'in', moduleIds).orderBy('added_at').execute();
  }

  /** The modules this person authors, most recently edited first. */
  async findModuleIdsOfAuthor(userId: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('module_authors as a')
      .innerJoin('module_drafts as d', 'd.module_id', 'a.module_id')
      .select('a.module_id as moduleId')
      .where('a.user_id', '=', userId)
      .orderBy('d.updated_at', 'desc')
      .orderBy('a.module_id')
      .limit(limit)
      .execute();
    return rows.map((row) => row.moduleId);
  }

  private selectAuthors() {
    return this.db.selectFrom('module_authors').select(['module_id as moduleId', 'user_id as userId', 'role', 'added_at as addedAt']);
  }
}
