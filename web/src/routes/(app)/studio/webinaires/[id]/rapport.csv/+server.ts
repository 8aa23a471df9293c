import { error, redirect } from '@sveltejs/kit';
import { attachmentDisposition } from '#lib/components/analytics/report-views.ts';
import { createApolloClient } from '#lib/graphql/client.ts';
import { errorMessageKey, isNotFound, isUnauthenticated } from '#lib/graphql/errors.ts';
import { signInPath } from '#lib/graphql/load.ts';
import { ExportWebinarReportMutation } from '../operations.ts';
import type { RequestHandler } from './$types';

/**
 * `/studio/webinaires/<id>/rapport.csv`: attendance, poll results and questions of a webinar. The
 * api writes the file and records the export in the audit log; this only names it for the browser.
 */
export const GET: RequestHandler = async ({ fetch, params, url, locals, request }) => {
  // Each export is recorded in the audit log: another site may not start one (SameSite=Lax lets a link through).
  if (request.headers.get('sec-fetch-site') === 'cross-site') error(403, 'Forbidden', { key: 'error.reason.BAD_ORIGIN' });
  const client = createApolloClient(fetch, { origin: locals.origin });
  let file: { filename: string; csv: string };
  try {
    const { data } = await client.mutate({ mutation: ExportWebinarReportMutation, variables: { webinarId: params.id } });
    if (!data) throw new Error('exportWebinarReport returned no data');
    file = data.exportWebinarReport;
  } catch (cause) {
    if (isUnauthenticated(cause)) redirect(303, signInPath(new URL(url.pathname.replace(/\/rapport\.csv$/, ''), url)));
    if (isNotFound(cause)) error(404, 'Not found', { key: errorMessageKey(cause) });
    error(500, 'Export failed', { key: errorMessageKey(cause) });
  }
  return new Response(file.csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachmentDisposition(file.filename),
      // Names and presence of people: never kept by a cache.
      'cache-control': 'private, no-store',
    },
  });
};
