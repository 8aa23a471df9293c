import type { Express, Request, Response } from 'express';
import { DomainError, type ErrorKind } from '../core/errors.js';
import { UploadUnreadable, readUploadedFile } from '../core/multipart-file.js';
import type { IdentityService } from '../identity/identity.service.js';
import { MAX_MEDIA_BYTES } from './studio-media.js';
import { ArchiveRefused, MAX_ARCHIVE_BYTES } from './studio-archive.js';
import { MediaRefused, type StudioMediaService } from './studio-media.service.js';
import type { ImportTarget } from './studio.service.js';

/** Multipart framing around the file: a boundary and a few headers. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * `POST /media/studio/<moduleId>`: an author uploads a media file for the module (multipart field
 * `file`). The web forwards /media to here. Answers 201 with the stored file, or the refusal's code.
 */
export function mountStudioMediaRoutes(app: Express, media: StudioMediaService, identity: IdentityService): void {
  // `GET /media/studio/<moduleId>/module.zip[?version=N]`: the module's folder (module.yaml and its media), for its authors.
  app.get('/media/studio/:moduleId/module.zip', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      const me = await identity.userForRequest(req);
      if (!me) return void res.status(401).json({ error: { code: 'NOT_SIGNED_IN' } });
      const version = typeof req.query['version'] === 'string' ? req.query['version'] : null;
      if (version !== null && !/^\d{1,6}$/.test(version)) return void res.status(404).json({ error: { code: 'VERSION_NOT_FOUND' } });
      const archive = await media.exportArchive(me, String(req.params['moduleId']), version === null ? null : Number(version));
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Disposition', `attachment; filename="${archive.filename}"`);
      res.send(archive.zip);
    } catch (error) {
      if (error instanceof DomainError) {
        return void res.status(error.kind === 'NOT_FOUND' ? 404 : 400).json({ error: { code: error.reason } });
      }
      console.error('[studio export]', error);
      res.status(500).json({ error: { code: 'INTERNAL' } });
    }
  });

  // `POST /media/studio/import[?moduleId=…&baseRevision=N]`: a module's folder as a zip (field `file`), as a new module or a draft.
  app.post('/media/studio/import', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      identity.assertAllowedOrigin(req.headers.origin);
      const me = await identity.userForRequest(req);
      if (!me) return void res.status(401).json({ error: { code: 'NOT_SIGNED_IN' } });
      if (!media.mayUpload(me)) return void res.status(403).json({ error: { code: 'NOT_ALLOWED' } });
      const target = importTarget(req.query);
      if (!target) return void res.status(400).json({ error: { code: 'INVALID_INPUT' } });
      if (Number(req.headers['content-length'] ?? 0) > MAX_ARCHIVE_BYTES + MULTIPART_OVERHEAD)
        throw new ArchiveRefused('ARCHIVE_TOO_LARGE');
      const file = await readUploadedFile(req, 'file', MAX_ARCHIVE_BYTES).catch((error: unknown) => {
        if (!(error instanceof UploadUnreadable)) throw error;
        throw new ArchiveRefused(error.reason === 'too-large' ? 'ARCHIVE_TOO_LARGE' : 'ARCHIVE_NOT_A_ZIP');
      });
      const module = await media.importArchive(me, file.data, target);
      res.status(201).json({ module: { id: module.id, slug: module.slug } });
    } catch (error) {
      if (error instanceof ArchiveRefused || error instanceof MediaRefused) {
        if (!req.complete) res.setHeader('Connection', 'close');
        const status = error.code === 'ARCHIVE_TOO_LARGE' || error.code === 'MEDIA_TOO_LARGE' ? 413 : 422;
        return void res.status(status).json({ error: { code: error.code, file: error.file ?? null } });
      }
      if (error instanceof DomainError) {
        return void res.status(IMPORT_STATUS[error.kind]).json({ error: { code: error.reason } });
      }
      console.error('[studio import]', error);
      res.status(500).json({ error: { code: 'INTERNAL' } });
    }
  });

  app.post('/media/studio/:moduleId', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      identity.assertAllowedOrigin(req.headers.origin);
      const me = await identity.userForRequest(req);
      if (!me) return void res.status(401).json({ error: { code: 'NOT_SIGNED_IN' } });
      if (!media.mayUpload(me)) return void res.status(403).json({ error: { code: 'NOT_ALLOWED' } });
      if (Number(req.headers['content-length'] ?? 0) > MAX_MEDIA_BYTES + MULTIPART_OVERHEAD) throw new MediaRefused('MEDIA_TOO_LARGE');
      const file = await readUploadedFile(req, 'file', MAX_MEDIA_BYTES).catch((error: unknown) => {
        if (!(error instanceof UploadUnreadable)) throw error;
        throw new MediaRefused(error.reason === 'too-large' ? 'MEDIA_TOO_LARGE' : 'MEDIA_FILE_MISSING');
      });
      const stored = await media.upload(me, String(req.params['moduleId']), file.filename, file.data);
      res.status(201).json({ file: stored });
    } catch (error) {
      if (error instanceof MediaRefused) {
        if (!req.complete) res.setHeader('Connection', 'close');
        return void res.status(error.code === 'MEDIA_TOO_LARGE' ? 413 : 422).json({ error: { code: error.code } });
      }
      if (error instanceof DomainError) {
        const status = error.reason === 'BAD_ORIGIN' ? 403 : error.kind === 'NOT_FOUND' ? 404 : 400;
        return void res.status(status).json({ error: { code: error.reason } });
      }
      console.error('[studio media upload]', error);
      res.status(500).json({ error: { code: 'INTERNAL' } });
    }
  });
}

const IMPORT_STATUS: Record<ErrorKind, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where an import goes, from the query: nothing (a new module), or a module and the revision replaced; null when malformed. */
function importTarget(query: Request['query']): ImportTarget | null {
  const { moduleId, baseRevision } = query;
  if (moduleId === undefined && baseRevision === undefined) return {};
  if (typeof moduleId !== 'string' || !UUID.test(moduleId) || typeof baseRevision !== 'string' || !/^[1-9]\d{0,8}$/.test(baseRevision)) {
    return null;
  }
  return { moduleId, baseRevision: Number(baseRevision) };
}
