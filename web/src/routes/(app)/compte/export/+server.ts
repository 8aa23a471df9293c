import { redirect } from '@sveltejs/kit';
import { createApolloClient } from '#lib/graphql/client.ts';
import { describeError, isUnauthenticated } from '#lib/graphql/errors.ts';
import { signInPath } from '#lib/graphql/load.ts';
import { MyDataExportQuery } from '../operations.ts';
import type { RequestHandler } from './$types';

/** The learner's data as a JSON file to keep (RGPD: access and portability); the api records the export. */
export const GET: RequestHandler = async ({ fetch, url }) => {
  const client = createApolloClient(fetch);
  let json: string;
  try {
    const { data } = await client.query({ query: MyDataExportQuery, fetchPolicy: 'network-only' });
    json = data!.myDataExport;
  } catch (cause) {
    if (isUnauthenticated(cause)) redirect(303, signInPath(new URL('/compte', url)));
    const info = describeError(cause);
    return new Response('Export unavailable', { status: info.network ? 503 : 500 });
  }
  return new Response(json, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mes-donnees-continuite.json"',
      'cache-control': 'private, no-store',
    },
  });
};
