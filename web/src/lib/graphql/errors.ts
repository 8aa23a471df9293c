import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { MessageKey } from '#lib/i18n/index.ts';

/** Domain codes the api puts in `extensions.reason`; each has a sentence in the catalogues. */
export const KNOWN_REASONS = [
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'NOT_SIGNED_IN',
  'NOT_ALLOWED',
  'MODULE_NOT_FOUND',
  'ATTEMPT_NOT_FOUND',
  'ATTEMPT_COMPLETED',
  'ELEMENT_NOT_FOUND',
  'NOT_ANSWERABLE',
  'INVALID_RESPONSE',
  'STEP_NOT_REACHED',
  'IDEMPOTENCY_KEY_REUSED',
  'POSITIONING_NOT_FOUND',
  'POSITIONING_FINISHED',
  'UNKNOWN_COMPETENCY',
  'NOTHING_TO_TEST',
  'NOT_THE_CURRENT_ITEM',
  'OUT_OF_SCOPE',
  'COHORT_NOT_FOUND',
  'UNREADABLE_FILE',
  'BAD_DUE_DATE',
  'ASSIGNMENT_NOT_FOUND',
  'OWN_ADMIN_ROLE',
  'PERSON_NOT_FOUND',
  'INVALID_INPUT',
  'BAD_ORIGIN',
  'REVIEW_CARD_NOT_FOUND',
  'REVIEW_NOT_DUE',
  'REVIEW_ALREADY_DONE',
  'REVIEW_ITEM_GONE',
  'ACCOUNT_NOT_FOUND',
  'CONFIRMATION_MISMATCH',
  'STUDIO_MODULE_NOT_FOUND',
  'DRAFT_CONFLICT',
  'DRAFT_INVALID',
  'SLUG_TAKEN',
  'NOTHING_TO_PUBLISH',
  'MODULE_ARCHIVED',
  'MODULE_ALREADY_IN_STUDIO',
  'VERSION_NOT_FOUND',
  'CO_AUTHOR_NOT_ELIGIBLE',
  'OWNER_STAYS',
  'MODULE_FILE_INVALID',
  'VERSION_MISMATCH',
  // Issue 7: webinars.
  'WEBINAR_NOT_FOUND',
  'WEBINAR_BAD_SCHEDULE',
  'WEBINAR_AUDIENCE_REQUIRED',
  'WEBINAR_ROOM_URL_REQUIRED',
  'BBB_NOT_CONFIGURED',
  'BBB_UNAVAILABLE',
  'WEBINAR_CAPACITY_BELOW_REGISTERED',
  'WEBINAR_CANCELLED',
  'WEBINAR_OVER',
  'WEBINAR_NOT_REGISTERED',
  'WEBINAR_NOT_OPEN_YET',
  'QUESTION_NOT_FOUND',
  'POLL_NOT_FOUND',
  'POLL_CLOSED',
  'POLL_ALREADY_ANSWERED',
  'POLL_BAD_CHOICE',
  'PERSON_NOT_REGISTERED',
  // Issue 8: the learning record store's administration.
  'XAPI_CLIENT_NOT_FOUND',
  'XAPI_ENDPOINT_INVALID',
] as const;

/** GraphQL `extensions.code` values the api emits. */
export const KNOWN_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
] as const;

export interface ApiErrorInfo {
  code?: string;
  reason?: string;
  /** The request never got a GraphQL answer (offline, proxy or server down, timeout). */
  network: boolean;
  status?: number;
}

interface FormattedError {
  extensions?: Record<string, unknown>;
}

function fromGraphQLErrors(errors: ReadonlyArray<FormattedError>, status?: number): ApiErrorInfo {
  const first = errors[0];
  const code = first?.extensions?.['code'];
  const reason = first?.extensions?.['reason'];
  return {
    code: typeof code === 'string' ? code : undefined,
    reason: typeof reason === 'string' ? reason : undefined,
    network: false,
    status,
  };
}

/** Reads what the api said about a failed operation, whatever layer of Apollo Client reported it. */
export function describeError(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    // A non-2xx answer may still carry GraphQL errors (rate limiter, proxy); read them when it does.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) {
        return fromGraphQLErrors(body.errors, error.statusCode);
      }
    } catch {
      // not JSON: fall through
    }
    if (error.statusCode === 429) return { code: 'TOO_MANY_REQUESTS', network: false, status: 429 };
    return { network: error.statusCode >= 500, status: error.statusCode };
  }
  return { network: true };
}

function isKnown<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}

/** The catalogue key of the sentence to show: the domain reason first, then the GraphQL code. Never the server's text. */
export function errorMessageKey(error: unknown): MessageKey {
  const info = describeError(error);
  if (isKnown(KNOWN_REASONS, info.reason)) return `error.reason.${info.reason}`;
  if (isKnown(KNOWN_CODES, info.code)) return `error.code.${info.code}`;
  if (info.status !== undefined && info.status >= 502 && info.status <= 504) return 'error.unavailable';
  if (info.network) return 'error.network';
  return 'error.unknown';
}

/**
 * Whether sending the same request again may succeed and must reuse the same idempotency key:
 * the server may or may not have stored it (network loss, 5xx, rate limit).
 */
export function isRetryable(error: unknown): boolean {
  const info = describeError(error);
  if (info.code === 'TOO_MANY_REQUESTS' || info.code === 'INTERNAL_SERVER_ERROR') return true;
  if (info.code !== undefined || info.reason !== undefined) return false;
  return info.network || (info.status !== undefined && info.status >= 500);
}

export function isUnauthenticated(error: unknown): boolean {
  const info = describeError(error);
  return info.code === 'UNAUTHENTICATED' || info.reason === 'NOT_SIGNED_IN';
}

export function isNotFound(error: unknown): boolean {
  return describeError(error).code === 'NOT_FOUND';
}
