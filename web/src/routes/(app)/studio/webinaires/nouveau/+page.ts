import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { webinarFormChoices } from '../choices.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  return webinarFormChoices(client).catch((cause) => failLoad(cause, url));
}) satisfies PageLoad;
