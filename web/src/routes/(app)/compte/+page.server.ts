import { fail } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { errorMessageKey } from '#lib/graphql/errors.ts';
import type { MessageKey } from '#lib/i18n/index.ts';
import { EraseMyAccountMutation } from './operations.ts';
import type { Actions } from './$types';

// Erasure is a form action: it works before the JavaScript has loaded. The api checks the word
// again and clears the session cookie (Kit passes its `set-cookie` on to the browser).
export const actions = {
  erase: async ({ request, fetch, locals }) => {
    const form = await request.formData();
    const confirmation = String(form.get('confirmation') ?? '').trim();
    if (!confirmation) return fail(400, { confirmation, errorKey: 'account.erase.missing' as MessageKey });

    const client = createApolloClient(fetch, { origin: locals.origin });
    try {
      await client.mutate({ mutation: EraseMyAccountMutation, variables: { confirmation } });
    } catch (cause) {
      return fail(400, { confirmation, errorKey: errorMessageKey(cause) });
    }
    return { erased: true };
  },
} satisfies Actions;
