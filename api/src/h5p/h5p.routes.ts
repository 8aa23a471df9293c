import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { DomainError } from '../core/errors.js';
import { UploadUnreadable, readUploadedFile } from '../core/multipart-file.js';
import type { IdentityService } from '../identity/identity.service.js';
import { PackageRefused } from './h5p.errors.js';
import type { H5pService } from './h5p.service.js';
import { CONTENT_EXTENSIONS, LIBRARY_EXTRA_EXTENSIONS, extensionOf } from './package-rules.js';

/**
 * The policy of the player page. `sandbox allow-scripts` (without allow-same-origin) gives the page
 * an opaque origin even when opened on its own: a package's script reads no cookie and no storage of
 * ours, and its requests to /graphql carry no session and an Origin of `null`, which the api refuses.
 */
export const PLAYER_CSP = [
  'sandbox allow-scripts',
  "default-src 'none'",
  "script-src 'self'",
  // H5P content types set inline styles; a style cannot read or send anything by itself.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'none'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Package files opened on their own (an SVG, an XML) run nothing on our origin either. */
const FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
const PACKAGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Multipart framing around the file: a boundary and a few headers. */
const MULTIPART_OVERHEAD = 64 * 1024;

const standaloneDir = path.join(path.dirname(createRequire(import.meta.url).resolve('h5p-standalone/package.json')), 'dist');
// The build leaves a source map comment: the frame would ask for a file we do not serve.
const frameScript = fs
  .readFileSync(new URL('./frame/player.js', import.meta.url), 'utf8')
  .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

/**
 * Plain HTTP routes of H5P (the web forwards /h5p to here):
 * - `POST /h5p/packages` a trainer uploads a `.h5p` (multipart field `package`), checked before anything is written;
 * - `GET /h5p/play/<id>` the player page, for a frame with sandbox="allow-scripts" only;
 * - `GET /h5p/standalone/…` h5p-standalone's files, served by us (no CDN), `GET /h5p/player.js` our frame script;
 * - `GET /h5p/content/<id>/…` the files of an extracted package.
 * The frame is cookieless, so the files it loads are public, addressed by the package's random id.
 */
export function mountH5pRoutes(app: Express, h5p: H5pService, identity: IdentityService): void {
  app.post('/h5p/packages', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      identity.assertAllowedOrigin(req.headers.origin);
      const me = await identity.userForRequest(req);
      if (!me) return void res.status(401).json({ error: { code: 'NOT_SIGNED_IN' } });
      if (!h5p.mayUpload(me)) return void res.status(403).json({ error: { code: 'NOT_ALLOWED' } });
      if (Number(req.headers['content-length'] ?? 0) > h5p.maxBytes + MULTIPART_OVERHEAD) throw new PackageRefused('H5P_TOO_LARGE');
      const file = await readUploadedFile(req, 'package', h5p.maxBytes).catch((error: unknown) => {
        if (!(error instanceof UploadUnreadable)) throw error;
        throw new PackageRefused(error.reason === 'too-large' ? 'H5P_TOO_LARGE' : 'H5P_FILE_MISSING');
      });
      const uploaded = await h5p.uploadPackage(me, file.data);
      res.status(201).json({ package: uploaded });
    } catch (error) {
      if (error instanceof PackageRefused) {
        // The body may not have been read to its end: close rather than keep a half-read connection.
        if (!req.complete) res.setHeader('Connection', 'close');
        return void res.status(error.code === 'H5P_TOO_LARGE' ? 413 : 422).json({ error: { code: error.code, detail: error.detail } });
      }
      if (error instanceof DomainError) {
        return void res.status(error.reason === 'BAD_ORIGIN' ? 403 : 400).json({ error: { code: error.reason } });
      }
      console.error('[h5p upload]', error);
      res.status(500).json({ error: { code: 'INTERNAL' } });
    }
  });

  app.get('/h5p/play/:id', async (req: Request, res: Response) => {
    const id = String(req.params['id']);
    const found = PACKAGE_ID.test(id) ? await h5p.playablePackage(id) : undefined;
    res.setHeader('Content-Security-Policy', PLAYER_CSP);
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!found) return void res.status(404).type('html').send('<!doctype html><title>Activité introuvable</title>');
    res.type('html').send(playerPage(found.id, found.title));
  });

  app.get('/h5p/player.js', (_req: Request, res: Response) => {
    publicAsset(res);
    res.type('text/javascript').send(frameScript);
  });

  app.use(
    '/h5p/standalone',
    express.static(standaloneDir, { dotfiles: 'deny', index: false, redirect: false, maxAge: '1d', setHeaders: publicAsset }),
  );

  app.use('/h5p/content', (req: Request, res: Response, next) => {
    const [, id, ...rest] = req.path.split('/');
    const file = rest.join('/');
    const extension = extensionOf(file);
    if (!id || !PACKAGE_ID.test(id) || !(CONTENT_EXTENSIONS.has(extension) || LIBRARY_EXTRA_EXTENSIONS.has(extension))) {
      return void res.status(404).end();
    }
    next();
  });
  app.use(
    '/h5p/content',
    express.static(h5p.root, {
      dotfiles: 'deny',
      index: false,
      redirect: false,
      // A package never changes under its id.
      maxAge: '1d',
      setHeaders: (res) => {
        publicAsset(res);
        res.setHeader('Content-Security-Policy', FILE_CSP);
      },
    }),
  );
}

/**
 * The frame's requests come from an opaque origin: they are cross-origin to us. Without credentials,
 * so `*` lets the player read its JSON and fonts, and CORP lets it embed scripts and images.
 */
function publicAsset(res: Response): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

function playerPage(id: string, title: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>html, body { margin: 0; padding: 0; background: #fff; } #h5p { min-height: 4rem; }</style>
<script src="/h5p/standalone/main.bundle.js"></script>
<script src="/h5p/player.js" defer></script>
</head>
<body>
<div id="h5p" data-package="${id}"></div>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
