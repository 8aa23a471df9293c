import { offlineDb } from './db.ts';
import { DOWNLOADS_CACHE } from './names.ts';
import type { AnswerResultFieldsFragment } from '#lib/graphql/generated/graphql.ts';
import type { ModuleDownload, QueueEntry } from './types.ts';

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
  const others = (await db.getAll('downloads')).filter((d) => d.id !== download.id);
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

export async function queuedForAttempt(attemptId: string): Promise<QueueEntry[]> {
  return (await offlineDb()).getAllFromIndex('queue', 'byAttempt', attemptId);
}
