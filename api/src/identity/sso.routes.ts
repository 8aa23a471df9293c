import type { Express, Request, Response } from 'express';
import { setSessionCookie } from './session-cookie.js';
import type { SsoFailureCode } from './sso.errors.js';
import { PENDING_LOGIN_MS, type SsoService } from './sso.service.js';

/** The browser's key to its pending login; sent back only to these two routes. */
const FLOW_COOKIE = 'sso_flow';
const FLOW_PATH = '/auth/oidc';

/**
 * Plain HTTP routes of the sign-in through the ENT (the web forwards /auth to here):
 * `GET /auth/oidc/start?redirect=/path` sends the browser to the provider, and
 * `GET /auth/oidc/callback` takes its answer, opens the session and goes back to our site.
 * Every outcome is a redirect to one of our own paths, never to an address taken from the request.
 */
export function mountSsoRoutes(app: Express, sso: SsoService): void {
  const flowCookie = { httpOnly: true, sameSite: 'lax', secure: sso.cookieSecure, path: FLOW_PATH } as const;

  app.get('/auth/oidc/start', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const redirect = typeof req.query['redirect'] === 'string' ? req.query['redirect'] : undefined;
      const { key, authorizationUrl } = await sso.startLogin(redirect);
      res.cookie(FLOW_COOKIE, key, { ...flowCookie, maxAge: PENDING_LOGIN_MS });
      res.redirect(303, authorizationUrl);
    } catch (error) {
      signInPageWith(res, sso.failureOf(error).code);
    }
  });

  app.get('/auth/oidc/callback', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const key = (req.cookies as Record<string, string | undefined> | undefined)?.[FLOW_COOKIE];
    res.clearCookie(FLOW_COOKIE, flowCookie);
    try {
      const parameters = new URL(req.originalUrl, 'http://callback.invalid').searchParams;
      const { token, returnTo } = await sso.finishLogin(key, parameters);
      setSessionCookie(res, token, sso.cookieSecure);
      res.redirect(303, returnTo);
    } catch (error) {
      signInPageWith(res, sso.failureOf(error).code);
    }
  });
}

function signInPageWith(res: Response, code: SsoFailureCode): void {
  res.redirect(303, `/connexion?erreur=${code}`);
}
