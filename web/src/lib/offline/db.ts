import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { OFFLINE_DB } from './names.ts';
import type { ModuleDownload, QueueEntry } from './types.ts';

interface OfflineSchema extends DBSchema {
  downloads: { key: string; value: ModuleDownload; indexes: { byUser: string } };
  queue: { key: string; value: QueueEntry; indexes: { byAttempt: string } };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

let opened: Promise<OfflineDb> | undefined;

/** The learner's offline store on this device (one database, opened once per page). */
export function offlineDb(): Promise<OfflineDb> {
  opened ??= openDB<OfflineSchema>(OFFLINE_DB, 1, {
    upgrade(db) {
      db.createObjectStore('downloads', { keyPath: 'id' }).createIndex('byUser', 'userId');
      db.createObjectStore('queue', { keyPath: 'key' }).createIndex('byAttempt', 'attemptId');
    },
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}
