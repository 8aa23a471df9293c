/**
 * The address learners use, e.g. `https://continuite.ac-exemple.fr`.
 *
 * adapter-node 6 builds the request URL as `https://<host>` unless a proxy header says otherwise, and
 * Kit 3 only takes a fixed origin at build time (`paths.origin`). The platform is built once and
 * started on any address (`ORIGIN`, the same value as the api's PUBLIC_URL), so the web reads it
 * when it starts; without it, the request's own origin is used (right behind a TLS proxy).
 */
export function publicOrigin(requestUrl: URL, env: Record<string, string | undefined> = process.env): string {
  const configured = env['ORIGIN'];
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // an unusable value must not open the door: fall back to the request's origin
    }
  }
  return requestUrl.origin;
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A form submitted to one of our pages from another site (CSRF). This is Kit's own rule, applied
 * with the runtime origin above; Kit's check is turned off in vite.config.ts because it would
 * compare against `https://…` on a plain-http start (local, e2e).
 */
export function isCrossSiteFormPost(request: Request, origin: string): boolean {
  if (!MUTATING.has(request.method)) return false;
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type && !FORM_TYPES.includes(type)) return false;
  return request.headers.get('origin') !== origin;
}
