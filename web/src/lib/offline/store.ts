import { offlineDb } from './db.ts';
import { DOWNLOADS_CACHE } from './names.ts';
import type { AnswerResultFieldsFragment, ReviewOutcomeFieldsFragment } from '#lib/graphql/generated/graphql.ts';
import type { ModuleDownload, QueuedAttemptEntry, QueuedReview, QueueEntry, ReviewDownload } from './types.ts';

export const downloadId = (userId: string, slug: string) => `${userId}/${slug}`;

export async function getDownload(userId: string, slug: string): Promise<ModuleDownload | undefined> {
  return (await offlineDb()).get('downloads', downloadId(userId, slug));
}

export async function listDownloads(userId: string): Promise<ModuleDownload[]> {
  return (await offlineDb()).getAllFromIndex('downloads', 'byUser', userId);
}

export async function putDownload(download: ModuleDownload): Promise<void> {
  await (await offlineDb()).put('downloads', JSON.parse(JSON.stringify(download)) as ModuleDownload);
}

/** Keeps where the learner is, or that it finished, for the next offline visit. */
export async function updateDownload(
  userId: string,
  slug: string,
  change: Partial<Pick<ModuleDownload, 'currentGrainIndex' | 'finishedAt'>>,
) {
  const db = await offlineDb();
  const tx = db.transaction('downloads', 'readwrite');
  const download = await tx.store.get(downloadId(userId, slug));
  if (download) await tx.store.put({ ...download, ...change });
  await tx.done;
}

/** Keeps a correction with the download, so that an offline reload shows it. */
export async function addResult(userId: string, slug: string, result: AnswerResultFieldsFragment): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction('downloads', 'readwrite');
  const download = await tx.store.get(downloadId(userId, slug));
  if (download) {
    const answers = [
      ...download.answers.filter((a) => a.elementId !== result.elementId),
      JSON.parse(JSON.stringify(result)) as typeof result,
    ];
    await tx.store.put({ ...download, answers });
  }
  await tx.done;
}

/**
 * Removes a download and its media. Answers still waiting in the queue stay there and are sent:
 * removing what was downloaded never loses what the learner did.
 */
export async function removeDownload(userId: string, slug: string): Promise<void> {
  const db = await offlineDb();
  const download = await db.get('downloads', downloadId(userId, slug));
  if (!download) return;
  const others = [...(await db.getAll('downloads')).filter((d) => d.id !== download.id), ...(await db.getAll('reviews'))];
  const stillUsed = new Set(others.flatMap((d) => d.media.map((m) => m.url)));
  const cache = await caches.open(DOWNLOADS_CACHE);
  await Promise.all(download.media.filter((m) => !stillUsed.has(m.url)).map((m) => cache.delete(m.url)));
  await db.delete('downloads', download.id);
}

export async function enqueue(entry: QueueEntry): Promise<void> {
  // A plain copy: answers built from Svelte state are proxies, which IndexedDB cannot clone.
  await (await offlineDb()).put('queue', JSON.parse(JSON.stringify(entry)) as QueueEntry);
}

export async function dequeue(key: string): Promise<void> {
  await (await offlineDb()).delete('queue', key);
}

/** Everything waiting for the network, oldest first; a finish goes after the answers of its attempt. */
export async function queued(userId?: string): Promise<QueueEntry[]> {
  const all = await (await offlineDb()).getAll('queue');
  return all
    .filter((entry) => userId === undefined || entry.userId === userId)
    .sort((a, b) => Number(a.kind === 'finish') - Number(b.kind === 'finish') || a.at.localeCompare(b.at));
}

export async function queuedForAttempt(attemptId: string): Promise<QueuedAttemptEntry[]> {
  const entries = await (await offlineDb()).getAllFromIndex('queue', 'byAttempt', attemptId);
  return entries.filter((entry): entry is QueuedAttemptEntry => entry.kind !== 'review');
}

/** The learner's reviews waiting for the network (the day's session, played offline). */
export async function queuedReviews(userId: string): Promise<QueuedReview[]> {
  return (await queued(userId)).filter((entry): entry is QueuedReview => entry.kind === 'review');
}

export async function getReviewDownload(userId: string): Promise<ReviewDownload | undefined> {
  return (await offlineDb()).get('reviews', userId);
}

export async function putReviewDownload(download: ReviewDownload): Promise<void> {
  await (await offlineDb()).put('reviews', JSON.parse(JSON.stringify(download)) as ReviewDownload);
}

/** Keeps a review's outcome with the downloaded session: an offline reload shows the item as done. */
export async function addReviewOutcome(userId: string, outcome: ReviewOutcomeFieldsFragment): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction('reviews', 'readwrite');
  const download = await tx.store.get(userId);
  if (download?.items.some((item) => item.cardId === outcome.cardId)) {
    const outcomes = [
      ...download.outcomes.filter((o) => o.cardId !== outcome.cardId),
      JSON.parse(JSON.stringify(outcome)) as typeof outcome,
    ];
    await tx.store.put({ ...download, outcomes });
  }
  await tx.done;
}

/** Removes the downloaded review session and its files; reviews waiting in the queue stay and are sent. */
export async function removeReviewDownload(userId: string): Promise<void> {
  const db = await offlineDb();
  const download = await db.get('reviews', userId);
  if (!download) return;
  const others = [...(await db.getAll('downloads')), ...(await db.getAll('reviews')).filter((d) => d.id !== download.id)];
  const stillUsed = new Set(others.flatMap((d) => d.media.map((m) => m.url)));
  const cache = await caches.open(DOWNLOADS_CACHE);
  await Promise.all(download.media.filter((m) => !stillUsed.has(m.url)).map((m) => cache.delete(m.url)));
  await db.delete('reviews', download.id);
}
