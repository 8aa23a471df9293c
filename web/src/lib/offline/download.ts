import { getBrowserClient } from '#lib/graphql/client.ts';
import { mediaUrls } from './media.ts';
import { DOWNLOADS_CACHE } from './names.ts';
import { ReserveOfflineAttemptMutation } from './operations.ts';
import { getDownload, putDownload } from './store.ts';
import type { ModuleDownload, ModulePageData } from './types.ts';

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

  // Asks the browser not to evict what the learner chose to keep (it may say no: nothing breaks).
  await navigator.storage?.persist?.().catch(() => false);
  const cache = await caches.open(DOWNLOADS_CACHE);
  const media: ModuleDownload['media'] = [];
  for (const url of mediaUrls(attempt.grains)) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`media ${url}: ${response.status}`);
    media.push({ url, bytes: (await response.clone().blob()).size });
    await cache.put(url, response);
  }
  // The pages too, so that a reload without network finds them (the worker falls back to this cache).
  for (const url of [`/modules/${encodeURIComponent(page.slug)}`, playPath(page.slug, attempt.id)]) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok || response.redirected) continue;
    media.push({ url, bytes: (await response.clone().blob()).size });
    await cache.put(url, response);
  }

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

/** What the whole site keeps on this device, and how much the browser allows, when it says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return estimate?.usage !== undefined && estimate.quota !== undefined ? { usage: estimate.usage, quota: estimate.quota } : null;
}
