import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { catalogues, loadCatalogue } from '#lib/i18n/index.ts';
import { errorMessageKey, isRetryable, isUnauthenticated, KNOWN_CODES, KNOWN_REASONS } from './errors.ts';

function graphQLError(code: string, reason?: string) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'Raw server text the learner must never see', extensions: { code, reason } }],
  });
}

function serverError(status: number, body = '') {
  return new ServerError(`status ${status}`, { response: new Response(body, { status }), bodyText: body });
}

describe('errorMessageKey', () => {
  it('uses the domain reason first', () => {
    expect(errorMessageKey(graphQLError('UNAUTHENTICATED', 'INVALID_CREDENTIALS'))).toBe('error.reason.INVALID_CREDENTIALS');
    expect(errorMessageKey(graphQLError('CONFLICT', 'ATTEMPT_COMPLETED'))).toBe('error.reason.ATTEMPT_COMPLETED');
  });

  it('falls back to the GraphQL code when the reason is unknown or absent', () => {
    expect(errorMessageKey(graphQLError('FORBIDDEN', 'SOMETHING_NEW'))).toBe('error.code.FORBIDDEN');
    expect(errorMessageKey(graphQLError('INTERNAL_SERVER_ERROR'))).toBe('error.code.INTERNAL_SERVER_ERROR');
  });

  it('reads GraphQL errors carried by a non-2xx answer', () => {
    const body = JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'TOO_MANY_REQUESTS' } }] });

    expect(errorMessageKey(serverError(429, body))).toBe('error.code.TOO_MANY_REQUESTS');
  });

  it('says the service is unavailable when the proxy cannot reach the api', () => {
    expect(errorMessageKey(serverError(502, '<html>Bad gateway</html>'))).toBe('error.unavailable');
  });

  it('says the network failed when no answer came back', () => {
    expect(errorMessageKey(new TypeError('fetch failed'))).toBe('error.network');
  });

  it('has a sentence in both languages for every reason and code the api sends', async () => {
    await loadCatalogue('en');
    for (const lang of ['fr', 'en'] as const) {
      for (const reason of KNOWN_REASONS) expect(catalogues[lang]).toHaveProperty([`error.reason.${reason}`]);
      for (const code of KNOWN_CODES) expect(catalogues[lang]).toHaveProperty([`error.code.${code}`]);
    }
  });
});

describe('isRetryable', () => {
  it('retries when the server may not have stored the request', () => {
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(serverError(503))).toBe(true);
    expect(isRetryable(graphQLError('INTERNAL_SERVER_ERROR'))).toBe(true);
    expect(isRetryable(graphQLError('TOO_MANY_REQUESTS'))).toBe(true);
  });

  it('does not retry what the server refused for good', () => {
    expect(isRetryable(graphQLError('BAD_USER_INPUT', 'INVALID_RESPONSE'))).toBe(false);
    expect(isRetryable(graphQLError('CONFLICT', 'ATTEMPT_COMPLETED'))).toBe(false);
    expect(isRetryable(graphQLError('UNAUTHENTICATED', 'NOT_SIGNED_IN'))).toBe(false);
  });
});

describe('isUnauthenticated', () => {
  it('recognises an expired session', () => {
    expect(isUnauthenticated(graphQLError('UNAUTHENTICATED', 'NOT_SIGNED_IN'))).toBe(true);
    expect(isUnauthenticated(graphQLError('FORBIDDEN', 'NOT_ALLOWED'))).toBe(false);
  });
});
