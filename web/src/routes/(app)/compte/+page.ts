import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { MyAccountQuery } from './operations.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client.query({ query: MyAccountQuery, fetchPolicy: 'network-only' }).catch((cause) => failLoad(cause, url));
  return { account: data.myAccount };
}) satisfies PageLoad;
