import { redirect } from '@sveltejs/kit';
import { signInPath } from '#lib/graphql/load.ts';
import type { LayoutLoad } from './$types';

// Every page of this group is for a signed-in learner. `untrack` keeps this from re-running (and
// re-asking the api) on each navigation: only the sign-in state, refreshed on sign-in/out, matters.
export const load = (async ({ parent, url, untrack }) => {
  const { me } = await parent();
  if (!me)
    redirect(
      303,
      untrack(() => signInPath(url)),
    );
  return { me };
}) satisfies LayoutLoad;
