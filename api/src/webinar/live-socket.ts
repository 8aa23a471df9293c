import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import { type ExecutionResult, GraphQLError, getOperationAST, parse } from 'graphql';
import type { Context } from 'graphql-ws';
import type { AppConfig } from '../core/config.js';
import { formatError } from '../core/errors.js';
import { Loaders } from '../core/loaders.js';
import type { RequestContext } from '../core/request-context.js';
import { SESSION_COOKIE } from '../identity/session-cookie.js';

type SocketContext = Context<Record<string, unknown> | undefined, unknown>;

const requestOf = (ctx: SocketContext) => (ctx.extra as { request: IncomingMessage & { cookies?: Record<string, string> } }).request;

function cookiesOf(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      // A cookie that is not ours and not encoded: ignored.
    }
  }
  return cookies;
}

/**
 * GraphQL subscriptions over graphql-ws on /graphql (the live page of webinars). The WebSocket
 * upgrade carries the session cookie and the page's Origin: a foreign origin or a missing session
 * closes the connection (4403), and the AuthGuard checks the session again at each subscribe, as
 * for HTTP. Only subscriptions go through the socket: queries and mutations stay on HTTP, with
 * their CSRF checks.
 */
export function liveSubscriptions(config: AppConfig) {
  return {
    'graphql-ws': {
      path: '/graphql',
      onConnect: (ctx: SocketContext) => {
        const { headers } = requestOf(ctx);
        if (headers.origin && !config.allowedOrigins.includes(headers.origin)) return false;
        return cookiesOf(headers.cookie)[SESSION_COOKIE] !== undefined;
      },
      onSubscribe: (_ctx: SocketContext, _id: string, payload: { query: string; operationName?: string | null }) => {
        try {
          const operation = getOperationAST(parse(payload.query), payload.operationName ?? undefined);
          if (operation?.operation !== 'subscription')
            return [
              new GraphQLError('Only subscriptions go through the socket.', {
                extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' },
              }),
            ];
        } catch {
          // graphql-ws reports the syntax error itself.
        }
        return undefined;
      },
      // Errors reach the socket's clients as they reach HTTP ones: a reason code, never a stack.
      onNext: (_ctx: SocketContext, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
    },
  };
}

/** The resolvers' context for an operation of the socket: the upgrade request, its cookies parsed as for HTTP. */
export function socketContext(ctx: SocketContext): RequestContext {
  const request = requestOf(ctx);
  request.cookies = cookiesOf(request.headers.cookie);
  return { req: request as unknown as Request, res: undefined as unknown as Response, loaders: new Loaders() };
}

export function isSocketContext(value: unknown): value is SocketContext {
  return typeof value === 'object' && value !== null && 'extra' in value && 'subscriptions' in value;
}
