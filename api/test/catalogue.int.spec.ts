import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordModule } from './fixture-content.js';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const CATALOGUE = `query($filter: ModuleFilter, $first: Int, $after: String) {
  modules(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { slug title theme audience durationMinutes version competencies { code name domain { code name } } }
  }
}`;

/** Every field of every element type: what a curious browser could ask for. */
const EVERYTHING = `query($slug: String!) {
  module(slug: $slug) {
    id slug title summary objectives sources { title url publisher }
    grains { id type title elements {
      __typename id
      ... on TextElement { html }
      ... on ImageElement { src alt longDescription }
      ... on VideoElement { src captionsSrc transcriptHtml }
      ... on CalloutElement { variant title html }
      ... on SingleChoiceElement { promptHtml skillId choices { id html } }
      ... on MultipleChoiceElement { promptHtml skillId choices { id html } }
      ... on ShortAnswerElement { promptHtml skillId }
    } }
  }
}`;

describe.each(databaseKinds())('catalogue on %s', (kind) => {
  let api: TestApi;
  let cookie: string;
  beforeAll(async () => {
    api = await startTestApi(kind);
    cookie = (await api.given.learner()).cookie;
  });
  afterAll(() => api.stop());

  it('lists published modules by title with their competencies, and needs a signed-in user', async () => {
    const anonymous = await api.gql(CATALOGUE);
    const result = await api.gql(CATALOGUE, {}, { cookie });

    expect(reasonOf(anonymous)).toBe('NOT_SIGNED_IN');
    expect(result.data?.modules.totalCount).toBe(2);
    expect(result.data?.modules.nodes[1]).toMatchObject({
      slug: 'photos-en-ligne',
      theme: 'PERSONAL_DATA',
      audience: 'STUDENTS',
      durationMinutes: 3,
      version: 1,
      competencies: [{ code: '4.2', domain: { code: '4' } }],
    });
  });

  it.each([
    [{ theme: 'CYBERSECURITY' }, ['mots-de-passe']],
    [{ audience: 'STUDENTS' }, ['photos-en-ligne']],
    [{ competency: '4.1' }, ['mots-de-passe']],
    [{ search: 'PHOTO classe' }, ['photos-en-ligne']],
    [{ search: 'passé' }, ['mots-de-passe']],
    [{ search: '100%_' }, []],
  ])('filters by %o', async (filter, slugs) => {
    const result = await api.gql(CATALOGUE, { filter }, { cookie });

    expect(result.data?.modules.nodes.map((n: { slug: string }) => n.slug)).toEqual(slugs);
  });

  it('pages with a cursor and refuses pages larger than 50', async () => {
    const first = await api.gql(CATALOGUE, { first: 1 }, { cookie });
    const second = await api.gql(CATALOGUE, { first: 1, after: first.data?.modules.pageInfo.endCursor }, { cookie });
    const tooLarge = await api.gql(CATALOGUE, { first: 51 }, { cookie });
    const badCursor = await api.gql(CATALOGUE, { first: 1, after: 'nonsense' }, { cookie });

    expect(first.data?.modules.pageInfo.hasNextPage).toBe(true);
    expect(second.data?.modules.nodes[0].slug).toBe('photos-en-ligne');
    expect(second.data?.modules.pageInfo.hasNextPage).toBe(false);
    expect(tooLarge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reasonOf(badCursor)).toBe('INVALID_INPUT');
  });

  it('never returns a solution or a feedback in a module query, and sanitises authored text', async () => {
    const result = await api.gql(EVERYTHING, { slug: 'mots-de-passe' }, { cookie });
    const json = JSON.stringify(result.data);

    expect(result.errors).toBeUndefined();
    expect(json).toContain('q-robuste');
    expect(json).not.toContain('SECRET-FEEDBACK');
    expect(json).not.toContain('SECRET-ACCEPTED');
    expect(json).not.toContain('<script');
    expect(json).toContain('<strong>mot de passe</strong>');
  });

  it('has no schema field through which a question could carry its solution', async () => {
    const result = await api.gql(`{ __schema { types { name fields { name } } } }`, {}, { cookie });
    const elementTypes = result.data?.__schema.types.filter((t: { name: string }) => t.name.endsWith('Element'));

    const fields = elementTypes.flatMap((t: { fields: { name: string }[] }) => t.fields.map((f) => f.name));
    expect(elementTypes.length).toBeGreaterThanOrEqual(7);
    expect(fields.filter((f: string) => /answer|solution|feedback|accepted|correct/i.test(f))).toEqual([]);
  });

  it('imports idempotently: an unchanged file changes nothing, a changed one becomes a new version', async () => {
    const again = await api.importer.importDirectory(api.content.dir);
    await api.content.writeModule('mots-de-passe', passwordModule({ title: 'Des mots de passe vraiment solides' }));
    const changed = await api.importer.importDirectory(api.content.dir);
    const versions = await sql<{ n: number }>`SELECT count(*)::int AS n FROM module_versions`.execute(api.db);
    const listed = await api.gql(CATALOGUE, { filter: { theme: 'CYBERSECURITY' } }, { cookie });

    expect(again).toMatchObject({ created: [], updated: [], errors: [] });
    expect(changed.updated).toEqual(['mots-de-passe']);
    expect(versions.rows[0]?.n).toBe(3);
    expect(listed.data?.modules.nodes[0]).toMatchObject({ title: 'Des mots de passe vraiment solides', version: 2 });
  });

  it('stops a malformed file with its file, path and problem, and keeps serving the version already imported', async () => {
    await api.content.writeModule('photos-en-ligne', 'slug: photos-en-ligne\ntitle: Cassé\ngrains: []\n');

    const report = await api.importer.importDirectory(api.content.dir);
    const listed = await api.gql(CATALOGUE, { filter: { audience: 'STUDENTS' } }, { cookie });

    expect(report.errors.length).toBeGreaterThan(0);
    expect(report.errors[0]).toMatchObject({ file: expect.stringContaining('photos-en-ligne/module.yaml') });
    expect(report.errors.map((e) => e.path)).toEqual(expect.arrayContaining([expect.stringMatching(/summary|grains|theme/)]));
    expect(listed.data?.modules.nodes).toEqual([
      expect.objectContaining({ slug: 'photos-en-ligne', title: 'Publier une photo de classe', version: 1 }),
    ]);
  });

  it('refuses to update a published version in the database itself', async () => {
    await expect(sql`UPDATE module_versions SET title = 'x'`.execute(api.db)).rejects.toThrow(/immutable/);
  });
});
