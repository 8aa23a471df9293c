import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { PackageRefused } from './h5p.errors.js';
import {
  type ArchiveEntry,
  checkEntries,
  checkMainLibrary,
  type H5pManifest,
  mainLibraryJsonPath,
  type PackageLimits,
  parseManifest,
} from './package-rules.js';

/** `h5p.json` and `library.json` are a few kilobytes; more is not a manifest. */
const MAX_JSON_BYTES = 1024 * 1024;

export interface InspectedPackage {
  manifest: H5pManifest;
  /** The files to write, each checked (folders and hidden files left out). */
  files: ArchiveEntry[];
  /** The sum of their declared sizes. */
  expandedBytes: number;
}

interface OpenArchive {
  zip: ZipFile;
  entries: { raw: Entry; entry: ArchiveEntry }[];
}

/**
 * Reads the central directory of a `.h5p` held in memory, without extracting anything, and checks
 * it: entries, paths, links, file types, declared expanded size, `h5p.json` and the main library.
 * Throws PackageRefused with the first rule broken.
 */
export async function inspectPackage(buffer: Buffer, limits: PackageLimits): Promise<InspectedPackage> {
  const archive = await openArchive(buffer, limits);
  try {
    const files = checkEntries(
      archive.entries.map((e) => e.entry),
      limits,
    );
    const names = new Set(files.map((f) => f.name));
    const raw = (name: string) => archive.entries.find((e) => e.entry.name === name)!.raw;
    if (!names.has('h5p.json')) throw new PackageRefused('H5P_MANIFEST_MISSING');
    const manifest = parseManifest(await readSmall(archive.zip, raw('h5p.json')));
    const libraryJson = mainLibraryJsonPath(manifest, names);
    checkMainLibrary(manifest, await readSmall(archive.zip, raw(libraryJson)));
    if (!names.has('content/content.json')) throw new PackageRefused('H5P_CONTENT_MISSING');
    return { manifest, files, expandedBytes: files.reduce((sum, f) => sum + f.uncompressedSize, 0) };
  } finally {
    archive.zip.close();
  }
}

/**
 * Writes the checked files under `targetDir` (which must not exist), counting the bytes actually
 * inflated: an entry whose data outgrows its declared size, or a total past the limit, stops the
 * extraction and removes the folder (a lying header cannot fill the disk).
 */
export async function extractPackage(buffer: Buffer, inspected: InspectedPackage, targetDir: string, limits: PackageLimits): Promise<void> {
  const archive = await openArchive(buffer, limits);
  const wanted = new Map(inspected.files.map((f) => [f.name, f]));
  let written = 0;
  try {
    await fsp.mkdir(targetDir);
    for (const { raw, entry } of archive.entries) {
      const declared = wanted.get(entry.name);
      if (!declared) continue;
      const destination = path.join(targetDir, ...entry.name.split('/'));
      // Checked already; checked again at the last moment, on the path actually written.
      if (!destination.startsWith(targetDir + path.sep)) throw new PackageRefused('H5P_UNSAFE_PATH', entry.name);
      await fsp.mkdir(path.dirname(destination), { recursive: true });
      let entryBytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback: TransformCallback) {
          entryBytes += chunk.length;
          written += chunk.length;
          if (entryBytes > declared.uncompressedSize || written > limits.maxExpandedBytes) {
            callback(new PackageRefused('H5P_EXPANDED_TOO_LARGE', `${entry.name} inflates past its declared size`));
          } else callback(null, chunk);
        },
      });
      await pipeline(await openReadStream(archive.zip, raw), counter, fs.createWriteStream(destination, { flags: 'wx', mode: 0o644 }));
    }
  } catch (error) {
    await fsp.rm(targetDir, { recursive: true, force: true });
    if (error instanceof PackageRefused) throw error;
    // yauzl's own size and CRC checks: the data does not match the directory.
    if (error instanceof Error && /size|crc|too many|invalid/i.test(error.message)) {
      throw new PackageRefused('H5P_EXPANDED_TOO_LARGE', error.message);
    }
    throw error;
  } finally {
    archive.zip.close();
  }
}

function openArchive(buffer: Buffer, limits: PackageLimits): Promise<OpenArchive> {
  return new Promise((resolve, reject) => {
    // decodeStrings off: names are decoded below and judged by our rules, with our reason codes.
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false }, (error, zip) => {
      if (error || !zip) return reject(new PackageRefused('H5P_NOT_A_ZIP', error?.message));
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        return reject(new PackageRefused('H5P_TOO_MANY_ENTRIES', `${zip.entryCount} entries`));
      }
      const entries: OpenArchive['entries'] = [];
      zip.on('entry', (raw: Entry) => {
        const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, raw.fileName as unknown as Buffer, raw.extraFields, true);
        entries.push({
          raw,
          entry: {
            name,
            uncompressedSize: raw.uncompressedSize,
            externalFileAttributes: raw.externalFileAttributes,
            madeBy: raw.versionMadeBy >>> 8,
          },
        });
        if (raw.isEncrypted()) {
          zip.close();
          return reject(new PackageRefused('H5P_NOT_A_ZIP', `${name} is encrypted`));
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries }));
      zip.on('error', (cause: Error) => reject(new PackageRefused('H5P_NOT_A_ZIP', cause.message)));
      zip.readEntry();
    });
  });
}

function openReadStream(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(error ?? new Error('no stream')) : resolve(stream)));
  });
}

async function readSmall(zip: ZipFile, entry: Entry): Promise<string> {
  if (entry.uncompressedSize > MAX_JSON_BYTES) throw new PackageRefused('H5P_MANIFEST_INVALID', 'JSON file too large');
  const stream = await openReadStream(zip, entry).catch((error: Error) => {
    throw new PackageRefused('H5P_NOT_A_ZIP', error.message);
  });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_JSON_BYTES) throw new PackageRefused('H5P_MANIFEST_INVALID', 'JSON file too large');
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof PackageRefused) throw error;
    throw new PackageRefused('H5P_NOT_A_ZIP', (error as Error).message);
  }
  return Buffer.concat(chunks).toString('utf8');
}
