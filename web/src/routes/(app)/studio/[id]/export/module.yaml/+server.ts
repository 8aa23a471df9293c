import { error, redirect } from '@sveltejs/kit';
import { attachmentDisposition } from '#lib/components/analytics/report-views.ts';
import { StudioExportQuery } from '#lib/components/studio/operations.ts';
import { createApolloClient } from '#lib/graphql/client.ts';
import { errorMessageKey, isNotFound, isUnauthenticated } from '#lib/graphql/errors.ts';
import { signInPath } from '#lib/graphql/load.ts';
import type { RequestHandler } from './$types';

/**
 * `/studio/<id>/export/module.yaml` (`?version=N` for a published version): the module as the file
 * content/modules/<slug>/module.yaml holds it. The api writes the file; this names it for the browser.
 */
export const GET: RequestHandler = async ({ fetch, params, url }) => {
  const version = url.searchParams.get('version');
  if (version !== null && !/^\d{1,6}$/.test(version)) error(404, 'Not found', { key: 'errorPage.notFoundText' });
  const client = createApolloClient(fetch);
  let file: { filename: string; yaml: string };
  try {
    const { data } = await client.query({
      query: StudioExportQuery,
      variables: { moduleId: params.id, version: version === null ? null : Number(version) },
    });
    file = data!.studioExport;
  } catch (cause) {
    if (isUnauthenticated(cause)) redirect(303, signInPath(new URL(url.pathname.replace(/\/export\/[^/]*$/, ''), url)));
    if (isNotFound(cause)) error(404, 'Not found', { key: errorMessageKey(cause) });
    error(500, 'Export failed', { key: errorMessageKey(cause) });
  }
  return new Response(file.yaml, {
    headers: {
      'content-type': 'application/yaml; charset=utf-8',
      'content-disposition': attachmentDisposition(file.filename),
      'cache-control': 'private, no-store',
    },
  });
};
