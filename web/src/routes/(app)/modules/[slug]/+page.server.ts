import { fail, redirect } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { errorMessageKey, isUnauthenticated } from '#lib/graphql/errors.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { signInPath } from '#lib/graphql/load.ts';
import type { Actions } from './$types';

const StartAttemptMutation = graphql(`
  mutation StartAttempt($moduleSlug: String!) {
    startAttempt(moduleSlug: $moduleSlug) {
      id
      status
    }
  }
`);

// A form action, so "Commencer" works before the page's JavaScript has arrived on a slow link.
// Kit has checked the form came from our origin; its fetch sends that origin on to the api.
export const actions = {
  default: async ({ fetch, params, url, locals }) => {
    const client = createApolloClient(fetch, { origin: locals.origin });
    try {
      await client.mutate({ mutation: StartAttemptMutation, variables: { moduleSlug: params.slug } });
    } catch (cause) {
      if (isUnauthenticated(cause)) redirect(303, signInPath(url));
      return fail(400, { errorKey: errorMessageKey(cause) });
    }
    redirect(303, `/modules/${encodeURIComponent(params.slug)}/jouer`);
  },
} satisfies Actions;
