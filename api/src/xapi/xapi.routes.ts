import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { ClientsService } from './clients.service.js';
import type { DocumentsService } from './documents.service.js';
import { mountDocumentRoutes } from './documents.routes.js';
import type { XapiMajorVersion } from './statement-validation.js';
import type { LrsPrincipal, StatementsService } from './statements.service.js';
import { mountStatementRoutes } from './statements.routes.js';
import { LrsError, LrsErrors } from './xapi.errors.js';

/** What the handlers of a request know once the version and the credentials are checked. */
export interface LrsRequest {
  version: XapiMajorVersion;
  principal: LrsPrincipal;
}

export interface LrsServices {
  clients: ClientsService;
  statements: StatementsService;
  documents: DocumentsService;
  maxBodyBytes: number;
}

const VERSIONS: Record<string, { major: XapiMajorVersion; full: string }> = {
  '1.0': { major: '1.0', full: '1.0.3' },
  '1.0.0': { major: '1.0', full: '1.0.3' },
  '1.0.1': { major: '1.0', full: '1.0.3' },
  '1.0.2': { major: '1.0', full: '1.0.3' },
  '1.0.3': { major: '1.0', full: '1.0.3' },
  '2.0': { major: '2.0', full: '2.0.0' },
  '2.0.0': { major: '2.0', full: '2.0.0' },
};

/**
 * The learning record store (issue 8), plain HTTP under /xapi as the xAPI specification defines it
 * (the web forwards /xapi to here). Mounted before the app-wide JSON parser: statements with
 * attachments come as multipart/mixed and documents are opaque bytes, so the LRS reads raw bodies
 * itself, up to its own limit (413 beyond).
 */
export function mountXapiRoutes(app: Express, services: LrsServices): void {
  const router = express.Router();
  router.use(cors);
  router.get('/about', (_req, res) => {
    res.setHeader('X-Experience-API-Version', '2.0.0');
    res.json({ version: ['1.0.3', '2.0.0'], extensions: {} });
  });
  router.use(negotiateVersion);
  router.use(authenticate(services.clients));
  router.use(express.raw({ type: () => true, limit: services.maxBodyBytes }));
  mountStatementRoutes(router, services.statements);
  mountDocumentRoutes(router, services.documents, services.statements);
  router.use((_req: Request, _res: Response, next: NextFunction) => next(LrsErrors.notFound('No such xAPI resource.')));
  router.use(handleError);
  app.use('/xapi', router);
}

/** Tools in a browser on another origin send credentials in a header, never cookies: any origin may call. */
function cors(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through');
  if (req.method !== 'OPTIONS') return next();
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, PUT, POST, DELETE');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match');
  res.setHeader('Access-Control-Max-Age', '600');
  res.status(204).end();
}

function negotiateVersion(req: Request, res: Response, next: NextFunction): void {
  const header = req.header('x-experience-api-version')?.trim();
  const version = header ? VERSIONS[header] : undefined;
  res.setHeader('X-Experience-API-Version', version?.full ?? '2.0.0');
  if (!header) return next(LrsErrors.badRequest('The X-Experience-API-Version header is required.'));
  if (!version) return next(LrsErrors.badRequest(`Version ${header} is not supported: this LRS speaks 1.0.x and 2.0.x.`));
  res.locals.lrs = { version: version.major } satisfies Partial<LrsRequest>;
  next();
}

function authenticate(clients: ClientsService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.header('authorization') ?? '');
      const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
      const colon = decoded.indexOf(':');
      const principal = colon > 0 ? await clients.authenticate(decoded.slice(0, colon), decoded.slice(colon + 1)) : null;
      if (!principal) {
        res.setHeader('WWW-Authenticate', 'Basic realm="xapi", charset="UTF-8"');
        return next(LrsErrors.unauthenticated());
      }
      (res.locals.lrs as LrsRequest).principal = principal;
      next();
    } catch (error) {
      next(error);
    }
  };
}

function handleError(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  const status = (error as { status?: number; type?: string }).status;
  if (error instanceof LrsError || status === 413 || (error as { type?: string }).type === 'entity.too.large') {
    const lrsError = error instanceof LrsError ? error : LrsErrors.tooLarge();
    // The body may not have been read to its end: close rather than keep a half-read connection.
    if (!req.complete) res.setHeader('Connection', 'close');
    res.status(lrsError.status).json({ error: { status: lrsError.status, message: lrsError.message } });
    return;
  }
  if (status === 400) {
    res.status(400).json({ error: { status: 400, message: 'The request body could not be read.' } });
    return;
  }
  const requestId = crypto.randomUUID();
  console.error(`[xapi ${requestId}]`, error);
  res.status(500).json({ error: { status: 500, message: 'Internal error.', requestId } });
}

/** The parameters of the query string, each once (a repeated parameter is a 400). */
export function queryParameters(req: Request): Record<string, string> {
  const params: Record<string, string> = {};
  const url = new URL(req.originalUrl, 'http://lrs.invalid');
  for (const [name, value] of url.searchParams) {
    if (name in params) throw LrsErrors.badRequest(`the parameter ${name} is given twice`);
    params[name] = value;
  }
  return params;
}

/** Only these parameters, and these ones required. */
export function checkParameters(params: Record<string, string>, allowed: readonly string[], required: readonly string[] = []): void {
  const unknown = Object.keys(params).filter((n) => !allowed.includes(n));
  if (unknown.length > 0) throw LrsErrors.badRequest(`unknown parameter ${unknown.join(', ')}`);
  const missing = required.filter((n) => params[n] === undefined);
  if (missing.length > 0) throw LrsErrors.badRequest(`the parameter ${missing.join(', ')} is required`);
}

export function lrsOf(res: Response): LrsRequest {
  return res.locals.lrs as LrsRequest;
}

export function bodyOf(req: Request): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

/** Express 5 handlers may be async: a rejection goes to the error handler. */
export function handle(work: (req: Request, res: Response) => Promise<void> | void) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await work(req, res);
    } catch (error) {
      next(error);
    }
  };
}
