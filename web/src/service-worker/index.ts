import { assets, immutable } from '$app/manifest';
import { self } from '$app/service-worker';
import { DOWNLOADS_CACHE, NEVER_CACHED, PAGES_CACHE, SHELL_CACHE_PREFIX } from '#lib/offline/names.ts';

// Issue 9: the app shell (this build's JS and CSS, the static files) comes from the cache; pages are
// network first, falling back to the last copy the learner saw or downloaded; GraphQL and the other
// api paths are never cached; media come from a download when there is one. See
// docs/decisions/2026-11-29-offline.md.
const worker = self;
const ASSETS = new Set([...immutable, ...assets].map((file) => `/${file.path.replace(/^\//, '')}`));
/** Named after this build's files: a new build gets a new shell, and the old one goes on activate. */
const SHELL = `${SHELL_CACHE_PREFIX}${hash([...ASSETS].sort().join('\n'))}`;
/** Pages kept from visits, the most recent ones (a school PC's disk is not ours to fill). */
const MAX_PAGES = 60;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await (await caches.open(SHELL)).addAll([...ASSETS]);
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(SHELL_CACHE_PREFIX) && name !== SHELL) await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;

  // Signing out forgets the pages seen on this device (a shared computer); downloads stay until removed.
  if (request.method === 'POST' && url.pathname === '/deconnexion') {
    event.waitUntil(caches.delete(PAGES_CACHE));
    return;
  }
  if (request.method !== 'GET') return;
  if (ASSETS.has(url.pathname)) {
    event.respondWith(fromShell(request));
    return;
  }
  // Kit's few files without a hash in their name (its route manifest): fresh when online, kept for offline.
  if (url.pathname.startsWith('/_app/')) {
    event.respondWith(networkFirst(request, SHELL, event));
    return;
  }
  if (url.pathname.startsWith('/media/')) {
    event.respondWith(fromDownloads(request));
    return;
  }
  if (NEVER_CACHED.some((prefix) => url.pathname === prefix || url.pathname.startsWith(prefix))) return;
  if (request.mode === 'navigate') event.respondWith(page(request, event));
});

async function fromShell(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName: SHELL })) ?? fetch(request);
}

async function networkFirst(request: Request, cacheName: string, event: FetchEvent): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(caches.open(cacheName).then((cache) => cache.put(request, response.clone())));
    return response;
  } catch (offline) {
    const cached = await caches.match(request, { cacheName });
    if (cached) return cached;
    throw offline;
  }
}

/** A short, stable name for a list of files (FNV-1a). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** A downloaded file from the cache (with the byte range a video asks for), else the network, uncached. */
async function fromDownloads(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: DOWNLOADS_CACHE, ignoreSearch: true });
  if (!cached) return fetch(request);
  const range = request.headers.get('range');
  return range ? partial(cached, range) : cached;
}

async function partial(response: Response, range: string): Promise<Response> {
  const body = await response.blob();
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  const size = body.size;
  let start = match?.[1] ? Number(match[1]) : NaN;
  let end = match?.[2] ? Number(match[2]) : size - 1;
  if (Number.isNaN(start)) {
    // "bytes=-500": the last 500 bytes
    start = Math.max(size - end - 1, 0);
    end = size - 1;
  }
  if (!match || start >= size || start > end) {
    return new Response(null, { status: 416, headers: { 'content-range': `bytes */${size}` } });
  }
  end = Math.min(end, size - 1);
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: {
      'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
      'content-range': `bytes ${start}-${end}/${size}`,
      'content-length': String(end - start + 1),
      'accept-ranges': 'bytes',
    },
  });
}

/** Network first; offline, the last copy seen, else the downloaded one, else a page that says so. */
async function page(request: Request, event: FetchEvent): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && response.headers.get('content-type')?.startsWith('text/html')) {
      event.waitUntil(keepPage(request, response.clone()));
    }
    return response;
  } catch (offline) {
    const cached =
      (await caches.match(request, { cacheName: PAGES_CACHE })) ?? (await caches.match(request, { cacheName: DOWNLOADS_CACHE }));
    if (cached) return cached;
    const fallback = await caches.match('/hors-ligne.html', { cacheName: SHELL });
    if (fallback) return fallback;
    throw offline;
  }
}

async function keepPage(request: Request, response: Response): Promise<void> {
  const cache = await caches.open(PAGES_CACHE);
  await cache.put(request, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(keys.length - MAX_PAGES, 0))) await cache.delete(old);
}
