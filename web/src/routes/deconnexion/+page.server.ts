import { redirect } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import type { Actions } from './$types';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const actions = {
  default: async ({ fetch, cookies, locals }) => {
    const client = createApolloClient(fetch, { origin: locals.origin });
    try {
      await client.mutate({ mutation: SignOutMutation });
    } catch {
      // Signing out must always leave this browser signed out, even if the api did not answer.
      cookies.delete('sid', { path: '/', secure: locals.origin.startsWith('https:') });
    }
    redirect(303, '/connexion');
  },
} satisfies Actions;
