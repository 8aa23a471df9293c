import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { OFFLINE_DB } from './names.ts';
import type { ModuleDownload, QueueEntry, ReviewDownload } from './types.ts';

interface OfflineSchema extends DBSchema {
  downloads: { key: string; value: ModuleDownload; indexes: { byUser: string } };
  queue: { key: string; value: QueueEntry; indexes: { byAttempt: string } };
  /** Version 2: the day's review session, one per learner (a review's queue entry has no attempt: not in byAttempt). */
  reviews: { key: string; value: ReviewDownload };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

let opened: Promise<OfflineDb> | undefined;

/** The learner's offline store on this device (one database, opened once per page). */
export function offlineDb(): Promise<OfflineDb> {
  opened ??= openDB<OfflineSchema>(OFFLINE_DB, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('downloads', { keyPath: 'id' }).createIndex('byUser', 'userId');
        db.createObjectStore('queue', { keyPath: 'key' }).createIndex('byAttempt', 'attemptId');
      }
      if (oldVersion < 2) db.createObjectStore('reviews', { keyPath: 'id' });
    },
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}
