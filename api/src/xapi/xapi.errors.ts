import { DomainError } from '../core/errors.js';

/** Errors of the LRS's HTTP resources: the status the xAPI specification asks for, and a reason for the log and the client. */
export class LrsError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 412 | 413,
    message: string,
  ) {
    super(message);
  }
}

export const LrsErrors = {
  badRequest: (message: string) => new LrsError(400, message),
  unauthenticated: () => new LrsError(401, 'HTTP Basic credentials of an LRS client are required.'),
  forbidden: (message = 'These credentials do not allow this.') => new LrsError(403, message),
  notFound: (message = 'Not found.') => new LrsError(404, message),
  conflict: (message: string) => new LrsError(409, message),
  preconditionFailed: () => new LrsError(412, 'The precondition (If-Match or If-None-Match) failed.'),
  tooLarge: () => new LrsError(413, 'The request is larger than this LRS accepts.'),
};

/** Errors of the GraphQL side (LRS client administration) and of the internal recording API. */
export const XapiErrors = {
  organisationNotInScope: () => new DomainError('NOT_ALLOWED', 'FORBIDDEN', 'This organisation is not in your scope.'),
  clientNotFound: () => new DomainError('XAPI_CLIENT_NOT_FOUND', 'NOT_FOUND', 'No such LRS client.'),
  invalidStatement: (problems: string[]) =>
    new DomainError('XAPI_STATEMENT_INVALID', 'BAD_USER_INPUT', 'The statement is not valid xAPI.', { problems }),
  invalidEndpoint: (problem: string) =>
    new DomainError('XAPI_ENDPOINT_INVALID', 'BAD_USER_INPUT', 'This LRS endpoint cannot be used.', { problem }),
  notYourStatement: () =>
    new DomainError('XAPI_ACTOR_NOT_ALLOWED', 'FORBIDDEN', 'A learner may only record statements whose actor is that learner.'),
};
