import { fail, redirect } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { errorMessageKey } from '#lib/graphql/errors.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { safeRedirect } from '#lib/utils/url.ts';
import type { Actions } from './$types';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      displayName
    }
  }
`);

// Sign-in is a form action: it works before the JavaScript has loaded on a slow link (and the password
// can never end up in a URL). Kit's fetch goes through our /graphql proxy; the api's `set-cookie`
// on that answer is passed on to the browser by Kit.
export const actions = {
  default: async ({ request, fetch, url, locals }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) return fail(400, { email, errorKey: 'signin.missing' as const });

    const client = createApolloClient(fetch, { origin: locals.origin });
    try {
      await client.mutate({ mutation: SignInMutation, variables: { input: { email, password } } });
    } catch (cause) {
      return fail(400, { email, errorKey: errorMessageKey(cause) });
    }
    redirect(303, safeRedirect(url.searchParams.get('redirect')));
  },
} satisfies Actions;
