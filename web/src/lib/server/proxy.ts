import type { RequestEvent } from '@sveltejs/kit';

/**
 * Paths the browser asks of the web that the api answers (one origin for the learner: no CORS, one
 * cookie). `/auth/` is the sign-in through the ENT, whose provider sends the browser back here;
 * `/h5p/` the package uploads and the sandboxed H5P player with its files (issue 6); `/xapi/` the
 * learning record store that other xAPI tools call (issue 8); `/webinars/` the calendar files of
 * webinars (issue 7). The WebSocket of the live pages (an upgrade on `/graphql`) cannot pass here:
 * `web/server.js` forwards it.
 */
export function isApiPath(pathname: string): boolean {
  return (
    pathname === '/graphql' ||
    pathname.startsWith('/media/') ||
    pathname.startsWith('/auth/') ||
    pathname.startsWith('/h5p/') ||
    pathname.startsWith('/xapi/') ||
    pathname.startsWith('/webinars/')
  );
}

// Hop-by-hop headers and those fetch recomputes. `accept-encoding` goes too: Node's fetch negotiates
// and decodes compression itself, so the body we hand back is never compressed.
const REQUEST_HEADERS_DROPPED = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
  'content-length',
  'accept-encoding',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'forwarded',
];
const RESPONSE_HEADERS_DROPPED = [
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'trailer',
  // fetch already decoded the body: these would describe bytes we no longer send
  'content-encoding',
  'content-length',
];

/**
 * Streams the request to the api and its answer back: method, body, headers with the cookie, the
 * learner's address in `x-forwarded-for` (the api limits sign-in attempts per address), and every
 * `set-cookie` of the answer (Headers keeps them apart).
 */
export async function forwardToApi(event: RequestEvent, apiUrl: string): Promise<Response> {
  const { request, url } = event;
  const target = new URL(url.pathname + url.search, apiUrl);

  const headers = new Headers(request.headers);
  for (const name of REQUEST_HEADERS_DROPPED) headers.delete(name);
  headers.set('x-forwarded-for', event.getClientAddress());
  headers.set('x-forwarded-host', url.host);
  headers.set('x-forwarded-proto', url.protocol.replace(':', ''));

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? request.body : undefined,
      redirect: 'manual',
      // required by Node's fetch to stream a request body
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit);
  } catch {
    return unavailable(url.pathname);
  }

  const responseHeaders = new Headers(upstream.headers);
  for (const name of RESPONSE_HEADERS_DROPPED) responseHeaders.delete(name);
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}

function unavailable(pathname: string): Response {
  if (pathname !== '/graphql') return new Response('Service unavailable', { status: 502 });
  const body = { errors: [{ message: 'The api cannot be reached.', extensions: { code: 'API_UNREACHABLE' } }] };
  return new Response(JSON.stringify(body), {
    status: 502,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
