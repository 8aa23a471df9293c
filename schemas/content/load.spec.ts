import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { auditContent, computeModuleStats, gradedItemsOfModule, isAnswerable, loadContent } from './index.js';
import { TINY_SVG, elementAt, validModule, validModuleV2 } from './testing/fixtures.js';

const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'contenu-'));
  await mkdir(path.join(root, 'framework'));
  await copyFile(path.join(REAL_CONTENT, 'framework/crcn.yaml'), path.join(root, 'framework/crcn.yaml'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes a module folder with the media the fixture module points to. */
async function givenModule(folder: string, data: unknown = { ...validModule(), slug: folder }, text?: string) {
  const dir = path.join(root, 'modules', folder);
  await mkdir(path.join(dir, 'images'), { recursive: true });
  await writeFile(path.join(dir, 'images/schema.svg'), TINY_SVG);
  await writeFile(path.join(dir, 'film.mp4'), '');
  await writeFile(path.join(dir, 'film.vtt'), 'WEBVTT\n');
  await writeFile(path.join(dir, 'module.yaml'), text ?? stringify(data));
  return dir;
}

describe('loadContent', () => {
  it('loads the content folder of the repository without any error', async () => {
    const loaded = await loadContent(REAL_CONTENT);

    expect(loaded.errors).toEqual([]);
    expect(loaded.framework?.domains).toHaveLength(5);
    expect(loaded.modules.length).toBeGreaterThanOrEqual(2);
  });

  it('finds at least 10 graded items in each module of the repository', async () => {
    const loaded = await loadContent(REAL_CONTENT);

    for (const { slug, module } of loaded.modules) {
      expect(gradedItemsOfModule(module).length, slug).toBeGreaterThanOrEqual(10);
    }
  });

  it('keeps the first question of the students cyberbullying module, which the end-to-end fixture copies', async () => {
    const loaded = await loadContent(REAL_CONTENT);

    const module = loaded.modules.find((m) => m.slug === 'cyberharcelement-temoin-tu-peux-agir')?.module;
    const first = module?.grains.flatMap((g) => g.elements).find(isAnswerable);

    expect(first).toMatchObject({ type: 'single-choice', id: 'q-qui-peut-signaler', answer: 'tout-temoin' });
  });

  it('returns a valid module with its file text and folder', async () => {
    const dir = await givenModule('bon-module');

    const loaded = await loadContent(root);

    expect(loaded.errors).toEqual([]);
    expect(loaded.modules).toEqual([
      expect.objectContaining({
        slug: 'bon-module',
        dir,
        file: 'modules/bon-module/module.yaml',
        raw: expect.stringContaining('slug: bon-module'),
      }),
    ]);
  });

  it('keeps good modules when another one is invalid', async () => {
    await givenModule('bon-module');
    await givenModule('mauvais-module', {
      ...validModule(),
      slug: 'mauvais-module',
      level: 12,
    });

    const loaded = await loadContent(root);

    expect(loaded.modules.map((m) => m.slug)).toEqual(['bon-module']);
    expect(loaded.errors).toEqual([
      expect.objectContaining({
        file: 'modules/mauvais-module/module.yaml',
        path: 'level',
        line: expect.any(Number),
      }),
    ]);
  });

  it('rejects a slug that differs from the folder name', async () => {
    await givenModule('dossier', { ...validModule(), slug: 'autre-nom' });

    const loaded = await loadContent(root);

    expect(loaded.modules).toEqual([]);
    expect(loaded.errors).toEqual([
      expect.objectContaining({
        path: 'slug',
        message: expect.stringContaining('« dossier »'),
      }),
    ]);
  });

  it('rejects a skill that the framework does not define', async () => {
    const data = { ...validModule(), slug: 'module' };
    elementAt(data, 1, 1).skill = '@inconnu3';
    await givenModule('module', data);

    const loaded = await loadContent(root);

    expect(loaded.modules).toEqual([]);
    expect(loaded.errors).toEqual([
      expect.objectContaining({
        path: 'grains[1].elements[1].skill',
        message: expect.stringContaining('« @inconnu3 »'),
      }),
    ]);
  });

  it('rejects an image file that is not in the module folder', async () => {
    const data = { ...validModule(), slug: 'module' };
    elementAt(data, 0, 1).src = 'absente.svg';
    await givenModule('module', data);

    const loaded = await loadContent(root);

    expect(loaded.errors).toEqual([
      expect.objectContaining({
        path: 'grains[0].elements[1].src',
        message: expect.stringContaining('introuvable'),
      }),
    ]);
  });

  it('rejects a scenario image file that does not exist, at its path in the step', async () => {
    const data = { ...validModuleV2(), slug: 'module' };
    const scenario = elementAt(data, 2, 4) as { steps: { image?: { src: string } }[] };
    scenario.steps[0]!.image!.src = 'absente.svg';
    await givenModule('module', data);

    const loaded = await loadContent(root);

    expect(loaded.errors).toEqual([
      expect.objectContaining({
        path: 'grains[2].elements[4].steps[0].image.src',
        message: expect.stringContaining('introuvable'),
        line: expect.any(Number),
      }),
    ]);
  });

  it('rejects a flashcards skill that the framework does not define', async () => {
    const data = { ...validModuleV2(), slug: 'module' };
    elementAt(data, 2, 3).skill = '@inconnu2';
    await givenModule('module', data);

    const loaded = await loadContent(root);

    expect(loaded.errors.map((e) => e.path)).toEqual(['grains[2].elements[3].skill']);
  });

  it('rejects a captions file that does not exist', async () => {
    const data = { ...validModule(), slug: 'module' };
    elementAt(data, 1, 3).captions = 'autre.vtt';
    await givenModule('module', data);

    const loaded = await loadContent(root);

    expect(loaded.errors.map((e) => e.path)).toEqual(['grains[1].elements[3].captions']);
  });

  it('rejects a media path with .. before touching the disk', async () => {
    const data = { ...validModule(), slug: 'module' };
    elementAt(data, 0, 1).src = '../secret.svg';
    await givenModule('module', data);

    const loaded = await loadContent(root);

    expect(loaded.errors).toEqual([
      expect.objectContaining({
        path: 'grains[0].elements[1].src',
        message: expect.stringContaining('« .. »'),
      }),
    ]);
  });

  it('rejects a symbolic link that leads out of the module folder', async () => {
    const dir = await givenModule('module');
    await writeFile(path.join(root, 'dehors.svg'), TINY_SVG);
    await rm(path.join(dir, 'images/schema.svg'));
    await symlink(path.join(root, 'dehors.svg'), path.join(dir, 'images/schema.svg'));

    const loaded = await loadContent(root);

    expect(loaded.errors.map((e) => e.message)).toEqual([expect.stringContaining('hors du dossier')]);
  });

  it('rejects an SVG that carries a script', async () => {
    const dir = await givenModule('module');
    await writeFile(path.join(dir, 'images/schema.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

    const loaded = await loadContent(root);

    expect(loaded.errors.map((e) => e.message)).toEqual([expect.stringContaining('script')]);
  });

  it('reports a YAML syntax error with its line, in French', async () => {
    await givenModule('module', null, 'slug: module\ntitle: Un titre : avec deux-points\n');

    const loaded = await loadContent(root);

    expect(loaded.errors).toEqual([
      expect.objectContaining({
        file: 'modules/module/module.yaml',
        line: 2,
        message: expect.stringContaining('guillemets'),
      }),
    ]);
  });

  it('points a schema error at the line of the key', async () => {
    const data = { ...validModule(), slug: 'module' };
    delete elementAt(data, 0, 1).alt;
    await givenModule('module', data);
    const lines = stringify(data).split('\n');
    const imageLine = lines.findIndex((l) => l.includes('type: image')) + 1;

    const loaded = await loadContent(root);

    expect(loaded.errors).toEqual([
      expect.objectContaining({
        path: 'grains[0].elements[1].alt',
        line: imageLine,
      }),
    ]);
  });

  it('reports a module folder without module.yaml', async () => {
    await mkdir(path.join(root, 'modules', 'vide'), { recursive: true });

    const loaded = await loadContent(root);

    expect(loaded.errors).toEqual([
      expect.objectContaining({
        file: 'modules/vide/module.yaml',
        message: expect.stringContaining('introuvable'),
      }),
    ]);
  });

  it('refuses modules when the framework is invalid, so that no skill goes unchecked', async () => {
    await writeFile(path.join(root, 'framework/crcn.yaml'), 'domains: []\n');
    await givenModule('module');

    const loaded = await loadContent(root);

    expect(loaded.framework).toBeNull();
    expect(loaded.modules).toEqual([]);
    expect(loaded.errors.map((e) => e.file)).toEqual(['framework/crcn.yaml', 'modules/module/module.yaml']);
  });
});

describe('computeModuleStats', () => {
  it('counts modules, graded items, competencies and skills, in total, per theme and per audience', async () => {
    await givenModule('module-a');
    await givenModule('module-b', { ...validModuleV2(), slug: 'module-b', theme: 'ent', audience: 'students' });

    const stats = computeModuleStats(await loadContent(root));

    const a = { modules: 1, gradedItems: 3, competenciesCovered: ['4.1'], skillsCovered: ['@motDePasse2', '@motDePasse3'] };
    const b = { modules: 1, gradedItems: 9, competenciesCovered: ['4.1'], skillsCovered: ['@motDePasse2', '@motDePasse3'] };
    expect(stats).toEqual({
      modules: 2,
      gradedItems: 12,
      competenciesCovered: ['4.1'],
      skillsCovered: ['@motDePasse2', '@motDePasse3'],
      byTheme: { cybersecurity: a, ent: b },
      byAudience: { staff: a, students: b },
    });
  });
});

describe('auditContent', () => {
  it('reports the catalogue bar with the line of the field', async () => {
    await givenModule('module');

    const errors = auditContent(await loadContent(root));

    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'modules/module/module.yaml', path: 'grains', message: expect.stringContaining('au moins 10') }),
        expect.objectContaining({ path: 'durationMinutes', line: expect.any(Number) }),
      ]),
    );
  });

  it('finds nothing to report in the content folder of the repository', async () => {
    const loaded = await loadContent(REAL_CONTENT);

    expect(auditContent(loaded)).toEqual([]);
  });
});
