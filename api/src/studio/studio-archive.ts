import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { MAX_MEDIA_BYTES } from './studio-media.js';
import { MAX_DRAFT_LENGTH } from './studio.types.js';

/**
 * A module's folder as a zip (what the studio exports: `<slug>/module.yaml` and its media), read in
 * memory without writing anything. Only module.yaml and the files it names are inflated, each
 * within its limit, so a zip bomb elsewhere in the archive costs nothing.
 */

export type ArchiveRefusal =
  | 'ARCHIVE_NOT_A_ZIP'
  | 'ARCHIVE_TOO_LARGE'
  | 'ARCHIVE_TOO_MANY_ENTRIES'
  | 'ARCHIVE_NO_MODULE'
  | 'ARCHIVE_SEVERAL_MODULES'
  | 'ARCHIVE_MODULE_INVALID'
  | 'ARCHIVE_MEDIA_MISSING';

export class ArchiveRefused extends Error {
  /** `file`: the entry or media path concerned, when there is one. */
  constructor(
    readonly code: ArchiveRefusal,
    readonly file?: string,
  ) {
    super(file ? `${code}: ${file}` : code);
  }
}

/** The module folder and its media: 500 entries and 200 MB at most, as uploaded and as inflated. */
export const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024;
export const MAX_ARCHIVE_ENTRIES = 500;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export interface ModuleArchive {
  /** The text of module.yaml. */
  yaml: string;
  /** The bytes of a file of the module's folder (path relative to it), or null when the archive lacks it. */
  read(relativePath: string): Promise<Buffer | null>;
  close(): void;
}

/** Opens the archive and finds its one module.yaml (at the root, or in one folder). Throws ArchiveRefused. */
export async function openModuleArchive(buffer: Buffer): Promise<ModuleArchive> {
  if (buffer.length > MAX_ARCHIVE_BYTES) throw new ArchiveRefused('ARCHIVE_TOO_LARGE');
  const { zip, entries } = await readDirectory(buffer);
  try {
    const manifests = [...entries.keys()].filter((name) => /^(?:[^/]+\/)?module\.ya?ml$/.test(name));
    if (manifests.length === 0) throw new ArchiveRefused('ARCHIVE_NO_MODULE');
    if (manifests.length > 1) throw new ArchiveRefused('ARCHIVE_SEVERAL_MODULES');
    const manifest = manifests[0]!;
    const folder = manifest.slice(0, manifest.lastIndexOf('/') + 1);
    const yaml = (await inflate(zip, entries.get(manifest)!, MAX_DRAFT_LENGTH)).toString('utf8');
    let inflated = yaml.length;
    return {
      yaml,
      async read(relativePath) {
        const entry = entries.get(folder + relativePath);
        if (!entry) return null;
        const data = await inflate(zip, entry, MAX_MEDIA_BYTES);
        inflated += data.length;
        if (inflated > MAX_ARCHIVE_BYTES) throw new ArchiveRefused('ARCHIVE_TOO_LARGE', relativePath);
        return data;
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** The central directory: regular files by name (folders, links and hidden files left out). */
function readDirectory(buffer: Buffer): Promise<{ zip: ZipFile; entries: Map<string, Entry> }> {
  return new Promise((resolve, reject) => {
    // decodeStrings (the default) makes yauzl refuse absolute paths, "..", and backslashes.
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (error, zip) => {
      if (error || !zip) return reject(new ArchiveRefused('ARCHIVE_NOT_A_ZIP'));
      if (zip.entryCount > MAX_ARCHIVE_ENTRIES) {
        zip.close();
        return reject(new ArchiveRefused('ARCHIVE_TOO_MANY_ENTRIES'));
      }
      const entries = new Map<string, Entry>();
      zip.on('entry', (entry: Entry) => {
        const name = entry.fileName;
        const isLink = ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
        const hidden = name.split('/').some((segment) => segment.startsWith('.') || segment === '__MACOSX');
        if (entry.isEncrypted()) {
          zip.close();
          return reject(new ArchiveRefused('ARCHIVE_NOT_A_ZIP', name));
        }
        if (!name.endsWith('/') && !isLink && !hidden) entries.set(name, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries }));
      zip.on('error', () => reject(new ArchiveRefused('ARCHIVE_NOT_A_ZIP')));
      zip.readEntry();
    });
  });
}

/** One entry's bytes, refused past `maxBytes` whatever its header declares. */
function inflate(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) return Promise.reject(new ArchiveRefused('ARCHIVE_TOO_LARGE', entry.fileName));
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new ArchiveRefused('ARCHIVE_NOT_A_ZIP', entry.fileName));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          stream.destroy();
          reject(new ArchiveRefused('ARCHIVE_TOO_LARGE', entry.fileName));
        } else chunks.push(chunk);
      });
      // yauzl checks the inflated size against the header (validateEntrySizes) and the CRC.
      stream.on('error', () => reject(new ArchiveRefused('ARCHIVE_NOT_A_ZIP', entry.fileName)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}
