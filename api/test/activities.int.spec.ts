import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitiesModule } from './fixture-content.js';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const MODULE = `{ module(slug: "activites") { grains { elements {
  __typename id
  ... on OrderingElement { promptHtml skillId items { id html } }
  ... on MatchingElement { promptHtml skillId lefts { id html } rights { id html } }
  ... on TrueFalseElement { promptHtml skillId statements { id html } }
  ... on FlashcardsElement { skillId cards { id frontHtml backHtml } }
  ... on ScenarioElement { title skillId startStepId steps { id situationHtml ending choices { id html } } }
  ... on PollElement { promptHtml multiple choices { id html } }
} } } }`;
const START = `mutation { startAttempt(moduleSlug: "activites") { id } }`;
const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) {
  elementId graded correct feedbackHtml skillId nextStepId quality
  response { choiceIds order pairs { leftId rightId } value rating }
  solution { choiceIds order pairs { leftId rightId } value }
  poll { total choices { choiceId count percent } }
} }`;
const FINISH = `mutation($id: ID!) { finishAttempt(attemptId: $id) { score { correct total percent } evidence { competency { code } answers } } }`;

describe.each(databaseKinds())('activity types on %s', (kind) => {
  let api: TestApi;
  let elements: Record<string, any>;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await api.content.writeModule('activites', activitiesModule());
    await api.importer.importDirectory(api.content.dir);
    const learner = await api.given.learner();
    const result = await api.gql(MODULE, {}, { cookie: learner.cookie });
    elements = Object.fromEntries(result.data?.module.grains[0].elements.map((e: { id: string }) => [e.id, e]));
  });
  afterAll(() => api.stop());

  async function started() {
    const learner = await api.given.learner();
    const attempt = await api.gql(START, {}, { cookie: learner.cookie });
    const attemptId = attempt.data?.startAttempt.id as string;
    const send = (elementId: string, response: object) =>
      api.gql(SUBMIT, { input: { attemptId, elementId, idempotencyKey: randomUUID(), response } }, { cookie: learner.cookie });
    return { ...learner, attemptId, send };
  }

  it('sends no solution, explanation, consequence or next step before the answer, and never the items in the right order', async () => {
    const json = JSON.stringify(elements);

    expect(json).not.toMatch(/SECRET|quality|consequence|explanation|"next"|answer/i);
    expect(elements.ordre.items.map((i: { id: string }) => i.id)).not.toEqual(['un', 'deux', 'trois', 'quatre']);
    expect(elements.paires.rights.map((r: { id: string }) => r.id)).not.toEqual(expect.arrayContaining(['p1']));
    expect(elements.scenario).toMatchObject({
      startStepId: 'debut',
      steps: expect.arrayContaining([expect.objectContaining({ id: 'fin', ending: true })]),
    });
  });

  it('corrects an ordering', async () => {
    const learner = await started();

    const wrong = await learner.send('ordre', { order: ['deux', 'un', 'trois', 'quatre'] });
    const invalid = await (await started()).send('ordre', { order: ['un', 'un', 'trois', 'quatre'] });
    const right = await (await started()).send('ordre', { order: ['un', 'deux', 'trois', 'quatre'] });

    expect(wrong.data?.submitAnswer).toMatchObject({
      graded: true,
      correct: false,
      solution: { order: ['un', 'deux', 'trois', 'quatre'] },
    });
    expect(reasonOf(invalid)).toBe('INVALID_RESPONSE');
    expect(right.data?.submitAnswer.correct).toBe(true);
  });

  it('corrects a matching through ids that reveal nothing until the answer', async () => {
    const learner = await started();
    const byText = Object.fromEntries(elements.paires.rights.map((r: { id: string; html: string }) => [r.html, r.id]));
    const pairs = [
      { leftId: 'p1', rightId: byText['Miaule'] },
      { leftId: 'p2', rightId: byText['Aboie'] },
      { leftId: 'p3', rightId: byText['Meugle'] },
    ];

    const right = await learner.send('paires', { pairs });
    const swapped = await (
      await started()
    ).send('paires', { pairs: [pairs[0], { ...pairs[1], rightId: pairs[2]!.rightId }, { ...pairs[2], rightId: pairs[1]!.rightId }] });

    expect(right.data?.submitAnswer).toMatchObject({ correct: true, solution: { pairs } });
    expect(swapped.data?.submitAnswer.correct).toBe(false);
  });

  it('corrects each true/false statement on its own, with its explanation', async () => {
    const learner = await started();

    const first = await learner.send('vf/s1', { value: true });
    const second = await learner.send('vf/s2', { value: true });
    const whole = await learner.send('vf', { value: true });

    expect(first.data?.submitAnswer).toMatchObject({ elementId: 'vf/s1', correct: true, solution: { value: true } });
    expect(first.data?.submitAnswer.feedbackHtml).toContain('SECRET-EXPLANATION');
    expect(second.data?.submitAnswer).toMatchObject({ correct: false, solution: { value: false } });
    expect(reasonOf(whole)).toBe('ELEMENT_NOT_FOUND');
  });

  it('stores a flashcard self-assessment without grading it', async () => {
    const learner = await started();

    const rated = await learner.send('cartes/c1', { rating: 'UNSURE' });
    const again = await learner.send('cartes/c1', { rating: 'KNEW' });

    expect(rated.data?.submitAnswer).toMatchObject({ graded: false, response: { rating: 'UNSURE' } });
    expect(again.data?.submitAnswer).toMatchObject({ response: { rating: 'UNSURE' } });
  });

  it('plays a scenario along the branch the learner takes, and refuses a step not reached', async () => {
    const learner = await started();

    const skipped = await learner.send('scenario/piege', { choiceIds: ['prevenir'] });
    const first = await learner.send('scenario/debut', { choiceIds: ['cliquer'] });
    const then = await learner.send('scenario/piege', { choiceIds: ['prevenir'] });
    const ending = await learner.send('scenario/fin', { choiceIds: ['x'] });

    expect(reasonOf(skipped)).toBe('STEP_NOT_REACHED');
    expect(first.data?.submitAnswer).toMatchObject({
      correct: false,
      quality: 'BAD',
      nextStepId: 'piege',
      solution: { choiceIds: ['signaler'] },
    });
    expect(first.data?.submitAnswer.feedbackHtml).toContain('SECRET-CONSEQUENCE');
    expect(then.data?.submitAnswer).toMatchObject({ correct: true, quality: 'GOOD', nextStepId: 'fin' });
    expect(reasonOf(ending)).toBe('NOT_ANSWERABLE');
  });

  it('shows a poll with how everyone answered, ungraded', async () => {
    const a = await started();
    const b = await started();
    const c = await started();

    await a.send('sondage', { choiceIds: ['oui'] });
    await b.send('sondage', { choiceIds: ['oui'] });
    const last = await c.send('sondage', { choiceIds: ['non'] });
    const two = await (await started()).send('sondage', { choiceIds: ['oui', 'non'] });

    expect(last.data?.submitAnswer).toMatchObject({
      graded: false,
      skillId: null,
      poll: {
        total: 3,
        choices: [
          { choiceId: 'oui', count: 2, percent: 67 },
          { choiceId: 'non', count: 1, percent: 33 },
        ],
      },
    });
    expect(reasonOf(two)).toBe('INVALID_RESPONSE');
  });

  it('scores graded items only, a scenario by the steps of its best path', async () => {
    const learner = await started();
    await learner.send('ordre', { order: ['un', 'deux', 'trois', 'quatre'] });
    await learner.send('vf/s1', { value: true });
    await learner.send('cartes/c1', { rating: 'KNEW' });
    await learner.send('sondage', { choiceIds: ['oui'] });
    await learner.send('scenario/debut', { choiceIds: ['signaler'] });

    const finished = await api.gql(FINISH, { id: learner.attemptId }, { cookie: learner.cookie });
    const stored = await sql<{
      graded: boolean;
      n: number;
    }>`SELECT graded, count(*)::int AS n FROM answers WHERE user_id = ${learner.id} GROUP BY graded ORDER BY graded`.execute(api.db);

    // ordering 1 + matching 1 + true/false 2 + scenario best path 1 = 5 items; 3 right.
    expect(finished.data?.finishAttempt.score).toEqual({ correct: 3, total: 5, percent: 60 });
    expect(finished.data?.finishAttempt.evidence).toEqual([{ competency: { code: '4.1' }, answers: 3 }]);
    expect(stored.rows).toEqual([
      { graded: false, n: 2 },
      { graded: true, n: 3 },
    ]);
  });
});
