import { Catch, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';

/** How a domain error reaches the client: the GraphQL `extensions.code`. */
export type ErrorKind = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/**
 * A rule of a feature was not met. `reason` is a stable code from the feature's *.errors.ts that the
 * web turns into a French (then English) sentence; the message is for logs and API users only.
 */
export class DomainError extends Error {
  constructor(
    readonly reason: string,
    readonly kind: ErrorKind,
    message: string = reason,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const CoreErrors = {
  notSignedIn: () => new DomainError('NOT_SIGNED_IN', 'UNAUTHENTICATED', 'Sign in first.'),
  notAllowed: () => new DomainError('NOT_ALLOWED', 'FORBIDDEN', 'Your role does not allow this.'),
  invalidInput: (details?: Record<string, unknown>) =>
    new DomainError('INVALID_INPUT', 'BAD_USER_INPUT', 'The input is not valid.', details),
  badOrigin: () => new DomainError('BAD_ORIGIN', 'FORBIDDEN', 'Cross-site request refused.'),
};

const logger = new Logger('GraphQL');

const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** One mapping from thrown errors to what the client sees; anything unexpected becomes a generic error. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Duck-typed: graphql can be loaded twice (its CJS and ESM builds), and instanceof then fails.
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.kind, reason: original.reason, ...(original.details ? { details: original.details } : {}) },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code === 'BAD_REQUEST') {
    // Nest's ValidationPipe: say which inputs failed, not how the server is built.
    const messages = (formatted.extensions?.originalError as { message?: string[] | string } | undefined)?.message;
    return {
      message: 'The input is not valid.',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', details: { messages: [messages ?? []].flat() } },
    };
  }
  if (code && PASSTHROUGH_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code, reason: (formatted.extensions?.reason as string | undefined) ?? 'INVALID_INPUT' },
    };
  }
  // Nest's validation pipe and guards throw HttpExceptions.
  const status = (original as { status?: number } | undefined)?.status;
  if (status === 400)
    return { message: 'The input is not valid.', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' } };
  if (status === 403)
    return { message: 'Your role does not allow this.', path: formatted.path, extensions: { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' } };
  const requestId = crypto.randomUUID();
  logger.error(
    `[${requestId}] ${original instanceof Error ? (original.stack ?? original.message) : String(original ?? formatted.message)}`,
  );
  return { message: 'Internal error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
}

/** Domain errors are expected outcomes: hand them to formatError without logging them as crashes. */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
