import { browser } from '$app/env';
import { createApolloClient } from '#lib/graphql/client.ts';
import { describeError } from '#lib/graphql/errors.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import type { ReviewItemFieldsFragment } from '#lib/graphql/generated/graphql.ts';
import { failLoad } from '#lib/graphql/load.ts';
import type { PageLoad } from './$types';

const ReviewSessionQuery = graphql(`
  query ReviewSession {
    myReviewSession {
      dueCount
      items {
        ...ReviewItemFields
      }
    }
  }
`);

interface ReviewPage {
  session: { dueCount: number; items: ReviewItemFieldsFragment[] };
  /** When the session shown comes from this device's download (offline, issue 9): when it was downloaded. */
  downloadedAt: string | null;
}

export const load = (async ({ fetch, url, parent }): Promise<ReviewPage> => {
  // Offline (issue 9): the session downloaded on this device. Checked first: a page reloaded from the
  // worker's cache carries the answer of its own time, which the learner may have reviewed since.
  const fromDevice = async (): Promise<ReviewPage | undefined> => {
    const { me } = await parent();
    const { getReviewDownload } = await import('#lib/offline/store.ts');
    const download = await getReviewDownload(me.id).catch(() => undefined);
    return download && { session: { dueCount: download.dueCount, items: download.items }, downloadedAt: download.downloadedAt };
  };
  if (browser && !navigator.onLine) {
    const local = await fromDevice();
    if (local) return local;
  }
  const client = createApolloClient(fetch);
  return client
    .query({ query: ReviewSessionQuery })
    .then(({ data }) => ({ session: data.myReviewSession, downloadedAt: null }))
    .catch(async (cause: unknown) => {
      const local = browser && describeError(cause).network ? await fromDevice() : undefined;
      return local ?? failLoad(cause, url);
    });
}) satisfies PageLoad;
