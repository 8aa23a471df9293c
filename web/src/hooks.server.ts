import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { DEFAULT_LANG, isLang, LANG_COOKIE } from '#lib/i18n/index.ts';
import { isCrossSiteFormPost, publicOrigin } from '#lib/server/origin.ts';
import { forwardToApi, isApiPath } from '#lib/server/proxy.ts';

const API_URL = process.env.API_URL || 'http://127.0.0.1:4000';

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}

export const handle: Handle = async ({ event, resolve }) => {
  // The api checks the Origin of GraphQL mutations itself; the proxy passes it on untouched.
  if (isApiPath(event.url.pathname)) {
    return withSecurityHeaders(await forwardToApi(event, API_URL));
  }

  event.locals.origin = publicOrigin(event.url);
  if (isCrossSiteFormPost(event.request, event.locals.origin)) {
    return withSecurityHeaders(new Response('Cross-site form submissions are forbidden', { status: 403 }));
  }

  const lang = event.cookies.get(LANG_COOKIE);
  event.locals.lang = isLang(lang) ? lang : DEFAULT_LANG;

  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang),
    // Apollo reads the content type of the GraphQL answers that Kit inlines for hydration.
    filterSerializedResponseHeaders: (name) => name === 'content-type',
  });

  // Pages carry a learner's name and results, often on a shared school computer: keep them out of caches.
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    response.headers.set('cache-control', 'private, no-store');
  }
  return withSecurityHeaders(response);
};

export const handleError: HandleServerError = ({ kind, error, event }) => {
  // Expected errors (404, error(...) in a load) keep their body; anything unexpected is logged here
  // with an id and reaches the browser as Kit's generic "Internal Error", never with its details.
  if (kind === 'unknown') {
    console.error(`[web ${crypto.randomUUID()}] ${event.request.method} ${event.url.pathname}`, error);
  }
};
