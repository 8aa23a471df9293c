import { PackageRefused } from './h5p.errors.js';

/**
 * What a `.h5p` package may hold (issue 6). Pure: the archive reader feeds it the central
 * directory, and nothing touches the disk until every rule has passed.
 */

/**
 * H5P core's whitelist (H5PCore::$defaultContentWhitelist) less `swf`: Flash is gone and a .swf has
 * no place in a school's browser. Anything else, `php`, `exe`, `sh`, `html`… is refused.
 */
export const CONTENT_EXTENSIONS = new Set(
  (
    'json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg mp3 m4a wav txt pdf rtf doc docx xls xlsx ' +
    'ppt pptx odt ods odp xml csv diff patch md textile vtt webvtt gltf glb'
  ).split(' '),
);
/** H5P core's $defaultLibraryWhitelistExtras: scripts and styles, only inside a library folder. */
export const LIBRARY_EXTRA_EXTENSIONS = new Set(['js', 'css']);

export const MAX_ENTRIES = 2000;
const MAX_PATH_LENGTH = 255;
const MAX_SEGMENT_LENGTH = 128;

/** One entry of the archive's central directory, as the reader decoded it. */
export interface ArchiveEntry {
  /** The name exactly as stored, backslashes kept (they are refused, never converted). */
  name: string;
  uncompressedSize: number;
  /** The high 16 bits are the unix mode when the archive was made on unix (made-by host 3). */
  externalFileAttributes: number;
  /** The high byte of "version made by": 3 is unix, 0 is MS-DOS. */
  madeBy: number;
}

export interface PackageLimits {
  maxExpandedBytes: number;
  maxEntries: number;
}

export interface H5pDependency {
  machineName: string;
  majorVersion: number;
  minorVersion: number;
}

export interface H5pManifest {
  title: string;
  mainLibrary: string;
  preloadedDependencies: H5pDependency[];
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const UNIX_HOST = 3;

/** Symbolic links, and any other unix file type that is not a plain file or a folder (fifo, device…). */
export function isLinkOrSpecial(entry: ArchiveEntry): boolean {
  if (entry.madeBy !== UNIX_HOST) return false;
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (type === 0) return false; // no unix mode recorded
  return type === S_IFLNK || (type !== S_IFREG && type !== S_IFDIR);
}

export function isDirectory(entry: ArchiveEntry): boolean {
  return entry.name.endsWith('/');
}

/**
 * A path that stays inside the package folder once joined to it: relative, forward slashes only, no
 * `..` or `.` segment, no empty segment, no drive letter, no control character, no colon (an NTFS
 * stream), bounded lengths. Stricter than needed on purpose: H5P's own exports never come close.
 */
export function unsafePathProblem(name: string): string | null {
  const path = name.endsWith('/') ? name.slice(0, -1) : name;
  if (path.length === 0 || name.length > MAX_PATH_LENGTH) return 'empty or too long';
  if (path.includes('\\')) return 'backslash';
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'control character';
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path) || path.includes(':')) return 'absolute path';
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') return 'relative segment';
    if (segment.length > MAX_SEGMENT_LENGTH) return 'segment too long';
  }
  return null;
}

/** Hidden files and folders (`.DS_Store`, `__MACOSX/`) are skipped, as H5P core skips them: never written. */
export function isIgnored(name: string): boolean {
  return name.split('/').some((segment) => segment.startsWith('.') || segment === '__MACOSX');
}

export function extensionOf(name: string): string {
  const file = name.slice(name.lastIndexOf('/') + 1);
  const dot = file.lastIndexOf('.');
  return dot <= 0 ? '' : file.slice(dot + 1).toLowerCase();
}

/** Scripts and styles only in a library folder (any top folder but `content`), like H5P core. */
export function isAllowedFile(name: string): boolean {
  const extension = extensionOf(name);
  if (CONTENT_EXTENSIONS.has(extension)) return true;
  const top = name.split('/')[0];
  return name.includes('/') && top !== 'content' && LIBRARY_EXTRA_EXTENSIONS.has(extension);
}

/**
 * Every rule that the central directory alone can decide, in the order a trainer would fix them.
 * Returns the entries to extract (folders and ignored files left out).
 */
export function checkEntries(entries: readonly ArchiveEntry[], limits: PackageLimits): ArchiveEntry[] {
  if (entries.length > limits.maxEntries) throw new PackageRefused('H5P_TOO_MANY_ENTRIES', `${entries.length} entries`);
  const seen = new Set<string>();
  let expanded = 0;
  const files: ArchiveEntry[] = [];
  for (const entry of entries) {
    const problem = unsafePathProblem(entry.name);
    if (problem) throw new PackageRefused('H5P_UNSAFE_PATH', `${entry.name} (${problem})`);
    if (isLinkOrSpecial(entry)) throw new PackageRefused('H5P_LINK_ENTRY', entry.name);
    // Two entries for one path (or one differing by case only) would overwrite each other.
    const key = entry.name.toLowerCase().replace(/\/$/, '');
    if (seen.has(key)) throw new PackageRefused('H5P_UNSAFE_PATH', `${entry.name} (twice)`);
    seen.add(key);
    expanded += entry.uncompressedSize;
    if (expanded > limits.maxExpandedBytes)
      throw new PackageRefused('H5P_EXPANDED_TOO_LARGE', `more than ${limits.maxExpandedBytes} bytes`);
    if (isDirectory(entry) || isIgnored(entry.name)) continue;
    if (!isAllowedFile(entry.name)) throw new PackageRefused('H5P_FILE_TYPE_NOT_ALLOWED', entry.name);
    files.push(entry);
  }
  return files;
}

const MACHINE_NAME = /^[\w.-]{1,255}$/;

function version(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100_000 ? n : null;
}

/** `h5p.json`: a title, the main library, and the libraries it preloads (the main one among them). */
export function parseManifest(text: string): H5pManifest {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new PackageRefused('H5P_MANIFEST_INVALID', 'h5p.json is not JSON');
  }
  const data = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const title = typeof data['title'] === 'string' ? data['title'].trim() : '';
  if (!title) throw new PackageRefused('H5P_MANIFEST_INVALID', 'title');
  const mainLibrary = data['mainLibrary'];
  if (typeof mainLibrary !== 'string' || !MACHINE_NAME.test(mainLibrary)) throw new PackageRefused('H5P_MANIFEST_INVALID', 'mainLibrary');
  const raw = data['preloadedDependencies'];
  if (!Array.isArray(raw) || raw.length === 0) throw new PackageRefused('H5P_MANIFEST_INVALID', 'preloadedDependencies');
  const preloadedDependencies = raw.map((dependency: unknown, i) => {
    const d = (dependency && typeof dependency === 'object' ? dependency : {}) as Record<string, unknown>;
    const machineName = d['machineName'];
    const majorVersion = version(d['majorVersion']);
    const minorVersion = version(d['minorVersion']);
    if (typeof machineName !== 'string' || !MACHINE_NAME.test(machineName) || majorVersion === null || minorVersion === null) {
      throw new PackageRefused('H5P_MANIFEST_INVALID', `preloadedDependencies[${i}]`);
    }
    return { machineName, majorVersion, minorVersion };
  });
  if (!preloadedDependencies.some((d) => d.machineName === mainLibrary)) {
    throw new PackageRefused('H5P_MAIN_LIBRARY_MISSING', `${mainLibrary} is not among preloadedDependencies`);
  }
  return { title: title.slice(0, 255), mainLibrary, preloadedDependencies };
}

/** The folder of a library: `H5P.Example-1.2`, or `H5P.Example` (h5p-standalone accepts both). */
export function libraryFolders(dependency: H5pDependency): string[] {
  return [`${dependency.machineName}-${dependency.majorVersion}.${dependency.minorVersion}`, dependency.machineName];
}

/** The `library.json` of the main library that the package carries, or a refusal. */
export function mainLibraryJsonPath(manifest: H5pManifest, files: ReadonlySet<string>): string {
  const main = manifest.preloadedDependencies.find((d) => d.machineName === manifest.mainLibrary)!;
  const found = libraryFolders(main)
    .map((folder) => `${folder}/library.json`)
    .find((path) => files.has(path));
  if (!found) throw new PackageRefused('H5P_MAIN_LIBRARY_MISSING', `${libraryFolders(main)[0]}/library.json`);
  return found;
}

/** The main library's `library.json` names the same library and is JSON. */
export function checkMainLibrary(manifest: H5pManifest, text: string): void {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new PackageRefused('H5P_MAIN_LIBRARY_MISSING', 'library.json is not JSON');
  }
  if ((json as { machineName?: unknown } | null)?.machineName !== manifest.mainLibrary) {
    throw new PackageRefused('H5P_MAIN_LIBRARY_MISSING', 'library.json names another library');
  }
}
