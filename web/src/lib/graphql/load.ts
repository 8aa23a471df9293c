import { error, redirect } from '@sveltejs/kit';
import { describeError, errorMessageKey, isNotFound, isUnauthenticated } from './errors.ts';

/** Where a signed-out learner is sent, remembering the page to come back to. */
export function signInPath(url: URL): string {
  return `/connexion?redirect=${encodeURIComponent(url.pathname + url.search)}`;
}

/** Turns a query that failed inside a `load` into what the learner should see instead of the page. */
export function failLoad(cause: unknown, url: URL): never {
  if (isUnauthenticated(cause)) redirect(303, signInPath(url));
  const key = errorMessageKey(cause);
  if (isNotFound(cause)) error(404, 'Not found', { key });
  const info = describeError(cause);
  error(info.network || (info.status ?? 0) >= 500 ? 503 : 500, 'Request failed', { key });
}
