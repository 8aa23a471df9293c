import { describe, expect, it } from 'vitest';
import { PackageRefused } from './h5p.errors.js';
import { type ArchiveEntry, checkEntries, isAllowedFile, isLinkOrSpecial, parseManifest, unsafePathProblem } from './package-rules.js';

const entry = (name: string, extra: Partial<ArchiveEntry> = {}): ArchiveEntry => ({
  name,
  uncompressedSize: 10,
  externalFileAttributes: (0o100644 << 16) >>> 0,
  madeBy: 3,
  ...extra,
});
const limits = { maxExpandedBytes: 1000, maxEntries: 5 };
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PackageRefused) return error.code;
    throw error;
  }
  return null;
};

describe('package rules', () => {
  it.each([
    '../evil.js',
    'a/../../evil.js',
    '/etc/passwd',
    'C:/x.js',
    'a\\..\\b.js',
    'a//b.js',
    './a.js',
    'a/./b.js',
    'a:stream.js',
    'a\u0000.js',
  ])('finds %j unsafe', (name) => {
    expect(unsafePathProblem(name)).not.toBeNull();
  });

  it('accepts the paths H5P writes', () => {
    expect(unsafePathProblem('H5P.MultiChoice-1.16/js/multichoice.js')).toBeNull();
    expect(unsafePathProblem('content/images/photo-1.png')).toBeNull();
    expect(unsafePathProblem('content/')).toBeNull();
  });

  it('tells links and special files from plain files and folders, on unix archives only', () => {
    expect(isLinkOrSpecial(entry('a', { externalFileAttributes: (0o120777 << 16) >>> 0 }))).toBe(true);
    expect(isLinkOrSpecial(entry('a', { externalFileAttributes: (0o010644 << 16) >>> 0 }))).toBe(true);
    expect(isLinkOrSpecial(entry('a'))).toBe(false);
    expect(isLinkOrSpecial(entry('a/', { externalFileAttributes: (0o040755 << 16) >>> 0 }))).toBe(false);
    expect(isLinkOrSpecial(entry('a', { madeBy: 0, externalFileAttributes: 0x20 }))).toBe(false);
  });

  it('allows scripts and styles in library folders only, and never server or executable files', () => {
    expect(isAllowedFile('H5P.Quiz-1.0/quiz.js')).toBe(true);
    expect(isAllowedFile('content/content.json')).toBe(true);
    expect(isAllowedFile('content/quiz.js')).toBe(false);
    expect(isAllowedFile('quiz.js')).toBe(false);
    for (const name of [
      'content/x.php',
      'H5P.Quiz-1.0/x.exe',
      'H5P.Quiz-1.0/x.sh',
      'content/x.html',
      'content/x.htm',
      'content/x.swf',
      'content/x',
    ])
      expect(isAllowedFile(name), name).toBe(false);
  });

  it('refuses too many entries, a path given twice, and a declared expanded size past the limit', () => {
    expect(
      refusal(() =>
        checkEntries(
          Array.from({ length: 6 }, (_, i) => entry(`content/${i}.json`)),
          limits,
        ),
      ),
    ).toBe('H5P_TOO_MANY_ENTRIES');
    expect(refusal(() => checkEntries([entry('content/a.json'), entry('content/A.json')], limits))).toBe('H5P_UNSAFE_PATH');
    expect(refusal(() => checkEntries([entry('content/a.json', { uncompressedSize: 1001 })], limits))).toBe('H5P_EXPANDED_TOO_LARGE');
  });

  it('skips hidden files and folders without writing them', () => {
    const files = checkEntries([entry('content/'), entry('content/a.json'), entry('__MACOSX/._a.json'), entry('.DS_Store')], limits);

    expect(files.map((f) => f.name)).toEqual(['content/a.json']);
  });

  it('reads h5p.json: title, main library among the preloaded dependencies, versions as numbers', () => {
    const manifest = parseManifest(
      JSON.stringify({
        title: ' Quiz ',
        mainLibrary: 'H5P.Quiz',
        preloadedDependencies: [{ machineName: 'H5P.Quiz', majorVersion: '1', minorVersion: 2 }],
      }),
    );

    expect(manifest).toEqual({
      title: 'Quiz',
      mainLibrary: 'H5P.Quiz',
      preloadedDependencies: [{ machineName: 'H5P.Quiz', majorVersion: 1, minorVersion: 2 }],
    });
    expect(
      refusal(() =>
        parseManifest(
          '{"title":"x","mainLibrary":"H5P.Quiz","preloadedDependencies":[{"machineName":"Other","majorVersion":1,"minorVersion":0}]}',
        ),
      ),
    ).toBe('H5P_MAIN_LIBRARY_MISSING');
    expect(refusal(() => parseManifest('{"mainLibrary":"H5P.Quiz"}'))).toBe('H5P_MANIFEST_INVALID');
  });
});
