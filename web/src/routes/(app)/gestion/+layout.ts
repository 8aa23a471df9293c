import { error } from '@sveltejs/kit';
import type { LayoutLoad } from './$types';

// The manager's screens: the api checks every request; this only spares others a page of errors.
export const load = (async ({ parent }) => {
  const { me } = await parent();
  if (!me.roles.some((role) => role === 'MANAGER' || role === 'ADMIN')) error(403, 'Forbidden', { key: 'error.reason.NOT_ALLOWED' });
  return {};
}) satisfies LayoutLoad;
