import { randomBytes } from 'node:crypto';
import type { Request, Response, Router } from 'express';
import { type Part, boundaryOf, buildMultipart, parseMultipart } from './multipart.js';
import { acceptedLanguages } from './statement-format.js';
import { parseStatementRequest } from './statement-query.js';
import type { StatementsService } from './statements.service.js';
import { LrsErrors } from './xapi.errors.js';
import { bodyOf, checkParameters, handle, lrsOf, queryParameters } from './xapi.routes.js';

type Json = Record<string, any>;

/** The Statements resource (Communication 2.1): PUT, POST, GET (and HEAD). */
export function mountStatementRoutes(router: Router, statements: StatementsService): void {
  router.use('/statements', (_req, res, next) => {
    // Writes are visible to reads as soon as they are answered: everything stored until now is there.
    res.setHeader('X-Experience-API-Consistent-Through', statements.consistentThrough().toISOString());
    next();
  });

  router.put(
    '/statements',
    handle(async (req, res) => {
      const params = queryParameters(req);
      checkParameters(params, ['statementId'], ['statementId']);
      const statementId = params.statementId!;
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(statementId)) {
        throw LrsErrors.badRequest('statementId must be a UUID');
      }
      const { body, parts } = readStatementBody(req);
      if (Array.isArray(body) || body === null || typeof body !== 'object') throw LrsErrors.badRequest('PUT takes one statement');
      const { version, principal } = lrsOf(res);
      await statements.storeStatements(principal, { statements: [body], parts, version, statementId: statementId.toLowerCase() });
      res.status(204).end();
    }),
  );

  router.post(
    '/statements',
    handle(async (req, res) => {
      checkParameters(queryParameters(req), []);
      const { body, parts } = readStatementBody(req);
      const list = Array.isArray(body) ? body : [body];
      if (list.length === 0) throw LrsErrors.badRequest('no statement to store');
      const { version, principal } = lrsOf(res);
      res.json(await statements.storeStatements(principal, { statements: list, parts, version }));
    }),
  );

  router.get(
    '/statements',
    handle(async (req, res) => {
      const request = parseStatementRequest(queryParameters(req), LrsErrors.badRequest);
      const { principal } = lrsOf(res);
      const languages = acceptedLanguages(req.header('accept-language'));
      if (request.kind === 'single') {
        const row = await statements.statement(principal, request.id, request.voided);
        const statement = statements.format(row.statement, request.format, languages);
        res.setHeader('Last-Modified', row.stored.toUTCString());
        return send(res, statement, request.attachments ? await statements.attachments([row.seq]) : null);
      }
      const page = await statements.query(principal, request.filters, request.position);
      const result = { statements: page.statements.map((s) => statements.format(s, request.filters.format, languages)), more: page.more };
      return send(res, result, request.filters.attachments ? await statements.attachments(page.seqs) : null);
    }),
  );
}

/** application/json, or multipart/mixed whose first part is the JSON and the others the attachments. */
function readStatementBody(req: Request): { body: unknown; parts: Part[] | null } {
  const contentType = req.header('content-type') ?? '';
  const raw = bodyOf(req);
  if (/^application\/json\b/i.test(contentType)) return { body: parseJson(raw), parts: null };
  if (/^multipart\/mixed\b/i.test(contentType)) {
    const boundary = boundaryOf(contentType);
    if (!boundary) throw LrsErrors.badRequest('multipart/mixed needs a boundary');
    let parts: Part[];
    try {
      parts = parseMultipart(raw, boundary);
    } catch (error) {
      throw LrsErrors.badRequest(`unreadable multipart body: ${(error as Error).message}`);
    }
    const [first, ...attachments] = parts;
    if (!first || !/^application\/json\b/i.test(first.headers['content-type'] ?? '')) {
      throw LrsErrors.badRequest('the first part of a multipart/mixed request must be the statements as application/json');
    }
    return { body: parseJson(first.body), parts: attachments };
  }
  throw LrsErrors.badRequest('statements are sent as application/json or multipart/mixed');
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw LrsErrors.badRequest('the body is not JSON');
  }
}

/** JSON, or with attachments=true multipart/mixed: the JSON first, then each attachment's bytes (Communication 1.5.2). */
function send(res: Response, json: Json, attachments: { sha2: string; contentType: string; content: Buffer }[] | null): void {
  if (!attachments) {
    res.json(json);
    return;
  }
  const boundary = randomBytes(16).toString('hex');
  const seen = new Set<string>();
  const parts: Part[] = [{ headers: { 'Content-Type': 'application/json' }, body: Buffer.from(JSON.stringify(json)) }];
  for (const attachment of attachments) {
    if (seen.has(attachment.sha2)) continue;
    seen.add(attachment.sha2);
    parts.push({
      headers: {
        'Content-Type': attachment.contentType,
        'Content-Transfer-Encoding': 'binary',
        'X-Experience-API-Hash': attachment.sha2,
      },
      body: attachment.content,
    });
  }
  res.setHeader('Content-Type', `multipart/mixed; boundary=${boundary}`);
  res.send(buildMultipart(parts, boundary));
}
