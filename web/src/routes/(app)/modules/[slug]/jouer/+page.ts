import { error, redirect } from '@sveltejs/kit';
import { browser } from '$app/env';
import { createApolloClient } from '#lib/graphql/client.ts';
import { describeError } from '#lib/graphql/errors.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { failLoad } from '#lib/graphql/load.ts';
import type { PageLoad } from './$types';

const PlayerQuery = graphql(`
  query Player($slug: String!) {
    module(slug: $slug) {
      id
      slug
      title
      grains {
        ...PlayerGrain
      }
      myAttempt {
        id
        versionId
        status
        currentGrainIndex
        grainCount
        answers {
          ...AnswerResultFields
        }
      }
    }
  }
`);

/** A downloaded module plays its own attempt (issue 9), named in the address so that the page can be stored. */
const DownloadedAttemptQuery = graphql(`
  query DownloadedAttempt($id: ID!) {
    attempt(id: $id) {
      id
      versionId
      status
      currentGrainIndex
      grainCount
      grains {
        ...PlayerGrain
      }
      answers {
        ...AnswerResultFields
      }
      module {
        id
        slug
        title
      }
    }
  }
`);

function mergeAnswers<T extends { elementId: string }>(server: readonly T[], device: readonly T[]): T[] {
  const known = new Set(server.map((r) => r.elementId));
  return [...server, ...device.filter((r) => !known.has(r.elementId))];
}

export const load = (async ({ fetch, params, url, parent }) => {
  const client = createApolloClient(fetch);
  const attemptId = url.searchParams.get('tentative');
  if (attemptId) {
    const { me } = await parent();
    const summary = `/modules/${encodeURIComponent(params.slug)}/bilan?tentative=${encodeURIComponent(attemptId)}`;
    const local = browser
      ? await import('#lib/offline/store.ts').then((store) => store.getDownload(me.id, params.slug)).catch(() => undefined)
      : undefined;
    const download = local?.attemptId === attemptId ? local : undefined;
    const data = await client
      .query({ query: DownloadedAttemptQuery, variables: { id: attemptId } })
      .then((result) => result.data)
      .catch((cause: unknown) => (download && describeError(cause).network ? null : failLoad(cause, url)));
    if (data === null && download) {
      // Offline: everything comes from the download; answers already corrected come with it.
      return {
        userId: me.id,
        downloaded: true,
        module: { slug: download.slug, title: download.title, grains: download.grains },
        attempt: {
          id: download.attemptId,
          versionId: download.versionId,
          currentGrainIndex: download.currentGrainIndex,
          grainCount: download.grains.length,
          answers: download.answers,
        },
      };
    }
    const attempt = data?.attempt;
    if (!attempt || attempt.module.slug !== params.slug) error(404, 'Attempt not found', { key: 'error.reason.ATTEMPT_NOT_FOUND' });
    if (attempt.status !== 'IN_PROGRESS') redirect(303, summary);
    return {
      userId: me.id,
      downloaded: true,
      module: { slug: attempt.module.slug, title: attempt.module.title, grains: attempt.grains },
      // This device's position wins: moves made offline were never sent.
      attempt: {
        ...attempt,
        currentGrainIndex: download?.currentGrainIndex ?? attempt.currentGrainIndex,
        // A page stored earlier (offline reload) knows fewer corrections than this device.
        answers: download ? mergeAnswers(attempt.answers, download.answers) : attempt.answers,
      },
    };
  }

  const { data } = await client.query({ query: PlayerQuery, variables: { slug: params.slug } }).catch((cause) => failLoad(cause, url));
  const module = data.module;
  if (!module) error(404, 'Module not found', { key: 'error.reason.MODULE_NOT_FOUND' });
  // The player only plays an attempt in progress; starting one is a deliberate click on the module page.
  if (module.myAttempt?.status !== 'IN_PROGRESS') redirect(303, `/modules/${encodeURIComponent(module.slug)}`);
  const { me } = await parent();
  return { userId: me.id, downloaded: false, module, attempt: module.myAttempt };
}) satisfies PageLoad;
