import { getBrowserClient } from '#lib/graphql/client.ts';
import { mediaUrls } from './media.ts';
import { DOWNLOADS_CACHE } from './names.ts';
import { ReserveOfflineAttemptMutation, ReviewSessionDownloadQuery } from './operations.ts';
import { getDownload, getReviewDownload, putDownload, putReviewDownload } from './store.ts';
import type { ModuleDownload, ModulePageData, ReviewDownload } from './types.ts';

/** The review page, stored with its download so that a reload without network finds it. */
export const REVIEW_PATH = '/revision';

/** The player's address for a downloaded attempt (the page is cached under it for offline reloads). */
export function playPath(slug: string, attemptId: string): string {
  return `/modules/${encodeURIComponent(slug)}/jouer?tentative=${encodeURIComponent(attemptId)}`;
}

/**
 * « Télécharger pour hors-ligne »: reserves this device's attempt (see the decision note), stores the
 * public content of its version in IndexedDB, its media in the Cache API, and the module's and
 * player's pages for a reload without network. A retry (same unfinished download) keeps its attempt.
 */
export async function downloadModule(userId: string, page: ModulePageData): Promise<ModuleDownload> {
  const previous = await getDownload(userId, page.slug);
  const downloadKey = previous && !previous.finishedAt ? previous.downloadKey : crypto.randomUUID();
  const { data } = await getBrowserClient().mutate({
    mutation: ReserveOfflineAttemptMutation,
    variables: { input: { moduleSlug: page.slug, downloadKey } },
  });
  if (!data) throw new Error('reserveOfflineAttempt returned no data');
  const attempt = data.reserveOfflineAttempt;

  const media = await keepFiles(mediaUrls(attempt.grains), [`/modules/${encodeURIComponent(page.slug)}`, playPath(page.slug, attempt.id)]);

  const download: ModuleDownload = {
    id: `${userId}/${page.slug}`,
    userId,
    slug: page.slug,
    title: page.title,
    downloadKey,
    attemptId: attempt.id,
    versionId: attempt.versionId,
    version: attempt.version,
    grains: attempt.grains,
    answers: attempt.answers,
    currentGrainIndex: previous?.attemptId === attempt.id ? previous.currentGrainIndex : attempt.currentGrainIndex,
    page,
    media,
    bytes: 0,
    downloadedAt: new Date().toISOString(),
    finishedAt: null,
  };
  const contentBytes = new Blob([JSON.stringify(download)]).size;
  download.bytes = contentBytes + media.reduce((sum, m) => sum + m.bytes, 0);
  await putDownload(download);
  return download;
}

/**
 * « Télécharger pour hors-ligne » on the day's review session: its items as the learner sees them
 * (public content: the correction comes only from answerReview), their media and the review page.
 * Downloading again replaces the session with today's (what was answered since has left it); outcomes
 * already known for items still in it are kept.
 */
export async function downloadReviewSession(userId: string): Promise<ReviewDownload> {
  // The client's default policy (no cache): a normalised cache would lose fields of the Element interface.
  const { data } = await getBrowserClient().query({ query: ReviewSessionDownloadQuery });
  if (!data) throw new Error('myReviewSession returned no data');
  const session = data.myReviewSession;
  const previous = await getReviewDownload(userId);
  const media = await keepFiles(mediaUrls([{ elements: session.items.map((item) => item.element) }]), [REVIEW_PATH]);
  const download: ReviewDownload = {
    id: userId,
    userId,
    dueCount: session.dueCount,
    items: session.items,
    outcomes: (previous?.outcomes ?? []).filter((o) => session.items.some((item) => item.cardId === o.cardId)),
    media,
    bytes: 0,
    downloadedAt: new Date().toISOString(),
  };
  download.bytes = new Blob([JSON.stringify(download)]).size + media.reduce((sum, m) => sum + m.bytes, 0);
  await putReviewDownload(download);
  return download;
}

/**
 * Keeps files in the downloads cache: media (each must come), and pages (kept when they come), so
 * that a reload without network finds them (the worker falls back to this cache).
 */
async function keepFiles(mediaList: readonly string[], pages: readonly string[]): Promise<{ url: string; bytes: number }[]> {
  // Asks the browser not to evict what the learner chose to keep (it may say no: nothing breaks).
  await navigator.storage?.persist?.().catch(() => false);
  const cache = await caches.open(DOWNLOADS_CACHE);
  const kept: { url: string; bytes: number }[] = [];
  for (const url of mediaList) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`media ${url}: ${response.status}`);
    kept.push({ url, bytes: (await response.clone().blob()).size });
    await cache.put(url, response);
  }
  for (const url of pages) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok || response.redirected) continue;
    kept.push({ url, bytes: (await response.clone().blob()).size });
    await cache.put(url, response);
  }
  return kept;
}

/** What the whole site keeps on this device, and how much the browser allows, when it says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return estimate?.usage !== undefined && estimate.quota !== undefined ? { usage: estimate.usage, quota: estimate.quota } : null;
}
