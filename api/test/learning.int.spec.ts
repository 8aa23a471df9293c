import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordModule } from './fixture-content.js';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const START = `mutation($slug: String!) { startAttempt(moduleSlug: $slug) { id version status currentGrainIndex grainCount } }`;
const SUBMIT = `mutation($input: SubmitAnswerInput!) {
  submitAnswer(input: $input) { elementId correct feedbackHtml skillId response { choiceIds text } solution { choiceIds acceptedAnswers } }
}`;
const MOVE = `mutation($id: ID!, $index: Int!) { moveInAttempt(attemptId: $id, grainIndex: $index) { currentGrainIndex } }`;
const FINISH = `mutation($id: ID!) {
  finishAttempt(attemptId: $id) { status completedAt score { correct total percent } evidence { competency { code name } skillsValidated skillsFailed answers } }
}`;
const PROGRESS = `{ myProgress { modulesStarted modulesCompleted attempts { status module { slug } score { percent } } competencies { competency { code } skillsValidated skillsFailed } } }`;

const key = () => randomUUID();
const answer = (attemptId: string, elementId: string, response: object, idempotencyKey = key()) => ({
  input: { attemptId, elementId, idempotencyKey, response },
});

describe.each(databaseKinds())('learning on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.stop());

  async function started(slug = 'mots-de-passe') {
    const learner = await api.given.learner();
    const result = await api.gql(START, { slug }, { cookie: learner.cookie });
    return { ...learner, attemptId: result.data?.startAttempt.id as string, attempt: result.data?.startAttempt };
  }

  it('starts an attempt on the current version, and resumes it where the learner stopped', async () => {
    const learner = await started();

    await api.gql(MOVE, { id: learner.attemptId, index: 1 }, { cookie: learner.cookie });
    const resumed = await api.gql(START, { slug: 'mots-de-passe' }, { cookie: learner.cookie });

    expect(learner.attempt).toMatchObject({ version: 1, status: 'IN_PROGRESS', currentGrainIndex: 0, grainCount: 2 });
    expect(resumed.data?.startAttempt).toMatchObject({ id: learner.attemptId, currentGrainIndex: 1 });
  });

  it('corrects on the server: a wrong then a right answer, each with its feedback and the solution', async () => {
    const learner = await started();

    const wrong = await api.gql(SUBMIT, answer(learner.attemptId, 'q-robuste', { choiceIds: ['court'] }), { cookie: learner.cookie });
    const right = await api.gql(SUBMIT, answer(learner.attemptId, 'q-nom', { text: '  secret-accepted PHRASE de pässe ' }), {
      cookie: learner.cookie,
    });

    expect(wrong.data?.submitAnswer).toMatchObject({
      elementId: 'q-robuste',
      correct: false,
      skillId: '@motDePasse2',
      response: { choiceIds: ['court'] },
      solution: { choiceIds: ['phrase'] },
    });
    expect(wrong.data?.submitAnswer.feedbackHtml).toContain('SECRET-FEEDBACK-KO');
    expect(right.data?.submitAnswer).toMatchObject({ correct: true, solution: { acceptedAnswers: ['SECRET-ACCEPTED phrase de passe'] } });
  });

  it('stores an answer once when the browser sends it twice, even at the same time', async () => {
    const learner = await started();
    const sameKey = key();
    const send = () =>
      api.gql(SUBMIT, answer(learner.attemptId, 'q-robuste', { choiceIds: ['phrase'] }, sameKey), { cookie: learner.cookie });

    const results = await Promise.all([send(), send(), send(), send()]);
    const later = await send();
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM answers WHERE user_id = ${learner.id}`.execute(api.db);

    expect(results.every((r) => r.data?.submitAnswer.correct === true)).toBe(true);
    expect(later.data?.submitAnswer.correct).toBe(true);
    expect(rows.rows[0]?.n).toBe(1);
  });

  it('keeps the first answer to a question: a second answer with another key returns the stored result', async () => {
    const learner = await started();

    await api.gql(SUBMIT, answer(learner.attemptId, 'q-robuste', { choiceIds: ['court'] }), { cookie: learner.cookie });
    const second = await api.gql(SUBMIT, answer(learner.attemptId, 'q-robuste', { choiceIds: ['phrase'] }), { cookie: learner.cookie });
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM answers WHERE user_id = ${learner.id}`.execute(api.db);

    expect(second.data?.submitAnswer).toMatchObject({ correct: false, response: { choiceIds: ['court'] } });
    expect(rows.rows[0]?.n).toBe(1);
  });

  it.each([
    ['an answer of the wrong shape', 'q-robuste', { text: 'phrase' }, 'INVALID_RESPONSE'],
    ['an unknown choice', 'q-bonnes-pratiques', { choiceIds: ['nope'] }, 'INVALID_RESPONSE'],
    ['an unknown element', 'q-inconnue', { choiceIds: ['a'] }, 'ELEMENT_NOT_FOUND'],
    ['an element that takes no answer', 'intro', { text: 'x' }, 'NOT_ANSWERABLE'],
  ])('refuses %s with a clear error and stores nothing', async (_, elementId, response, reason) => {
    const learner = await started();

    const result = await api.gql(SUBMIT, answer(learner.attemptId, elementId, response), { cookie: learner.cookie });
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM answers WHERE user_id = ${learner.id}`.execute(api.db);

    expect(reasonOf(result)).toBe(reason);
    expect(rows.rows[0]?.n).toBe(0);
  });

  it('does not let a learner answer in, move in, finish or read another learner\u2019s attempt', async () => {
    const owner = await started();
    const other = await api.given.learner();

    const submit = await api.gql(SUBMIT, answer(owner.attemptId, 'q-robuste', { choiceIds: ['phrase'] }), { cookie: other.cookie });
    const move = await api.gql(MOVE, { id: owner.attemptId, index: 1 }, { cookie: other.cookie });
    const finish = await api.gql(FINISH, { id: owner.attemptId }, { cookie: other.cookie });
    const read = await api.gql(`query($id: ID!) { attempt(id: $id) { id } }`, { id: owner.attemptId }, { cookie: other.cookie });

    expect([reasonOf(submit), reasonOf(move), reasonOf(finish)]).toEqual(['ATTEMPT_NOT_FOUND', 'ATTEMPT_NOT_FOUND', 'ATTEMPT_NOT_FOUND']);
    expect(read.data?.attempt).toBeNull();
  });

  describe('roles that may not call each mutation', () => {
    it.each([
      ['startAttempt', START, () => ({ slug: 'mots-de-passe' })],
      ['submitAnswer', SUBMIT, () => answer(randomUUID(), 'q-robuste', { choiceIds: ['phrase'] })],
      ['moveInAttempt', MOVE, () => ({ id: randomUUID(), index: 0 })],
      ['finishAttempt', FINISH, () => ({ id: randomUUID() })],
    ])('%s: refused to an anonymous caller and to a manager or admin account', async (_, mutation, variables) => {
      const manager = await api.given.manager();
      const admin = await api.given.admin();

      const anonymous = await api.gql(mutation, variables());
      const asManager = await api.gql(mutation, variables(), { cookie: manager.cookie });
      const asAdmin = await api.gql(mutation, variables(), { cookie: admin.cookie });

      expect(reasonOf(anonymous)).toBe('NOT_SIGNED_IN');
      expect(reasonOf(asManager)).toBe('NOT_ALLOWED');
      expect(reasonOf(asAdmin)).toBe('NOT_ALLOWED');
    });

    it('lets a trainer try a module', async () => {
      const trainer = await api.given.trainer();

      const result = await api.gql(START, { slug: 'mots-de-passe' }, { cookie: trainer.cookie });

      expect(result.data?.startAttempt.status).toBe('IN_PROGRESS');
    });
  });

  it('finishes with a score and the competencies evidenced, then shows them in my progress', async () => {
    const learner = await started();
    await api.gql(SUBMIT, answer(learner.attemptId, 'q-robuste', { choiceIds: ['phrase'] }), { cookie: learner.cookie });
    await api.gql(SUBMIT, answer(learner.attemptId, 'q-bonnes-pratiques', { choiceIds: ['unique'] }), { cookie: learner.cookie });

    const finished = await api.gql(FINISH, { id: learner.attemptId }, { cookie: learner.cookie });
    const afterFinish = await api.gql(SUBMIT, answer(learner.attemptId, 'q-nom', { text: 'phrase de passe' }), { cookie: learner.cookie });
    const progress = await api.gql(PROGRESS, {}, { cookie: learner.cookie });

    expect(finished.data?.finishAttempt).toMatchObject({
      status: 'COMPLETED',
      score: { correct: 1, total: 3, percent: 33 },
      evidence: [{ competency: { code: '4.1' }, skillsValidated: 0, skillsFailed: 1, answers: 2 }],
    });
    expect(reasonOf(afterFinish)).toBe('ATTEMPT_COMPLETED');
    expect(progress.data?.myProgress).toMatchObject({
      modulesStarted: 1,
      modulesCompleted: 1,
      attempts: [{ status: 'COMPLETED', module: { slug: 'mots-de-passe' }, score: { percent: 33 } }],
      competencies: [{ competency: { code: '4.1' }, skillsValidated: 0, skillsFailed: 1 }],
    });
  });

  it('fills the Pix profile from answers: the skill answered right and, by inference, the easier one of its tube', async () => {
    const learner = await started();
    const before = await api.gql(`{ myProfile { competency { code } pix level } }`, {}, { cookie: learner.cookie });
    await api.gql(SUBMIT, answer(learner.attemptId, 'q-robuste', { choiceIds: ['phrase'] }), { cookie: learner.cookie });

    const after = await api.gql(
      `{ myProfile { competency { code name } pix level nextLevelPercent validatedSkills invalidatedSkills } }`,
      {},
      { cookie: learner.cookie },
    );

    expect(before.data?.myProfile).toEqual([]);
    expect(after.data?.myProfile).toEqual([
      expect.objectContaining({ competency: expect.objectContaining({ code: '4.1' }), level: 0, validatedSkills: 2, invalidatedSkills: 0 }),
    ]);
    expect(after.data?.myProfile[0].pix).toBeGreaterThan(0);
  });

  it('recommends the micro-lessons that cover the learner\u2019s gaps, with the reason, and drops them once completed', async () => {
    const learner = await started('photos-en-ligne');
    const RECOMMENDATIONS = `{ myRecommendations { module { slug durationMinutes } competency { code name } gapSkills } }`;

    const before = await api.gql(RECOMMENDATIONS, {}, { cookie: learner.cookie });
    await api.gql(SUBMIT, answer(learner.attemptId, 'q-accord', { choiceIds: ['oui'] }), { cookie: learner.cookie });
    await api.gql(FINISH, { id: learner.attemptId }, { cookie: learner.cookie });
    const after = await api.gql(RECOMMENDATIONS, {}, { cookie: learner.cookie });

    // A new learner is at level 0: level-1 skills are the gaps; only the photos module evidences one.
    expect(before.data?.myRecommendations).toEqual([
      { module: { slug: 'photos-en-ligne', durationMinutes: 3 }, competency: expect.objectContaining({ code: '4.2' }), gapSkills: 1 },
    ]);
    expect(after.data?.myRecommendations).toEqual([]);
  });

  it('lets a learner who started a version finish it after a new version is published', async () => {
    const learner = await started();
    await api.content.writeModule('mots-de-passe', passwordModule({ extraGrain: true }));
    await api.importer.importDirectory(api.content.dir);
    const newcomer = await started();

    const resumed = await api.gql(START, { slug: 'mots-de-passe' }, { cookie: learner.cookie });
    const grains = await api.gql(
      `{ module(slug: "mots-de-passe") { version grains { id } myAttempt { version } } }`,
      {},
      { cookie: learner.cookie },
    );
    const answered = await api.gql(SUBMIT, answer(learner.attemptId, 'q-robuste', { choiceIds: ['phrase'] }), { cookie: learner.cookie });

    expect(resumed.data?.startAttempt).toMatchObject({ id: learner.attemptId, version: 1, grainCount: 2 });
    expect(grains.data?.module).toMatchObject({
      version: 2,
      grains: [{ id: 'decouverte' }, { id: 'activite' }],
      myAttempt: { version: 1 },
    });
    expect(answered.data?.submitAnswer.correct).toBe(true);
    expect(newcomer.attempt).toMatchObject({ version: 2, grainCount: 3 });
  });
});
