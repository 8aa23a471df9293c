import { redirect } from '@sveltejs/kit';
import { safeRedirect } from '#lib/utils/url.ts';
import type { PageLoad } from './$types';

export const load = (async ({ parent, url }) => {
  const { me } = await parent();
  const next = safeRedirect(url.searchParams.get('redirect'));
  if (me) redirect(303, next);
  return { next };
}) satisfies PageLoad;
