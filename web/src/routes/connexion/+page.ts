import { redirect } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { safeRedirect } from '#lib/utils/url.ts';
import type { PageLoad } from './$types';
import { ssoErrorKey } from './sso.ts';

const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      sso {
        label
      }
    }
  }
`);

export const load = (async ({ fetch, parent, url }) => {
  // Asked beside the layout's viewer query; without an answer the page still offers the password form.
  const sso = createApolloClient(fetch)
    .query({ query: SignInOptionsQuery })
    .then((result) => result.data?.signInOptions.sso ?? null)
    .catch(() => null);
  const { me } = await parent();
  const next = safeRedirect(url.searchParams.get('redirect'));
  if (me) redirect(303, next);
  return { next, sso: await sso, ssoErrorKey: ssoErrorKey(url.searchParams.get('erreur')) };
}) satisfies PageLoad;
