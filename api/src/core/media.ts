import path from 'node:path';
import express, { type Express } from 'express';

const MEDIA_FILE = /\.(svg|png|jpe?g|webp|gif|vtt|mp4|webm|mp3|ogg)$/i;

/**
 * Module media (images, captions, video) served from content/modules/<slug>/ on our own origin,
 * then from the folders of media uploaded in the studio (`<studioMediaDir>/<slug>/`).
 * Only media extensions, no dotfiles, no listing; the web forwards /media to here.
 */
export function serveModuleMedia(app: Express, contentDir: string, studioMediaDir?: string): void {
  app.use('/media/modules', (req, res, next) => {
    if (!MEDIA_FILE.test(req.path)) return void res.status(404).end();
    next();
  });
  const options: Parameters<typeof express.static>[1] = {
    dotfiles: 'deny',
    index: false,
    redirect: false,
    maxAge: '1h',
    setHeaders: (res) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // An SVG opened on its own runs no script.
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    },
  };
  app.use('/media/modules', express.static(path.join(contentDir, 'modules'), options));
  if (studioMediaDir) app.use('/media/modules', express.static(studioMediaDir, options));
}
