import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { H5pService } from '../src/h5p/h5p.service.js';
import { SKILL_41 } from './fixture-content.js';
import {
  FIXTURE_LIBRARY,
  FIXTURE_TITLE,
  fixtureEntries,
  fixturePackage,
  type PackEntry,
  packH5p,
  renameEntry,
  understateSize,
} from './h5p-fixture.js';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const ORIGIN = 'http://localhost:3000';
const KB = 1024;
const LIMITS = { maxBytes: 512 * KB, maxExpandedBytes: 1024 * KB };

const MODULE = `{ module(slug: "activite-h5p") { grains { elements { __typename id ... on H5pElement { skillId packageId title playerUrl } } } } }`;
const START = `mutation { startAttempt(moduleSlug: "activite-h5p") { id } }`;
const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) {
  elementId graded correct skillId response { h5p { scaled raw max success completion } } } }`;
const FINISH = `mutation($id: ID!) { finishAttempt(attemptId: $id) { score { correct total } evidence { competency { code } answers } } }`;
const STATE = `query($attemptId: ID!, $elementId: ID!) { h5pState(attemptId: $attemptId, elementId: $elementId) }`;
const SAVE_STATE = `mutation($input: SaveH5pStateInput!) { saveH5pState(input: $input) }`;
const PACKAGES = `{ h5pPackages { id title mainLibrary sizeBytes } }`;

function h5pModule(packageId: string): string {
  return `slug: activite-h5p
title: Une activité H5P
summary: Un quiz H5P et une question.
theme: cybersecurity
audience: staff
durationMinutes: 3
level: 2
objectives: [Répondre à un quiz H5P]
sources:
  - title: Une source
    url: https://example.org/source
grains:
  - id: activite
    type: activity
    title: À vous
    elements:
      - type: h5p
        id: quiz
        skill: '${SKILL_41}'
        package: ${packageId}
        title: Le quiz du mot de passe
      - type: single-choice
        id: q-robuste
        skill: '${SKILL_41}'
        prompt: Quel mot de passe est le plus robuste ?
        choices:
          - { id: court, text: "Azerty12" }
          - { id: phrase, text: "Une phrase de passe longue" }
        answer: phrase
        feedback: { correct: Oui., incorrect: Non. }
`;
}

/** Every file and folder under a directory, with sizes: what "nothing was written" compares. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const lines = await Promise.all(
    entries.map(async (e) => {
      const full = path.join(e.parentPath, e.name);
      return `${path.relative(dir, full)}${e.isDirectory() ? '/' : ` ${(await fs.stat(full)).size}`}`;
    }),
  );
  return lines.sort();
}

describe.each(databaseKinds())('H5P packages and activities on %s', (kind) => {
  let api: TestApi;
  let dataDir: string;
  let base: string;
  let trainer: { cookie: string; id: string };
  let packageId: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'continuite-h5p-'));
    api = await startTestApi(kind, { dataDir, allowedOrigins: [ORIGIN], h5p: LIMITS });
    base = api.url.replace(/\/graphql$/, '');
    trainer = await api.given.trainer();
    const uploaded = await upload(await fixturePackage(), trainer.cookie);
    packageId = uploaded.body.package.id;
    await api.content.writeModule('activite-h5p', h5pModule(packageId));
    await api.importer.importDirectory(api.content.dir);
  });
  afterAll(async () => {
    await api.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function upload(file: Buffer | null, cookie?: string, headers: Record<string, string> = { origin: ORIGIN }) {
    const form = new FormData();
    if (file) form.append('package', new Blob([new Uint8Array(file)]), 'activite.h5p');
    else form.append('title', 'sans fichier');
    const response = await fetch(`${base}/h5p/packages`, {
      method: 'POST',
      body: form,
      headers: { ...(cookie ? { cookie } : {}), ...headers },
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  async function packageCount(): Promise<number> {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM h5p_packages`.execute(api.db);
    return rows[0]!.n;
  }

  describe('upload', () => {
    it('extracts a valid package under DATA_DIR/h5p/<id> and records it for the trainer’s organisation', async () => {
      const row = await api.db.selectFrom('h5p_packages').selectAll().where('id', '=', packageId).executeTakeFirstOrThrow();
      const files = await snapshot(path.join(dataDir, 'h5p', packageId));
      const listed = await api.gql(PACKAGES, {}, { cookie: trainer.cookie });

      expect(row).toMatchObject({
        title: FIXTURE_TITLE,
        main_library: `${FIXTURE_LIBRARY} 1.0`,
        uploaded_by: trainer.id,
        organisation_id: api.organisationId,
      });
      expect(files).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^h5p\.json \d+$/),
          expect.stringMatching(/^content\/content\.json \d+$/),
          expect.stringMatching(new RegExp(`^${FIXTURE_LIBRARY}-1\\.0/quiz\\.js \\d+$`)),
        ]),
      );
      expect(await snapshot(path.join(dataDir, 'h5p'))).not.toContainEqual(expect.stringMatching(/staging/));
      expect(listed.data?.h5pPackages).toContainEqual(
        expect.objectContaining({ id: packageId, title: FIXTURE_TITLE, mainLibrary: `${FIXTURE_LIBRARY} 1.0` }),
      );
    });

    const withEntry = (entry: PackEntry) => packH5p([...fixtureEntries(), entry]);
    const without = (drop: (name: string) => boolean) => packH5p(fixtureEntries().filter((e) => !drop(e.name)));
    const manifest = (data: object | string) =>
      packH5p([{ name: 'h5p.json', data: typeof data === 'string' ? data : JSON.stringify(data) }, ...fixtureEntries().slice(1)]);
    const spaces = (bytes: number) => Buffer.alloc(bytes, ' ');

    it.each<[string, () => Promise<Buffer | null>, string]>([
      [
        'zip slip (../evil.js)',
        async () => renameEntry(await withEntry({ name: 'xx/evil.js', data: 'alert(1)' }), 'xx/evil.js', '../evil.js'),
        'H5P_UNSAFE_PATH',
      ],
      [
        'an absolute path',
        async () => renameEntry(await withEntry({ name: 'aetc/evil.js', data: 'x' }), 'aetc/evil.js', '/etc/evil.js'),
        'H5P_UNSAFE_PATH',
      ],
      [
        'a backslash path',
        async () => renameEntry(await withEntry({ name: 'xxxevil.js', data: 'x' }), 'xxxevil.js', '..\\evil.js'),
        'H5P_UNSAFE_PATH',
      ],
      [
        'a zip bomb (one entry past the expanded limit)',
        () => withEntry({ name: 'content/bomb.json', data: spaces(2 * LIMITS.maxExpandedBytes) }),
        'H5P_EXPANDED_TOO_LARGE',
      ],
      [
        'a lying header (declared small, inflates large)',
        async () =>
          understateSize(
            await withEntry({ name: 'content/bomb.json', data: spaces(LIMITS.maxExpandedBytes - 64 * KB) }),
            'content/bomb.json',
            10,
          ),
        'H5P_EXPANDED_TOO_LARGE',
      ],
      ['a .php entry', () => withEntry({ name: 'content/evil.php', data: '<?php system($_GET["c"]);' }), 'H5P_FILE_TYPE_NOT_ALLOWED'],
      ['an .exe entry', () => withEntry({ name: `${FIXTURE_LIBRARY}-1.0/setup.exe`, data: 'MZ' }), 'H5P_FILE_TYPE_NOT_ALLOWED'],
      ['an .html entry', () => withEntry({ name: 'content/page.html', data: '<script>x</script>' }), 'H5P_FILE_TYPE_NOT_ALLOWED'],
      ['a script in the content folder', () => withEntry({ name: 'content/evil.js', data: 'x' }), 'H5P_FILE_TYPE_NOT_ALLOWED'],
      ['a symbolic link entry', () => withEntry({ name: 'content/link.json', data: '/etc/passwd', mode: 0o120777 }), 'H5P_LINK_ENTRY'],
      ['no h5p.json', () => without((name) => name === 'h5p.json'), 'H5P_MANIFEST_MISSING'],
      ['an h5p.json that is not JSON', () => manifest('{ title: '), 'H5P_MANIFEST_INVALID'],
      ['an h5p.json without mainLibrary', () => manifest({ title: 'x', preloadedDependencies: [] }), 'H5P_MANIFEST_INVALID'],
      ['the main library missing', () => without((name) => name.startsWith(FIXTURE_LIBRARY)), 'H5P_MAIN_LIBRARY_MISSING'],
      ['no content.json', () => without((name) => name === 'content/content.json'), 'H5P_CONTENT_MISSING'],
      [
        'more than 2,000 entries',
        () => packH5p([...fixtureEntries(), ...Array.from({ length: 2000 }, (_, i) => ({ name: `content/f${i}.json`, data: '{}' }))]),
        'H5P_TOO_MANY_ENTRIES',
      ],
      ['a file that is not a zip', async () => Buffer.from('PK? not really a zip'), 'H5P_NOT_A_ZIP'],
      ['a file past H5P_MAX_BYTES', async () => randomBytes(LIMITS.maxBytes + KB), 'H5P_TOO_LARGE'],
      ['a form without file', async () => null, 'H5P_FILE_MISSING'],
    ])('refuses %s with its reason and writes nothing', async (_, build, code) => {
      const file = await build();
      const before = await snapshot(dataDir);
      const rows = await packageCount();

      const result = await upload(file, trainer.cookie);

      expect(result.body.error?.code).toBe(code);
      expect(result.status).toBe(code === 'H5P_TOO_LARGE' ? 413 : 422);
      expect(await snapshot(dataDir)).toEqual(before);
      expect(await packageCount()).toBe(rows);
    });

    it('refuses a learner, a signed-out caller, and a foreign or null Origin', async () => {
      const learner = await api.given.learner();
      const file = await fixturePackage();
      const before = await snapshot(dataDir);

      const asLearner = await upload(file, learner.cookie);
      const signedOut = await upload(file);
      const foreign = await upload(file, trainer.cookie, { origin: 'https://evil.example' });
      const opaque = await upload(file, trainer.cookie, { origin: 'null' });

      expect([asLearner.status, asLearner.body.error.code]).toEqual([403, 'NOT_ALLOWED']);
      expect([signedOut.status, signedOut.body.error.code]).toEqual([401, 'NOT_SIGNED_IN']);
      expect([foreign.status, foreign.body.error.code]).toEqual([403, 'BAD_ORIGIN']);
      expect([opaque.status, opaque.body.error.code]).toEqual([403, 'BAD_ORIGIN']);
      expect(await snapshot(dataDir)).toEqual(before);
    });

    it('installs a package under a given id for the whole platform (cli.js import-h5p)', async () => {
      const id = randomUUID();
      const other = await api.given.trainer();

      await api.app
        .get(H5pService)
        .installPackage(await fixturePackage({ question: 'Autre' }), { id, uploadedBy: null, organisationId: null });

      const listed = await api.gql(PACKAGES, {}, { cookie: other.cookie });
      expect(listed.data?.h5pPackages.map((p: { id: string }) => p.id)).toContain(id);
      expect(reasonOf(await api.gql(PACKAGES, {}, { cookie: (await api.given.learner()).cookie }))).toBe('NOT_ALLOWED');
    });
  });

  describe('isolation', () => {
    it('serves the player page sandboxed (scripts, no same-origin) with its own strict policy', async () => {
      const response = await fetch(`${base}/h5p/play/${packageId}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      const html = await response.text();

      expect(response.status).toBe(200);
      expect(csp.split('; ')).toEqual(
        expect.arrayContaining([
          'sandbox allow-scripts',
          "default-src 'none'",
          "script-src 'self'",
          "frame-ancestors 'self'",
          "connect-src 'self'",
        ]),
      );
      expect(csp).not.toMatch(/allow-same-origin|unsafe-eval|\*/);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(html).toContain(`data-package="${packageId}"`);
      expect(html).toContain('/h5p/standalone/main.bundle.js');
      expect(html).not.toMatch(/<script>|https?:\/\//);
    });

    it('serves the package files and the player assets to the cookieless frame, never a script on our origin', async () => {
      const manifest = await fetch(`${base}/h5p/content/${packageId}/h5p.json`);
      const script = await fetch(`${base}/h5p/content/${packageId}/${FIXTURE_LIBRARY}-1.0/quiz.js`);
      const standalone = await fetch(`${base}/h5p/standalone/main.bundle.js`);
      const frame = await fetch(`${base}/h5p/player.js`);
      const traversal = await fetch(`${base}/h5p/content/${packageId}/%2e%2e/%2e%2e/pglite`);
      const unknown = await fetch(`${base}/h5p/play/${randomUUID()}`);

      expect(manifest.status).toBe(200);
      expect(manifest.headers.get('access-control-allow-origin')).toBe('*');
      expect(manifest.headers.get('content-security-policy')).toContain('sandbox');
      expect(manifest.headers.get('x-content-type-options')).toBe('nosniff');
      expect(script.status).toBe(200);
      expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(standalone.status).toBe(200);
      expect(frame.status).toBe(200);
      expect(await frame.text()).toContain('continuite-h5p');
      expect(traversal.status).toBe(404);
      expect(unknown.status).toBe(404);
    });

    it('refuses a GraphQL mutation sent with Origin: null (a sandboxed frame), even with the learner’s cookie', async () => {
      const learner = await api.given.learner();

      const fromFrame = await api.gql(START, {}, { cookie: learner.cookie, headers: { origin: 'null' } });
      const fromPage = await api.gql(START, {}, { cookie: learner.cookie, headers: { origin: ORIGIN } });

      expect(reasonOf(fromFrame)).toBe('BAD_ORIGIN');
      expect(fromPage.data?.startAttempt.id).toEqual(expect.any(String));
    });
  });

  describe('as an activity', () => {
    async function started() {
      const learner = await api.given.learner();
      const attempt = await api.gql(START, {}, { cookie: learner.cookie });
      const attemptId = attempt.data?.startAttempt.id as string;
      const send = (response: object, idempotencyKey = randomUUID()) =>
        api.gql(
          SUBMIT,
          { input: { attemptId, elementId: 'quiz', idempotencyKey, response: { h5p: response } } },
          { cookie: learner.cookie },
        );
      return { ...learner, attemptId, send };
    }

    it('reaches the learner as its package and player address, tied to its skill', async () => {
      const learner = await api.given.learner();

      const result = await api.gql(MODULE, {}, { cookie: learner.cookie });

      expect(result.data?.module.grains[0].elements[0]).toEqual({
        __typename: 'H5pElement',
        id: 'quiz',
        skillId: SKILL_41,
        packageId,
        title: 'Le quiz du mot de passe',
        playerUrl: `/h5p/play/${packageId}`,
      });
    });

    it('stores the xAPI result as the answer, once, and counts it in the score and the competencies', async () => {
      const learner = await started();
      const key = randomUUID();

      const first = await learner.send({ raw: 1, max: 1, scaled: 1, success: true, completion: true }, key);
      const retried = await learner.send({ raw: 1, max: 1, scaled: 1, success: true, completion: true }, key);
      const second = await learner.send({ raw: 0, max: 1, success: false });
      const finished = await api.gql(FINISH, { id: learner.attemptId }, { cookie: learner.cookie });

      expect(first.data?.submitAnswer).toEqual({
        elementId: 'quiz',
        graded: true,
        correct: true,
        skillId: SKILL_41,
        response: { h5p: { scaled: 1, raw: 1, max: 1, success: true, completion: true } },
      });
      expect(retried.data?.submitAnswer).toEqual(first.data?.submitAnswer);
      // One answer per item and attempt: a later statement does not replace the first.
      expect(second.data?.submitAnswer.correct).toBe(true);
      expect(finished.data?.finishAttempt.score).toEqual({ correct: 1, total: 2 });
      expect(finished.data?.finishAttempt.evidence).toEqual([expect.objectContaining({ competency: { code: '4.1' }, answers: 1 })]);
    });

    it('counts a scaled score under 0.5 without success as wrong, and refuses a score out of range', async () => {
      const wrong = await (await started()).send({ scaled: 0.4, completion: true });
      const outOfRange = await (await started()).send({ raw: 5, max: 1 });
      const empty = await (await started()).send({});

      expect(wrong.data?.submitAnswer.correct).toBe(false);
      expect(reasonOf(outOfRange)).toBe('INVALID_RESPONSE');
      expect(reasonOf(empty)).toBe('INVALID_RESPONSE');
    });

    it('keeps the learner’s state per attempt and element, for the attempt’s owner only', async () => {
      const learner = await started();
      const other = await api.given.learner();
      const vars = { attemptId: learner.attemptId, elementId: 'quiz' };

      const before = await api.gql(STATE, vars, { cookie: learner.cookie });
      await api.gql(SAVE_STATE, { input: { ...vars, state: '{"drafts":1}' } }, { cookie: learner.cookie });
      await api.gql(SAVE_STATE, { input: { ...vars, state: '{"drafts":2}' } }, { cookie: learner.cookie });
      const after = await api.gql(STATE, vars, { cookie: learner.cookie });
      const stranger = await api.gql(STATE, vars, { cookie: other.cookie });
      const strangerSave = await api.gql(SAVE_STATE, { input: { ...vars, state: '{}' } }, { cookie: other.cookie });
      const notH5p = await api.gql(SAVE_STATE, { input: { ...vars, elementId: 'q-robuste', state: '{}' } }, { cookie: learner.cookie });
      const tooLarge = await api.gql(SAVE_STATE, { input: { ...vars, state: 'x'.repeat(300 * KB) } }, { cookie: learner.cookie });
      const fromFrame = await api.gql(
        SAVE_STATE,
        { input: { ...vars, state: '{}' } },
        { cookie: learner.cookie, headers: { origin: 'null' } },
      );

      expect(before.data?.h5pState).toBeNull();
      expect(after.data?.h5pState).toBe('{"drafts":2}');
      expect(reasonOf(stranger)).toBe('ATTEMPT_NOT_FOUND');
      expect(reasonOf(strangerSave)).toBe('ATTEMPT_NOT_FOUND');
      expect(reasonOf(notH5p)).toBe('ELEMENT_NOT_FOUND');
      expect(reasonOf(tooLarge)).toBe('INVALID_INPUT');
      expect(reasonOf(fromFrame)).toBe('BAD_ORIGIN');
    });
  });
});
