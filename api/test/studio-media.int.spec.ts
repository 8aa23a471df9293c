import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '@continuite/schemas/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';
import { REPO_ROOT } from '../src/core/config.js';
import { sampleModule } from '../src/studio/testing/sample-module.js';
import { startTestApi, type TestApi } from './harness.js';
import { unzip, zipOf } from './zip.js';
import { databaseKinds } from './test-database.js';

const ORIGIN = 'http://localhost:3000';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a tiny picture')]);
const CREATE = `mutation($input: CreateStudioModuleInput!) { createStudioModule(input: $input) { id revision } }`;
const SAVE = `mutation($input: SaveStudioDraftInput!) { saveStudioDraft(input: $input) { revision issues { path message blocking } } }`;
const PUBLISH = `mutation($id: ID!, $revision: Int!) { publishStudioModule(moduleId: $id, revision: $revision) { publishedVersion } }`;
const MEDIA = `query($id: ID!) { studioMedia(moduleId: $id) { path kind sizeBytes url } }`;
const DRAFT = `query($id: ID!) { studioDraft(moduleId: $id) { revision contentJson } }`;
const LEARNER_IMAGE = `query($slug: String!) { module(slug: $slug) { grains { elements { ... on ImageElement { src alt } } } } }`;

describe.each(databaseKinds())('media uploaded in the studio on %s', (kind) => {
  let api: TestApi;
  let base: string;
  let dataDir: string;
  let trainer: { cookie: string };

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'continuite-media-'));
    api = await startTestApi(kind, { dataDir, allowedOrigins: [ORIGIN] });
    base = api.url.replace(/\/graphql$/, '');
    trainer = await api.given.trainer();
  });
  afterAll(async () => {
    await api.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function newModule(who = trainer) {
    const slug = `medias-${randomUUID().slice(0, 8)}`;
    const result = await api.gql(CREATE, { input: { slug, title: 'Un module illustré' } }, { cookie: who.cookie });
    expect(result.errors).toBeUndefined();
    return { slug, ...(result.data?.createStudioModule as { id: string; revision: number }) };
  }

  async function upload(moduleId: string, file: { name: string; data: Buffer } | null, cookie?: string, origin = ORIGIN) {
    const form = new FormData();
    if (file) form.append('file', new Blob([new Uint8Array(file.data)]), file.name);
    else form.append('titre', 'sans fichier');
    const response = await fetch(`${base}/media/studio/${moduleId}`, {
      method: 'POST',
      body: form,
      headers: { origin, ...(cookie ? { cookie } : {}) },
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  const storedFiles = async (slug: string) => fs.readdir(path.join(dataDir, 'studio-media', slug)).catch(() => [] as string[]);

  it('keeps an image an author uploads under a clean name, lists it, lets the draft show it, and serves it once published', async () => {
    const module = await newModule();
    const uploaded = await upload(module.id, { name: 'Schéma du Réseau.PNG', data: PNG }, trainer.cookie);
    expect(uploaded).toEqual({
      status: 201,
      body: {
        file: {
          path: 'schema-du-reseau.png',
          kind: 'IMAGE',
          sizeBytes: PNG.length,
          url: `/media/modules/${module.slug}/schema-du-reseau.png`,
        },
      },
    });
    const listed = await api.gql(MEDIA, { id: module.id }, { cookie: trainer.cookie });
    expect(listed.data?.studioMedia).toEqual([uploaded.body.file]);

    const content = sampleModule(module.slug, {
      extra: [
        {
          id: 'illustration',
          type: 'lesson',
          title: 'Le réseau',
          elements: [{ type: 'image', id: 'schema', src: 'schema-du-reseau.png', alt: 'Le réseau de l’établissement' }],
        },
      ],
    });
    const saved = await api.gql(
      SAVE,
      { input: { moduleId: module.id, baseRevision: module.revision, contentJson: JSON.stringify(content) } },
      {
        cookie: trainer.cookie,
      },
    );
    expect(saved.data?.saveStudioDraft.issues.filter((issue: { blocking: boolean }) => issue.blocking)).toEqual([]);
    const published = await api.gql(PUBLISH, { id: module.id, revision: saved.data?.saveStudioDraft.revision }, { cookie: trainer.cookie });
    expect(published.data?.publishStudioModule.publishedVersion).toBe(1);

    const learner = await api.given.learner();
    const view = await api.gql(LEARNER_IMAGE, { slug: module.slug }, { cookie: learner.cookie });
    const image = view.data?.module.grains
      .flatMap((g: { elements: { src?: string }[] }) => g.elements)
      .find((e: { src?: string }) => e.src);
    expect(image).toEqual({ src: `/media/modules/${module.slug}/schema-du-reseau.png`, alt: 'Le réseau de l’établissement' });
    const served = await fetch(`${base}${image.src}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
    expect(served.headers.get('content-security-policy')).toContain('sandbox');

    // The version exports as its folder of content/: module.yaml and the image, which content:check accepts.
    const archive = await fetch(`${base}/media/studio/${module.id}/module.zip?version=1`, { headers: { cookie: trainer.cookie } });
    expect(archive.status).toBe(200);
    expect(archive.headers.get('content-disposition')).toBe(`attachment; filename="${module.slug}-v1.zip"`);
    const entries = await unzip(Buffer.from(await archive.arrayBuffer()));
    expect([...entries.keys()].sort()).toEqual([`${module.slug}/module.yaml`, `${module.slug}/schema-du-reseau.png`]);
    expect(entries.get(`${module.slug}/schema-du-reseau.png`)).toEqual(PNG);
    const contentRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'continuite-export-'));
    try {
      await fs.cp(path.join(REPO_ROOT, 'content/framework'), path.join(contentRoot, 'framework'), { recursive: true });
      for (const [name, data] of entries) {
        await fs.mkdir(path.dirname(path.join(contentRoot, 'modules', name)), { recursive: true });
        await fs.writeFile(path.join(contentRoot, 'modules', name), data);
      }
      const loaded = await loadContent(contentRoot);
      expect(loaded.errors).toEqual([]);
      expect(loaded.modules.map((m) => m.slug)).toEqual([module.slug]);
    } finally {
      await fs.rm(contentRoot, { recursive: true, force: true });
    }
    const stranger = await api.given.trainer();
    const refused = await fetch(`${base}/media/studio/${module.id}/module.zip`, { headers: { cookie: stranger.cookie } });
    expect(refused.status).toBe(404);
  });

  describe('importing a module folder as a zip', () => {
    const SVG_ACTIVE = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const illustrated = (slug: string, src = 'images/Schema_Reseau.png') =>
      sampleModule(slug, {
        extra: [
          { id: 'illustration', type: 'lesson', title: 'Le réseau', elements: [{ type: 'image', id: 'schema', src, alt: 'Le réseau' }] },
        ],
      });
    const yamlOf = (content: object) => stringifyYaml(content);

    async function importZip(zip: Buffer, cookie: string | null = trainer.cookie, query = '') {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(zip)]), 'module.zip');
      const response = await fetch(`${base}/media/studio/import${query}`, {
        method: 'POST',
        body: form,
        headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
      });
      return { status: response.status, body: (await response.json()) as any };
    }
    const draftOf = async (moduleId: string) =>
      (await api.gql(DRAFT, { id: moduleId }, { cookie: trainer.cookie })).data?.studioDraft as { revision: number; contentJson: string };
    const exported = async (moduleId: string) =>
      Buffer.from(
        await (await fetch(`${base}/media/studio/${moduleId}/module.zip`, { headers: { cookie: trainer.cookie } })).arrayBuffer(),
      );

    it('makes a new module of an exported folder, its media kept under clean names that the module follows', async () => {
      const slug = `import-${randomUUID().slice(0, 8)}`;
      const zip = await zipOf({
        [`${slug}/module.yaml`]: yamlOf(illustrated(slug)),
        [`${slug}/images/Schema_Reseau.png`]: PNG,
        [`${slug}/notes.txt`]: 'ignored',
      });

      const imported = await importZip(zip);

      expect(imported.status).toBe(201);
      expect(imported.body.module.slug).toBe(slug);
      const draft = await draftOf(imported.body.module.id);
      expect(JSON.parse(draft.contentJson).grains[1].elements[0].src).toBe('schema-reseau.png');
      expect(await storedFiles(slug)).toEqual(['schema-reseau.png']);
      expect(await fs.readFile(path.join(dataDir, 'studio-media', slug, 'schema-reseau.png'))).toEqual(PNG);
      const listed = await api.gql(MEDIA, { id: imported.body.module.id }, { cookie: trainer.cookie });
      expect(listed.data?.studioMedia.map((m: { path: string }) => m.path)).toEqual(['schema-reseau.png']);
    });

    it('gives back the same module when an export is imported over its own draft, reusing the same files', async () => {
      const slug = `import-${randomUUID().slice(0, 8)}`;
      const created = await importZip(
        await zipOf({ [`${slug}/module.yaml`]: yamlOf(illustrated(slug)), [`${slug}/images/Schema_Reseau.png`]: PNG }),
      );
      const moduleId = created.body.module.id as string;
      const before = await draftOf(moduleId);

      const again = await importZip(await exported(moduleId), trainer.cookie, `?moduleId=${moduleId}&baseRevision=${before.revision}`);
      const after = await draftOf(moduleId);

      expect(again.status).toBe(201);
      expect(JSON.parse(after.contentJson)).toEqual(JSON.parse(before.contentJson));
      expect(after.revision).toBe(before.revision + 1);
      expect(await storedFiles(slug)).toEqual(['schema-reseau.png']);

      // Another picture under the same name never replaces the one a version may show.
      const changed = Buffer.concat([PNG, Buffer.from(' retouchée')]);
      const third = await importZip(
        await zipOf({ 'module.yaml': yamlOf(illustrated(slug, 'schema-reseau.png')), 'schema-reseau.png': changed }),
        trainer.cookie,
        `?moduleId=${moduleId}&baseRevision=${after.revision}`,
      );
      expect(third.status).toBe(201);
      expect(JSON.parse((await draftOf(moduleId)).contentJson).grains[1].elements[0].src).toBe('schema-reseau-2.png');
      expect(await fs.readFile(path.join(dataDir, 'studio-media', slug, 'schema-reseau.png'))).toEqual(PNG);
      expect(await fs.readFile(path.join(dataDir, 'studio-media', slug, 'schema-reseau-2.png'))).toEqual(changed);
    });

    it('refuses a bad archive with its reason and the file concerned, and writes nothing', async () => {
      const slug = `import-${randomUUID().slice(0, 8)}`;
      const good = yamlOf(illustrated(slug));
      const refusals = [
        await importZip(Buffer.from('not a zip at all')),
        await importZip(await zipOf({ 'readme.txt': 'no module here' })),
        await importZip(await zipOf({ 'a/module.yaml': good, 'b/module.yaml': good })),
        await importZip(await zipOf({ 'module.yaml': yamlOf({ ...illustrated(slug), grains: 'none' }) })),
        await importZip(await zipOf({ 'module.yaml': good })),
        await importZip(await zipOf({ 'module.yaml': yamlOf(illustrated(slug, 'dessin.svg')), 'dessin.svg': SVG_ACTIVE })),
        await importZip(await zipOf({ 'module.yaml': yamlOf(illustrated(slug, 'photo.png')), 'photo.png': Buffer.from('MZ program') })),
        // 60 MB of zeros packs into a few kilobytes: refused from its declared size, never inflated.
        await importZip(
          await zipOf({ 'module.yaml': yamlOf(illustrated(slug, 'bombe.png')), 'bombe.png': Buffer.alloc(60 * 1024 * 1024) }),
        ),
      ];

      expect(refusals.map((r) => [r.status, r.body.error.code, r.body.error.file])).toEqual([
        [422, 'ARCHIVE_NOT_A_ZIP', null],
        [422, 'ARCHIVE_NO_MODULE', null],
        [422, 'ARCHIVE_SEVERAL_MODULES', null],
        [422, 'ARCHIVE_MODULE_INVALID', null],
        [422, 'ARCHIVE_MEDIA_MISSING', 'images/Schema_Reseau.png'],
        [422, 'MEDIA_SVG_ACTIVE', 'dessin.svg'],
        [422, 'MEDIA_CONTENT_MISMATCH', 'photo.png'],
        [413, 'ARCHIVE_TOO_LARGE', 'bombe.png'],
      ]);
      expect(await storedFiles(slug)).toEqual([]);
      const modules = await api.gql(`{ studioModules(first: 200) { slug } }`, {}, { cookie: trainer.cookie });
      expect(modules.data?.studioModules.map((m: { slug: string }) => m.slug)).not.toContain(slug);
    });

    it('imports only for trainers, into modules they author, over the revision they read', async () => {
      const slug = `import-${randomUUID().slice(0, 8)}`;
      const zip = await zipOf({ 'module.yaml': yamlOf(illustrated(slug)), 'images/Schema_Reseau.png': PNG });
      const created = await importZip(zip);
      const moduleId = created.body.module.id as string;
      const { revision } = await draftOf(moduleId);
      const learner = await api.given.learner();
      const stranger = await api.given.trainer();
      const other = `import-${randomUUID().slice(0, 8)}`;
      const otherZip = await zipOf({ 'module.yaml': yamlOf(illustrated(other, 'autre.png')), 'autre.png': PNG });

      const attempts = [
        await importZip(zip, null),
        await importZip(zip, learner.cookie),
        await importZip(zip),
        await importZip(otherZip, stranger.cookie, `?moduleId=${moduleId}&baseRevision=${revision}`),
        await importZip(otherZip, trainer.cookie, `?moduleId=${moduleId}&baseRevision=${revision - 1 || 99}`),
        await importZip(otherZip, trainer.cookie, `?moduleId=${moduleId}`),
      ];

      expect(attempts.map((a) => [a.status, a.body.error.code])).toEqual([
        [401, 'NOT_SIGNED_IN'],
        [403, 'NOT_ALLOWED'],
        [409, 'SLUG_TAKEN'],
        [404, 'STUDIO_MODULE_NOT_FOUND'],
        [409, 'DRAFT_CONFLICT'],
        [400, 'INVALID_INPUT'],
      ]);
      // The refused draft left no file behind.
      expect(await storedFiles(slug)).toEqual(['schema-reseau.png']);
      expect((await draftOf(moduleId)).revision).toBe(revision);
    });
  });

  it('never replaces a file: the same name uploaded again gets a new one', async () => {
    const module = await newModule();
    const first = await upload(module.id, { name: 'photo.png', data: PNG }, trainer.cookie);
    const second = await upload(module.id, { name: 'photo.png', data: Buffer.concat([PNG, Buffer.from('!')]) }, trainer.cookie);
    expect([first.body.file.path, second.body.file.path]).toEqual(['photo.png', 'photo-2.png']);
    expect(await fs.readFile(path.join(dataDir, 'studio-media', module.slug, 'photo.png'))).toEqual(PNG);
  });

  it('refuses, before writing anything, a file that is not media, a renamed program, an active SVG and an empty upload', async () => {
    const module = await newModule();
    const refusals = await Promise.all([
      upload(module.id, { name: 'programme.exe', data: Buffer.from('MZ program') }, trainer.cookie),
      upload(module.id, { name: 'photo.png', data: Buffer.from('MZ\x90\x00 program') }, trainer.cookie),
      upload(
        module.id,
        { name: 'dessin.svg', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') },
        trainer.cookie,
      ),
      upload(module.id, null, trainer.cookie),
    ]);
    expect(refusals.map((r) => [r.status, r.body.error.code])).toEqual([
      [422, 'MEDIA_TYPE_NOT_ALLOWED'],
      [422, 'MEDIA_CONTENT_MISMATCH'],
      [422, 'MEDIA_SVG_ACTIVE'],
      [422, 'MEDIA_FILE_MISSING'],
    ]);
    expect(await storedFiles(module.slug)).toEqual([]);
  });

  it('takes uploads only from an author of the module, signed in, from our own origin', async () => {
    const module = await newModule();
    const otherTrainer = await api.given.trainer();
    const learner = await api.given.learner();
    const file = { name: 'photo.png', data: PNG };
    const attempts = [
      await upload(module.id, file),
      await upload(module.id, file, learner.cookie),
      await upload(module.id, file, otherTrainer.cookie),
      await upload(module.id, file, trainer.cookie, 'https://evil.example'),
    ];
    expect(attempts.map((a) => [a.status, a.body.error.code])).toEqual([
      [401, 'NOT_SIGNED_IN'],
      [403, 'NOT_ALLOWED'],
      [404, 'STUDIO_MODULE_NOT_FOUND'],
      [403, 'BAD_ORIGIN'],
    ]);
    expect(await storedFiles(module.slug)).toEqual([]);
    const listed = await api.gql(MEDIA, { id: module.id }, { cookie: otherTrainer.cookie });
    expect(listed.errors?.[0]?.extensions?.reason).toBe('STUDIO_MODULE_NOT_FOUND');
  });
});
