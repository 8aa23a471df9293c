import { error } from '@sveltejs/kit';
import type { LayoutLoad } from './$types';

// The trainer studio: the api checks every request (role and authorship); this only spares others a page of errors.
export const load = (async ({ parent }) => {
  const { me } = await parent();
  if (!me.roles.some((role) => role === 'TRAINER' || role === 'ADMIN')) error(403, 'Forbidden', { key: 'error.reason.NOT_ALLOWED' });
  return {};
}) satisfies LayoutLoad;
