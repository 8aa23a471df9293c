import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { auditContent, loadContent } from '@continuite/schemas/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/core/config.js';
import { Role } from '../src/core/roles.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { sampleModule } from '../src/studio/testing/sample-module.js';
import { photosModule } from './fixture-content.js';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const MODULE_FIELDS = 'id slug title status publishedVersion hasUnpublishedChanges revision myRole authors { id displayName role }';
const CREATE = `mutation($input: CreateStudioModuleInput!) { createStudioModule(input: $input) { ${MODULE_FIELDS} } }`;
const MY_MODULES = `{ studioModules { ${MODULE_FIELDS} } }`;
const DRAFT = `query($id: ID!) { studioDraft(moduleId: $id) {
  moduleId revision contentJson issues { path message blocking } previewSkipped
  preview { id title elements { __typename id ... on TextElement { html } ... on MultipleChoiceElement { promptHtml choices { id html } } } }
} }`;
const SAVE = `mutation($input: SaveStudioDraftInput!) { saveStudioDraft(input: $input) { revision contentJson issues { path message blocking } } }`;
const PUBLISH = `mutation($id: ID!, $revision: Int!) { publishStudioModule(moduleId: $id, revision: $revision) { ${MODULE_FIELDS} } }`;
const VERSIONS = `query($id: ID!) { studioVersions(moduleId: $id) { number title current } }`;
const DIFF = `query($id: ID!, $from: Int!, $to: Int) { studioModuleDiff(moduleId: $id, from: $from, to: $to) { changes { kind target id grainId fields } } }`;
const EXPORT = `query($id: ID!, $version: Int) { studioExport(moduleId: $id, version: $version) { filename yaml } }`;
const IMPORT = `mutation($input: ImportStudioFileInput!) { importStudioFile(input: $input) { ${MODULE_FIELDS} } }`;
const ADD_CO_AUTHOR = `mutation($input: AddCoAuthorInput!) { addModuleCoAuthor(input: $input) { ${MODULE_FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveStudioModule(moduleId: $id) { status } }`;
const RESTORE = `mutation($id: ID!) { restoreStudioModule(moduleId: $id) { status } }`;
const TAKE_OVER = `mutation($slug: String!) { takeOverModule(slug: $slug) { ${MODULE_FIELDS} } }`;
const FILE_MODULES = `{ studioFileModules { slug title } }`;
const STATISTICS = `query($id: ID!) { studioStatistics(moduleId: $id) {
  attempts completed learners completionRate medianMinutes
  items { key answers correct successRate mostChosenWrong { choiceId count } }
} }`;

const CHECK = `mutation($input: CheckPreviewAnswerInput!) { checkPreviewAnswer(input: $input) { elementId correct feedbackHtml solution { choiceIds } } }`;
const START = `mutation($slug: String!) { startAttempt(moduleSlug: $slug) { id version status grainCount } }`;
const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct feedbackHtml } }`;
const FINISH = `mutation($id: ID!) { finishAttempt(attemptId: $id) { status } }`;
const CATALOGUE = `{ modules(first: 50) { nodes { slug } } }`;
/** Every field a learner's browser can receive of a module, HTML and plain text. */
const LEARNER_VIEW = `query($slug: String!) {
  module(slug: $slug) {
    title summary objectives sources { title url publisher }
    grains { id type title elements {
      __typename id
      ... on TextElement { html }
      ... on ImageElement { src alt longDescription }
      ... on CalloutElement { variant title html }
      ... on SingleChoiceElement { promptHtml choices { id html } }
      ... on MultipleChoiceElement { promptHtml choices { id html } }
      ... on ShortAnswerElement { promptHtml }
      ... on OrderingElement { promptHtml items { id html } }
      ... on MatchingElement { promptHtml lefts { id html } rights { id html } }
      ... on TrueFalseElement { promptHtml statements { id html } }
      ... on FlashcardsElement { cards { id frontHtml backHtml } }
      ... on ScenarioElement { scenarioTitle: title steps { id situationHtml choices { id html } image { alt } } }
      ... on PollElement { promptHtml choices { id html } }
    } }
  }
}`;

type Content = ReturnType<typeof sampleModule>;

describe.each(databaseKinds())('trainer studio on %s', (kind) => {
  let api: TestApi;
  let trainer: { cookie: string; email: string; id: string };

  beforeAll(async () => {
    api = await startTestApi(kind);
    trainer = await api.given.trainer();
  });
  afterAll(() => api.stop());

  const as = (who: { cookie: string }) => ({ cookie: who.cookie });
  const slugOf = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

  async function created(slug: string, who = trainer) {
    const result = await api.gql(CREATE, { input: { slug, title: 'Nouveau module' } }, as(who));
    expect(result.errors).toBeUndefined();
    return result.data?.createStudioModule as { id: string; revision: number };
  }

  async function save(moduleId: string, baseRevision: number, content: unknown, who = trainer) {
    return api.gql(SAVE, { input: { moduleId, baseRevision, contentJson: JSON.stringify(content) } }, as(who));
  }

  /** A module written, saved and published in the studio: returns its id and last revision. */
  async function published(slug: string, content: Content = sampleModule(slug)) {
    const module = await created(slug);
    const saved = await save(module.id, module.revision, content);
    const revision = saved.data?.saveStudioDraft.revision as number;
    const result = await api.gql(PUBLISH, { id: module.id, revision }, as(trainer));
    expect(result.errors).toBeUndefined();
    return { id: module.id, revision };
  }

  it('creates a module, saves it, publishes it; learners who started version 1 finish it while new learners get version 2', async () => {
    const slug = slugOf('faux-courriels');
    const module = await created(slug);
    const first = await save(module.id, module.revision, sampleModule(slug));
    const published1 = await api.gql(PUBLISH, { id: module.id, revision: first.data?.saveStudioDraft.revision }, as(trainer));
    const early = await api.given.learner();
    const earlyAttempt = (await api.gql(START, { slug }, as(early))).data?.startAttempt;

    const edited = sampleModule(slug, {
      extra: [{ id: 'bilan', type: 'summary', title: 'Bilan', elements: [{ type: 'text', id: 'fin', markdown: 'À retenir.' }] }],
    });
    const second = await save(module.id, first.data?.saveStudioDraft.revision, edited);
    const published2 = await api.gql(PUBLISH, { id: module.id, revision: second.data?.saveStudioDraft.revision }, as(trainer));
    const resumed = (await api.gql(START, { slug }, as(early))).data?.startAttempt;
    const answered = await api.gql(
      SUBMIT,
      {
        input: {
          attemptId: earlyAttempt.id,
          elementId: 'q-indices',
          idempotencyKey: randomUUID(),
          response: { choiceIds: ['urgence', 'adresse'] },
        },
      },
      as(early),
    );
    const finished = await api.gql(FINISH, { id: earlyAttempt.id }, as(early));
    const late = await api.given.learner();
    const lateAttempt = (await api.gql(START, { slug }, as(late))).data?.startAttempt;
    const versions = await api.gql(VERSIONS, { id: module.id }, as(trainer));

    expect(module).toMatchObject({ revision: 1 });
    expect(first.data?.saveStudioDraft.issues.filter((i: { blocking: boolean }) => i.blocking)).toEqual([]);
    expect(published1.data?.publishStudioModule).toMatchObject({ status: 'PUBLISHED', publishedVersion: 1, hasUnpublishedChanges: false });
    expect(earlyAttempt).toMatchObject({ version: 1, grainCount: 1 });
    expect(published2.data?.publishStudioModule).toMatchObject({ publishedVersion: 2, myRole: 'OWNER' });
    expect(resumed).toMatchObject({ id: earlyAttempt.id, version: 1, grainCount: 1 });
    expect(answered.data?.submitAnswer.correct).toBe(true);
    expect(finished.data?.finishAttempt.status).toBe('COMPLETED');
    expect(lateAttempt).toMatchObject({ version: 2, grainCount: 2 });
    expect(versions.data?.studioVersions).toEqual([
      { number: 2, title: 'Reconnaître un courriel frauduleux', current: true },
      { number: 1, title: 'Reconnaître un courriel frauduleux', current: false },
    ]);
  });

  it('lists my modules with their state, and refuses a slug already taken', async () => {
    const slug = slugOf('liste');
    const draft = await created(slug);
    const live = await published(slugOf('publie'));

    const mine = (await api.gql(MY_MODULES, {}, as(trainer))).data?.studioModules as { id: string; status: string }[];
    const taken = await api.gql(CREATE, { input: { slug, title: 'Doublon' } }, as(trainer));
    const fileSlug = await api.gql(CREATE, { input: { slug: 'mots-de-passe', title: 'Doublon' } }, as(trainer));

    expect(mine.find((m) => m.id === draft.id)).toMatchObject({ status: 'DRAFT', publishedVersion: null, hasUnpublishedChanges: true });
    expect(mine.find((m) => m.id === live.id)).toMatchObject({ status: 'PUBLISHED', publishedVersion: 1 });
    expect(reasonOf(taken)).toBe('SLUG_TAKEN');
    expect(reasonOf(fileSlug)).toBe('SLUG_TAKEN');
  });

  it('refuses a save based on an old revision, keeps the first save, and says which revision is current', async () => {
    const slug = slugOf('conflit');
    const module = await created(slug);
    const mine = await save(module.id, 1, sampleModule(slug, { title: 'Version de Awa' }));
    const theirs = await save(module.id, 1, sampleModule(slug, { title: 'Version de Noé' }));
    const draft = await api.gql(DRAFT, { id: module.id }, as(trainer));

    expect(mine.data?.saveStudioDraft.revision).toBe(2);
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DRAFT_CONFLICT', details: { revision: 2 } });
    expect(JSON.parse(draft.data?.studioDraft.contentJson).title).toBe('Version de Awa');
  });

  it('gives validation messages in French beside the field they concern, and refuses to publish a draft with errors', async () => {
    const slug = slugOf('invalide');
    const module = await created(slug);
    const content = sampleModule(slug);
    const question = content.grains[0]!.elements[1] as Record<string, unknown>;
    question.prompt = '';
    question.skill = '@inexistant4';
    question.answers = ['urgence', 'aucun'];

    const saved = await save(module.id, 1, { ...content, slug: 'autre-slug' });
    const draft = await api.gql(DRAFT, { id: module.id }, as(trainer));
    const publish = await api.gql(PUBLISH, { id: module.id, revision: 2 }, as(trainer));
    const notJson = await api.gql(SAVE, { input: { moduleId: module.id, baseRevision: 2, contentJson: '[1, 2' } }, as(trainer));

    const issues = saved.data?.saveStudioDraft.issues as { path: string; message: string; blocking: boolean }[];
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'grains[0].elements[1].prompt', message: 'Ce texte ne doit pas être vide.', blocking: true },
        { path: 'grains[0].elements[1].answers[1]', message: expect.stringContaining('ne correspond à aucun choix'), blocking: true },
        { path: 'slug', message: expect.stringContaining(`« ${slug} » attendu`), blocking: true },
      ]),
    );
    // The text stays previewed while the question waits to be fixed.
    expect(draft.data?.studioDraft.preview[0].elements.map((e: { id: string }) => e.id)).toEqual(['intro']);
    expect(draft.data?.studioDraft.previewSkipped).toBe(1);
    expect(reasonOf(publish)).toBe('DRAFT_INVALID');
    expect(reasonOf(notJson)).toBe('INVALID_INPUT');

    const unknownSkill = sampleModule(slug);
    (unknownSkill.grains[0]!.elements[1] as Record<string, unknown>).skill = '@inexistant4';
    const skillOnly = await save(module.id, 2, unknownSkill);
    expect(skillOnly.data?.saveStudioDraft.issues.filter((i: { blocking: boolean }) => i.blocking)).toEqual([
      {
        path: 'grains[0].elements[1].skill',
        message: 'Acquis « @inexistant4 » absent du référentiel (framework/crcn.yaml).',
        blocking: true,
      },
    ]);
  });

  it('corrects an answer given in the preview against the draft, with its feedback, and stores nothing', async () => {
    const slug = slugOf('apercu');
    const module = await created(slug);
    await save(module.id, 1, sampleModule(slug));
    const check = (response: object, elementId = 'q-indices', who = trainer) =>
      api.gql(CHECK, { input: { moduleId: module.id, elementId, response } }, as(who));

    const wrong = await check({ choiceIds: ['logo'] });
    const notAQuestion = await check({ choiceIds: ['x'] }, 'intro');
    const learner = await check({ choiceIds: ['logo'] }, 'q-indices', await api.given.learner());
    const versions = await api.gql(VERSIONS, { id: module.id }, as(trainer));

    expect(wrong.data?.checkPreviewAnswer).toEqual({
      elementId: 'q-indices',
      correct: false,
      feedbackHtml: '<p>Un logo se copie facilement.</p>',
      solution: { choiceIds: ['urgence', 'adresse'] },
    });
    expect(reasonOf(notAQuestion)).toBe('NOT_ANSWERABLE');
    expect(reasonOf(learner)).toBe('NOT_ALLOWED');
    expect(versions.data?.studioVersions).toEqual([]);
  });

  it('shows the history and what changed between two versions, and from the last one to the draft', async () => {
    const slug = slugOf('historique');
    const module = await published(slug);
    const content = sampleModule(slug, {
      extra: [{ id: 'bilan', type: 'summary', title: 'Bilan', elements: [{ type: 'text', id: 'fin', markdown: 'À retenir.' }] }],
    });
    content.grains[0]!.elements[0] = { type: 'text', id: 'intro', markdown: 'Un texte réécrit.' };
    const saved = await save(module.id, module.revision, content);
    await api.gql(PUBLISH, { id: module.id, revision: saved.data?.saveStudioDraft.revision }, as(trainer));
    content.grains[0]!.elements.splice(1, 1);
    await save(module.id, saved.data?.saveStudioDraft.revision, content);

    const between = await api.gql(DIFF, { id: module.id, from: 1, to: 2 }, as(trainer));
    const toDraft = await api.gql(DIFF, { id: module.id, from: 2 }, as(trainer));
    const missing = await api.gql(DIFF, { id: module.id, from: 9, to: 2 }, as(trainer));

    expect(between.data?.studioModuleDiff.changes).toEqual([
      { kind: 'ADDED', target: 'GRAIN', id: 'bilan', grainId: null, fields: [] },
      { kind: 'CHANGED', target: 'ELEMENT', id: 'intro', grainId: 'decouverte', fields: ['markdown'] },
      { kind: 'ADDED', target: 'ELEMENT', id: 'fin', grainId: 'bilan', fields: [] },
    ]);
    expect(toDraft.data?.studioModuleDiff.changes).toEqual([
      { kind: 'REMOVED', target: 'ELEMENT', id: 'q-indices', grainId: 'decouverte', fields: [] },
    ]);
    expect(reasonOf(missing)).toBe('VERSION_NOT_FOUND');
  });

  it('exports to the content/ file format, which the content check accepts, and imports it back as the same module', async () => {
    const slug = slugOf('aller-retour');
    const module = await published(slug);

    const exported = (await api.gql(EXPORT, { id: module.id }, as(trainer))).data?.studioExport;
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'studio-export-'));
    try {
      await fs.mkdir(path.join(folder, 'framework'));
      await fs.copyFile(path.join(REPO_ROOT, 'content/framework/crcn.yaml'), path.join(folder, 'framework/crcn.yaml'));
      await fs.mkdir(path.join(folder, 'modules', slug), { recursive: true });
      await fs.writeFile(path.join(folder, 'modules', slug, exported.filename), exported.yaml);
      const loaded = await loadContent(folder);
      expect(loaded.errors).toEqual([]);
      expect(loaded.modules.map((m) => m.slug)).toEqual([slug]);
      // The catalogue bar of `pnpm content:check` is advice in the studio; this short module does not meet it.
      expect(auditContent(loaded).length).toBeGreaterThan(0);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }

    const before = (await api.gql(DRAFT, { id: module.id }, as(trainer))).data?.studioDraft;
    const reimported = await api.gql(
      IMPORT,
      { input: { yaml: exported.yaml, moduleId: module.id, baseRevision: before.revision } },
      as(trainer),
    );
    const after = (await api.gql(DRAFT, { id: module.id }, as(trainer))).data?.studioDraft;
    const copySlug = slugOf('copie');
    const copy = await api.gql(IMPORT, { input: { yaml: exported.yaml.replace(`slug: ${slug}`, `slug: ${copySlug}`) } }, as(trainer));
    const copyDraft = (await api.gql(DRAFT, { id: copy.data?.importStudioFile.id }, as(trainer))).data?.studioDraft;
    const broken = await api.gql(IMPORT, { input: { yaml: 'slug: [' } }, as(trainer));

    expect(JSON.parse(after.contentJson)).toEqual(JSON.parse(before.contentJson));
    expect(reimported.data?.importStudioFile).toMatchObject({ hasUnpublishedChanges: false, publishedVersion: 1 });
    expect(copy.data?.importStudioFile).toMatchObject({ slug: copySlug, status: 'DRAFT', myRole: 'OWNER' });
    expect({ ...JSON.parse(copyDraft.contentJson), slug }).toEqual(JSON.parse(before.contentJson));
    expect(reasonOf(broken)).toBe('MODULE_FILE_INVALID');
  });

  it('lets an author invite a trainer of the same organisation, and nobody else', async () => {
    const module = await created(slugOf('co-auteurs'));
    const colleague = await api.given.trainer();
    const learner = await api.given.learner();
    const otherSchool = await api.app.get(OrganisationService).createOrganisation({ kind: 'ETABLISSEMENT', name: `Lycée ${randomUUID()}` });
    const stranger = await api.given.accountAt(otherSchool, Role.TRAINER);

    const added = await api.gql(ADD_CO_AUTHOR, { input: { moduleId: module.id, email: colleague.email } }, as(trainer));
    const colleagueSave = await save(module.id, 1, sampleModule('x'), colleague);
    const refused = await Promise.all(
      [stranger.email, learner.email, 'personne@nulle-part.fr'].map((email) =>
        api.gql(ADD_CO_AUTHOR, { input: { moduleId: module.id, email } }, as(trainer)),
      ),
    );
    const byStranger = await api.gql(ADD_CO_AUTHOR, { input: { moduleId: module.id, email: stranger.email } }, as(stranger));

    expect(added.data?.addModuleCoAuthor.authors).toEqual([
      expect.objectContaining({ id: trainer.id, role: 'OWNER' }),
      expect.objectContaining({ id: colleague.id, role: 'CO_AUTHOR' }),
    ]);
    expect(colleagueSave.data?.saveStudioDraft.revision).toBe(2);
    expect(refused.map(reasonOf)).toEqual(['CO_AUTHOR_NOT_ELIGIBLE', 'CO_AUTHOR_NOT_ELIGIBLE', 'CO_AUTHOR_NOT_ELIGIBLE']);
    expect(reasonOf(byStranger)).toBe('STUDIO_MODULE_NOT_FOUND');
  });

  it('gives nothing to a learner, nor to a trainer who is not an author', async () => {
    const module = await published(slugOf('prive'));
    const learner = await api.given.learner();
    const outsider = await api.given.trainer();
    const calls: [string, Record<string, unknown>][] = [
      [DRAFT, { id: module.id }],
      [SAVE, { input: { moduleId: module.id, baseRevision: module.revision, contentJson: '{}' } }],
      [PUBLISH, { id: module.id, revision: module.revision }],
      [VERSIONS, { id: module.id }],
      [DIFF, { id: module.id, from: 1 }],
      [EXPORT, { id: module.id }],
      [IMPORT, { input: { yaml: 'slug: x', moduleId: module.id, baseRevision: module.revision } }],
      [ARCHIVE, { id: module.id }],
      [ADD_CO_AUTHOR, { input: { moduleId: module.id, email: outsider.email } }],
      [STATISTICS, { id: module.id }],
      [CHECK, { input: { moduleId: module.id, elementId: 'q-indices', response: { choiceIds: ['logo'] } } }],
    ];

    const asLearner = await Promise.all(calls.map(([query, variables]) => api.gql(query, variables, as(learner))));
    const asOutsider = await Promise.all(calls.map(([query, variables]) => api.gql(query, variables, as(outsider))));
    const learnerList = await api.gql(MY_MODULES, {}, as(learner));
    const outsiderList = await api.gql(MY_MODULES, {}, as(outsider));
    const anonymous = await api.gql(MY_MODULES);

    expect(asLearner.map(reasonOf)).toEqual(calls.map(() => 'NOT_ALLOWED'));
    expect(asOutsider.map(reasonOf)).toEqual(calls.map(() => 'STUDIO_MODULE_NOT_FOUND'));
    expect(reasonOf(learnerList)).toBe('NOT_ALLOWED');
    expect(outsiderList.data?.studioModules).toEqual([]);
    expect(reasonOf(anonymous)).toBe('NOT_SIGNED_IN');
    expect((await api.gql(VERSIONS, { id: module.id }, as(trainer))).data?.studioVersions).toHaveLength(1);
  });

  it('lets no script reach learners from any text field of a module', async () => {
    const slug = slugOf('injection');
    const attack = (label: string) =>
      `${label} <script>alert(1)</script><img src=x onerror=alert(2)><iframe src="https://evil.example"></iframe>` +
      `[lien](javascript:alert(3)) <a href="javascript:alert(4)" onclick="alert(5)">a</a><svg onload=alert(6)></svg><style>*{}</style>`;
    const choices = (ids: string[]) => ids.map((id) => ({ id, text: attack(`choix ${id}`) }));
    const feedback = { correct: attack('bravo'), incorrect: attack('raté') };
    const content = {
      ...sampleModule(slug),
      title: attack('titre'),
      summary: attack('résumé'),
      objectives: [attack('objectif')],
      sources: [{ title: attack('source'), publisher: attack('éditeur') }],
      grains: [
        {
          id: 'g',
          type: 'lesson',
          title: attack('grain'),
          elements: [
            { type: 'text', id: 't', markdown: attack('texte') },
            { type: 'callout', id: 'c', variant: 'warning', title: attack('encadré'), markdown: attack('encadré') },
            {
              type: 'single-choice',
              id: 'q1',
              skill: '@motDePasse2',
              prompt: attack('question'),
              choices: choices(['a', 'b']),
              answer: 'a',
              feedback,
            },
            {
              type: 'multiple-choice',
              id: 'q2',
              skill: '@motDePasse2',
              prompt: attack('question'),
              choices: choices(['a', 'b']),
              answers: ['a'],
              feedback,
            },
            { type: 'short-answer', id: 'q3', skill: '@motDePasse2', prompt: attack('question'), accepted: ['oui'], feedback },
            {
              type: 'ordering',
              id: 'q4',
              skill: '@motDePasse2',
              prompt: attack('ordre'),
              items: ['un', 'deux', 'trois'].map((id) => ({ id, text: attack(id) })),
              feedback,
            },
            {
              type: 'matching',
              id: 'q5',
              skill: '@motDePasse2',
              prompt: attack('paires'),
              pairs: ['p1', 'p2'].map((id) => ({ id, left: attack(`gauche ${id}`), right: attack(`droite ${id}`) })),
              feedback,
            },
            {
              type: 'true-false',
              id: 'q6',
              skill: '@motDePasse2',
              prompt: attack('vrai-faux'),
              statements: ['s1', 's2'].map((id) => ({ id, text: attack(id), answer: true, explanation: attack('explication') })),
            },
            {
              type: 'flashcards',
              id: 'q7',
              skill: '@motDePasse2',
              cards: [{ id: 'k', front: attack('recto'), back: attack('verso') }],
            },
            {
              type: 'scenario',
              id: 'q8',
              skill: '@motDePasse2',
              title: attack('scénario'),
              start: 'debut',
              steps: [
                {
                  id: 'debut',
                  situation: attack('situation'),
                  choices: [
                    { id: 'bon', text: attack('bon'), next: 'fin', consequence: attack('conséquence'), quality: 'good' },
                    { id: 'mauvais', text: attack('mauvais'), next: null, consequence: attack('conséquence'), quality: 'bad' },
                  ],
                },
                { id: 'fin', situation: attack('fin') },
              ],
            },
            { type: 'poll', id: 'q9', prompt: attack('sondage'), choices: choices(['x', 'y']) },
          ],
        },
      ],
    };
    const module = await published(slug, content as never);
    const learner = await api.given.learner();

    const view = await api.gql(LEARNER_VIEW, { slug }, as(learner));
    const preview = await api.gql(DRAFT, { id: module.id }, as(trainer));
    const attemptId = (await api.gql(START, { slug }, as(learner))).data?.startAttempt.id;
    const answers = await Promise.all(
      ['q1', 'q2'].map((elementId) =>
        api.gql(SUBMIT, { input: { attemptId, elementId, idempotencyKey: randomUUID(), response: { choiceIds: ['b'] } } }, as(learner)),
      ),
    );

    expect(view.errors).toBeUndefined();
    const html = [
      ...htmlFields(view.data),
      ...htmlFields(preview.data?.studioDraft.preview),
      ...answers.map((a) => a.data?.submitAnswer.feedbackHtml),
    ];
    expect(html.length).toBeGreaterThan(30);
    for (const fragment of html) {
      expect(fragment).not.toMatch(/<script|<iframe|<svg|<style|<img|\son[a-z]+\s*=|javascript:/i);
    }
    // Plain-text fields (titles, alt text) travel as text: the page escapes them, so they are never HTML fields.
    expect(view.data?.module.title).toContain('<script>');
  });

  it('shows authors how learners did: attempts, completion, median time, success rate and the most chosen wrong answer', async () => {
    const slug = slugOf('statistiques');
    const module = await published(slug);
    const learners: [string[], boolean][] = [
      [['urgence', 'adresse'], true],
      [['logo'], false],
      [['logo', 'urgence'], true],
    ];
    for (const [choiceIds, finishes] of learners) {
      const learner = await api.given.learner();
      const attemptId = (await api.gql(START, { slug }, as(learner))).data?.startAttempt.id;
      await api.gql(
        SUBMIT,
        { input: { attemptId, elementId: 'q-indices', idempotencyKey: randomUUID(), response: { choiceIds } } },
        as(learner),
      );
      if (finishes) await api.gql(FINISH, { id: attemptId }, as(learner));
    }

    const statistics = (await api.gql(STATISTICS, { id: module.id }, as(trainer))).data?.studioStatistics;

    expect(statistics).toMatchObject({ attempts: 3, completed: 2, learners: 3, completionRate: 67 });
    expect(statistics.medianMinutes).toBeGreaterThanOrEqual(0);
    expect(statistics.items).toEqual([
      { key: 'q-indices', answers: 3, correct: 1, successRate: 33, mostChosenWrong: { choiceId: 'logo', count: 2 } },
    ]);
  });

  it('archives a module out of the catalogue while a learner who started it finishes it, and restores it', async () => {
    const slug = slugOf('archive');
    const module = await published(slug);
    const learner = await api.given.learner();
    const attemptId = (await api.gql(START, { slug }, as(learner))).data?.startAttempt.id;

    const archived = await api.gql(ARCHIVE, { id: module.id }, as(trainer));
    const listed = await api.gql(CATALOGUE, {}, as(learner));
    const republish = await api.gql(PUBLISH, { id: module.id, revision: module.revision }, as(trainer));
    const finished = await api.gql(FINISH, { id: attemptId }, as(learner));
    const restored = await api.gql(RESTORE, { id: module.id }, as(trainer));
    const listedAgain = await api.gql(CATALOGUE, {}, as(learner));

    expect(archived.data?.archiveStudioModule.status).toBe('ARCHIVED');
    expect(listed.data?.modules.nodes.map((m: { slug: string }) => m.slug)).not.toContain(slug);
    expect(reasonOf(republish)).toBe('MODULE_ARCHIVED');
    expect(finished.data?.finishAttempt.status).toBe('COMPLETED');
    expect(restored.data?.restoreStudioModule.status).toBe('PUBLISHED');
    expect(listedAgain.data?.modules.nodes.map((m: { slug: string }) => m.slug)).toContain(slug);
  });

  it('takes over a module imported from files: its file no longer changes it, and studio modules are skipped by the import', async () => {
    const before = (await api.gql(FILE_MODULES, {}, as(trainer))).data?.studioFileModules;
    const taken = await api.gql(TAKE_OVER, { slug: 'photos-en-ligne' }, as(trainer));
    const again = await api.gql(TAKE_OVER, { slug: 'photos-en-ligne' }, as(trainer));
    const draft = (await api.gql(DRAFT, { id: taken.data?.takeOverModule.id }, as(trainer))).data?.studioDraft;
    const studioSlug = slugOf('studio-seul');
    await published(studioSlug);
    await api.content.writeModule('photos-en-ligne', photosModule().replace('Publier une photo de classe', 'Titre venu du fichier'));
    await api.content.writeModule(studioSlug, photosModule().replace('slug: photos-en-ligne', `slug: ${studioSlug}`));

    const report = await api.importer.importDirectory(api.content.dir);
    const after = (await api.gql(FILE_MODULES, {}, as(trainer))).data?.studioFileModules;
    const catalogue = await api.gql(
      `query($slug: String!) { module(slug: $slug) { title version } }`,
      { slug: 'photos-en-ligne' },
      as(trainer),
    );

    expect(before.map((m: { slug: string }) => m.slug)).toContain('photos-en-ligne');
    expect(taken.data?.takeOverModule).toMatchObject({
      slug: 'photos-en-ligne',
      status: 'PUBLISHED',
      hasUnpublishedChanges: false,
      myRole: 'OWNER',
    });
    expect(reasonOf(again)).toBe('MODULE_ALREADY_IN_STUDIO');
    expect(JSON.parse(draft.contentJson).title).toBe('Publier une photo de classe');
    expect(report.skipped.sort()).toEqual(['photos-en-ligne', studioSlug].sort());
    expect(after.map((m: { slug: string }) => m.slug)).not.toContain('photos-en-ligne');
    expect(catalogue.data?.module).toEqual({ title: 'Publier une photo de classe', version: 1 });
  });
});

/** Every HTML string of a GraphQL answer: the fields named html or ending in Html. */
function htmlFields(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /(^html$|Html$)/.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => htmlFields(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => htmlFields(v, k));
  return [];
}
