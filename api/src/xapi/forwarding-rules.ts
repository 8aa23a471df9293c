/** Pure rules of forwarding statements to an external LRS (issue 8). */

/** Statements per POST: the batch size LRSs commonly accept, well under their body limits. */
export const FORWARD_BATCH = 100;
const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 3600_000;

/**
 * When to try again after `failures` failed sends in a row: 30 s, then doubling up to one hour, and
 * never giving up: the statements after a failed batch wait for it, in order, until the other side
 * comes back or an admin fixes the settings.
 */
export function retryAfterFailure(now: Date, failures: number): Date {
  const wait = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_WAIT_MS);
  return new Date(now.getTime() + wait);
}

/** The Statements resource under an LRS endpoint, whether the admin wrote it with a final slash or not. */
export function statementsUrl(endpoint: string): URL {
  return new URL('statements', endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
}

/** An endpoint the api may send to: http(s) without credentials in it; https only in production. */
export function endpointProblem(endpoint: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'not an address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'an LRS is reached over http or https';
  if (production && url.protocol !== 'https:') return 'an LRS is reached over https';
  if (url.username || url.password) return 'give the key and secret apart, not in the address';
  if (url.search || url.hash) return 'the endpoint takes no query or fragment';
  return null;
}

/** A statement as sent on: what the receiving LRS sets itself (stored, authority) is left to it. */
export function statementToForward(statement: Record<string, any>): Record<string, any> {
  const { stored: _stored, authority: _authority, ...rest } = statement;
  return rest;
}

/** 2.0.0 when a statement of the batch was written in 2.0, else 1.0.3. */
export function versionOfBatch(statements: readonly Record<string, any>[]): string {
  return statements.some((s) => String(s.version ?? '').startsWith('2.')) ? '2.0.0' : '1.0.3';
}
