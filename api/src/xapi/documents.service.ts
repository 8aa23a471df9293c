import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import { type DocumentKey, DocumentsRepository, type StoredDocument } from './documents.repository.js';
import type { XapiMajorVersion } from './statement-validation.js';
import { type LrsPrincipal, StatementsService } from './statements.service.js';
import { LrsErrors } from './xapi.errors.js';
import type { DocumentKind } from './xapi.tables.js';

type Json = Record<string, any>;

export interface DocumentAddress {
  kind: DocumentKind;
  activityId: string;
  /** The agent of a State or Agent Profile document, as sent. */
  agent: Json | null;
  agentKey: string;
  registration: string;
}

export interface Preconditions {
  ifMatch?: string;
  ifNoneMatch?: string;
}

export interface DocumentWrite {
  contentType: string;
  content: Buffer;
  /** POST: merge the JSON object into the stored one. */
  merge: boolean;
}

/**
 * The document resources (State, Activity Profile, Agent Profile): opaque documents under a key,
 * optimistic concurrency by ETag (Communication 3.1), and POST that merges JSON objects.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly repository: DocumentsRepository,
    private readonly statements: StatementsService,
    private readonly clock: Clock,
  ) {}

  async document(principal: LrsPrincipal, address: DocumentAddress, documentId: string): Promise<StoredDocument> {
    if (!principal.canRead) throw LrsErrors.forbidden('These credentials may not read documents.');
    const found = await this.repository.findDocument(this.key(principal, address, documentId));
    if (!found) throw LrsErrors.notFound('No such document.');
    return found;
  }

  documentIds(principal: LrsPrincipal, address: DocumentAddress, since?: Date): Promise<string[]> {
    if (!principal.canRead) throw LrsErrors.forbidden('These credentials may not read documents.');
    return this.repository.findDocumentIds(this.key(principal, address, ''), since);
  }

  async saveDocument(
    principal: LrsPrincipal,
    address: DocumentAddress,
    documentId: string,
    write: DocumentWrite,
    preconditions: Preconditions,
    version: XapiMajorVersion,
  ): Promise<void> {
    if (!principal.canWrite) throw LrsErrors.forbidden('These credentials may not write documents.');
    const learnerId = address.agent ? await this.statements.learnerBehind(principal, address.agent) : null;
    const key = this.key(principal, address, documentId);
    if (write.merge) jsonObject(write.contentType, write.content, 'the posted document');
    // Two tries: a document created or changed between our read and our write, when no precondition was asked.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const existing = await this.repository.findDocument(key);
      checkPreconditions(existing, preconditions);
      // Without a precondition, a PUT must not overwrite a document blindly (Communication 3.1); the
      // State resource of 1.0.3 was exempt.
      const requiresPrecondition = address.kind !== 'STATE' || version === '2.0';
      if (!write.merge && existing && requiresPrecondition && !preconditions.ifMatch && !preconditions.ifNoneMatch) {
        throw LrsErrors.conflict('The document exists: send If-Match with its ETag (or If-None-Match: *) to change it.');
      }
      const content = write.merge && existing ? merged(existing, write.content) : write.content;
      const contentType = write.merge && existing ? 'application/json' : write.contentType;
      const next = { contentType, content, etag: etagOf(content), updated: this.clock.now() };
      const saved = existing
        ? await this.repository.replaceDocument(key, existing.etag, next)
        : await this.repository.insertDocument(key, next, learnerId);
      if (saved) return;
      if (preconditions.ifMatch || preconditions.ifNoneMatch) throw LrsErrors.preconditionFailed();
    }
    throw LrsErrors.conflict('The document changed while it was being written; try again.');
  }

  async deleteDocument(
    principal: LrsPrincipal,
    address: DocumentAddress,
    documentId: string | undefined,
    preconditions: Preconditions,
  ): Promise<void> {
    if (!principal.canWrite) throw LrsErrors.forbidden('These credentials may not delete documents.');
    if (address.agent) await this.statements.learnerBehind(principal, address.agent);
    const key = this.key(principal, address, documentId ?? '');
    if (documentId !== undefined && (preconditions.ifMatch || preconditions.ifNoneMatch)) {
      checkPreconditions(await this.repository.findDocument(key), preconditions);
    }
    await this.repository.deleteDocuments({ ...key, documentId });
  }

  private key(principal: LrsPrincipal, address: DocumentAddress, documentId: string): DocumentKey {
    return {
      organisationId: principal.organisationId,
      kind: address.kind,
      activityId: address.activityId,
      agentKey: address.agentKey,
      registration: address.registration,
      documentId,
    };
  }
}

/** `"<sha1 hex>"`, as the ETag of a document. */
export function etagOf(content: Buffer): string {
  return `"${createHash('sha1').update(content).digest('hex')}"`;
}

function etagsOf(header: string): string[] {
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .map((t) => (t.startsWith('"') ? t : `"${t}"`));
}

function checkPreconditions(existing: StoredDocument | undefined, { ifMatch, ifNoneMatch }: Preconditions): void {
  if (ifMatch !== undefined) {
    const matches = existing !== undefined && (ifMatch.trim() === '*' || etagsOf(ifMatch).includes(existing.etag));
    if (!matches) throw LrsErrors.preconditionFailed();
  }
  if (ifNoneMatch !== undefined && existing !== undefined) {
    if (ifNoneMatch.trim() === '*' || etagsOf(ifNoneMatch).includes(existing.etag)) throw LrsErrors.preconditionFailed();
  }
}

function jsonObject(contentType: string, content: Buffer, what: string): Json {
  if (!/^application\/json\b/i.test(contentType)) throw LrsErrors.badRequest(`${what} must be application/json to be merged`);
  let value: unknown;
  try {
    value = JSON.parse(content.toString('utf8'));
  } catch {
    throw LrsErrors.badRequest(`${what} is not JSON`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw LrsErrors.badRequest(`${what} must be a JSON object to be merged`);
  return value as Json;
}

/** POST: the top-level properties of the posted object replace or join those stored. */
function merged(existing: StoredDocument, posted: Buffer): Buffer {
  const stored = jsonObject(existing.contentType, existing.content, 'the stored document');
  return Buffer.from(JSON.stringify({ ...stored, ...jsonObject('application/json', posted, 'the posted document') }));
}
