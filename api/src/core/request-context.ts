import type { Request, Response } from 'express';
import type { CurrentUser } from './current-user.js';
import type { Loaders } from './loaders.js';

/** What every resolver can read: the HTTP exchange, the signed-in user (once the guard ran) and the per-request loaders. */
export interface RequestContext {
  req: Request;
  res: Response;
  user?: CurrentUser | null;
  loaders: Loaders;
}
