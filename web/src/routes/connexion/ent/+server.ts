import { redirect } from '@sveltejs/kit';
import { safeRedirect } from '#lib/utils/url.ts';
import type { RequestHandler } from './$types';

// The ENT button's address: the api's /auth/oidc/start (forwarded by hooks.server.ts) sends the
// browser on to the provider. Only a path of our site is passed on as the page to come back to.
export const GET: RequestHandler = ({ url }) => {
  const next = safeRedirect(url.searchParams.get('redirect'));
  redirect(303, `/auth/oidc/start?redirect=${encodeURIComponent(next)}`);
};
