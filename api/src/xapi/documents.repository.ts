import { Inject, Injectable } from '@nestjs/common';
import { type Kysely, sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';
import type { DocumentKind, XapiTables } from './xapi.tables.js';

export interface DocumentKey {
  organisationId: string;
  kind: DocumentKind;
  /** '' where the resource has no such part (an Agent Profile has no activity). */
  activityId: string;
  agentKey: string;
  registration: string;
  documentId: string;
}

export interface StoredDocument {
  documentId: string;
  contentType: string;
  content: Buffer;
  etag: string;
  updated: Date;
}

/** The only SQL of the State, Activity Profile and Agent Profile documents. */
@Injectable()
export class DocumentsRepository {
  private readonly db: Kysely<DB & XapiTables>;

  constructor(@Inject(DATABASE) db: Database) {
    this.db = db.withTables<XapiTables>();
  }

  private where(key: Omit<DocumentKey, 'documentId'>) {
    return this.db
      .selectFrom('xapi_documents')
      .where('organisation_id', '=', key.organisationId)
      .where('kind', '=', key.kind)
      .where('activity_id', '=', key.activityId)
      .where('agent_key', '=', key.agentKey)
      .where('registration', '=', key.registration);
  }

  async findDocument(key: DocumentKey): Promise<StoredDocument | undefined> {
    const row = await this.where(key)
      .where('document_id', '=', key.documentId)
      .select(['document_id as documentId', 'content_type as contentType', 'content', 'etag', 'updated'])
      .executeTakeFirst();
    // PGlite gives bytea as a Uint8Array, pg as a Buffer.
    return row && { ...row, content: Buffer.from(row.content) };
  }

  async findDocumentIds(key: Omit<DocumentKey, 'documentId'>, since?: Date): Promise<string[]> {
    let query = this.where(key).select('document_id');
    if (since) query = query.where('updated', '>', since);
    const rows = await query.orderBy('document_id').execute();
    return rows.map((r) => r.document_id);
  }

  /** Creates the document unless it exists; false when another writer created it first. */
  async insertDocument(key: DocumentKey, document: Omit<StoredDocument, 'documentId'>, learnerId: string | null): Promise<boolean> {
    const rows = await this.db
      .insertInto('xapi_documents')
      .values({
        organisation_id: key.organisationId,
        kind: key.kind,
        activity_id: key.activityId,
        agent_key: key.agentKey,
        registration: key.registration,
        document_id: key.documentId,
        content_type: document.contentType,
        content: document.content,
        etag: document.etag,
        updated: document.updated,
        learner_id: learnerId,
      })
      .onConflict((oc) => oc.constraint('xapi_documents_pkey').doNothing())
      .returning('etag')
      .execute();
    return rows.length === 1;
  }

  /** Replaces the document if it is still the version read (its ETag); false when it changed meanwhile. */
  async replaceDocument(key: DocumentKey, previousEtag: string, document: Omit<StoredDocument, 'documentId'>): Promise<boolean> {
    const result = await this.db
      .updateTable('xapi_documents')
      .set({ content_type: document.contentType, content: document.content, etag: document.etag, updated: document.updated })
      .where('organisation_id', '=', key.organisationId)
      .where('kind', '=', key.kind)
      .where('activity_id', '=', key.activityId)
      .where('agent_key', '=', key.agentKey)
      .where('registration', '=', key.registration)
      .where('document_id', '=', key.documentId)
      .where('etag', '=', previousEtag)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Deletes one document, or all of the key when documentId is undefined (the State resource's DELETE without stateId). */
  async deleteDocuments(key: Omit<DocumentKey, 'documentId'> & { documentId?: string }): Promise<void> {
    await sql`
      DELETE FROM xapi_documents
      WHERE organisation_id = ${key.organisationId} AND kind = ${key.kind} AND activity_id = ${key.activityId}
        AND agent_key = ${key.agentKey} AND registration = ${key.registration}
        ${key.documentId === undefined ? sql`` : sql`AND document_id = ${key.documentId}`}`.execute(this.db);
  }
}
