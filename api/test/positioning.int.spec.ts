import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

/** A bank on two tubes of 1.1 (levels 1-6 each), one question a skill: « bon » is right, « faux » is wrong. */
function bankModule(): string {
  const question = (tube: string, level: number) => `      - type: single-choice
        id: q-${tube.toLowerCase()}-${level}
        skill: '@${tube}${level}'
        prompt: Question de niveau ${level} sur ${tube}
        choices:
          - { id: bon, text: La bonne réponse }
          - { id: faux, text: Une mauvaise réponse }
        answer: bon
        feedback: { correct: Oui., incorrect: Non. }`;
  return `slug: banque-positionnement
title: Banque de positionnement
summary: Des questions à tous les niveaux.
theme: cybersecurity
audience: all
durationMinutes: 5
level: 3
objectives: [Situer son niveau]
sources:
  - title: Référentiel CRCN
    url: https://eduscol.education.fr/
grains:
  - id: questions
    type: activity
    title: Questions
    elements:
${['evaluerSource', 'imageContexte'].flatMap((tube) => [1, 2, 3, 4, 5, 6].map((level) => question(tube, level))).join('\n')}
`;
}

const START = `mutation($codes: [String!]!) { startPositioning(input: { competencyCodes: $codes }) { ...S } }`;
const ANSWER = `mutation($input: AnswerPositioningInput!) { answerPositioning(input: $input) { ...S } }`;
const MINE = `{ myPositioning { ...S } }`;
const SESSION = `fragment S on PositioningSession {
  id status answeredCount completedAt competencies { code }
  question { versionId itemKey number competency { code } element { id ... on SingleChoiceElement { skillId promptHtml choices { id html } } } }
  results { competency { code } pix level }
}`;
const PROFILE = `{ myProfile { competency { code } pix level lessonPix measuredPix measuredLevel } myProfileHistory { day totalPix } }`;

describe.each(databaseKinds())('positioning on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await api.content.writeModule('banque-positionnement', bankModule());
    const report = await api.importer.importDirectory(api.content.dir);
    expect(report.errors).toEqual([]);
  });
  afterAll(() => api.stop());

  const run = (query: string, variables: Record<string, unknown>, cookie: string) => api.gql(query + SESSION, variables, { cookie });
  const answerOf = (session: any, correct: boolean, idempotencyKey = randomUUID()) => ({
    input: {
      sessionId: session.id,
      versionId: session.question.versionId,
      itemKey: session.question.itemKey,
      response: { choiceIds: [correct ? 'bon' : 'faux'] },
      idempotencyKey,
    },
  });
  const levelOf = (session: any) => Number(/(\d)$/.exec(session.question.element.skillId)![1]);

  /** Takes the test on 4.1 as a learner who knows exactly the skills up to `level`. */
  async function takeTest(cookie: string, level: number) {
    let session = (await run(START, { codes: ['1.1'] }, cookie)).data!.startPositioning;
    const asked: number[] = [];
    while (session.question) {
      asked.push(levelOf(session));
      const result = await run(ANSWER, answerOf(session, levelOf(session) <= level), cookie);
      expect(result.errors).toBeUndefined();
      session = result.data!.answerPositioning;
    }
    return { session, asked };
  }

  it('lists the competencies the bank can test', async () => {
    const learner = await api.given.learner();
    const result = await api.gql(`{ testableCompetencies { competency { code } questions } }`, {}, { cookie: learner.cookie });

    expect(result.data?.testableCompetencies).toContainEqual({ competency: { code: '1.1' }, questions: 12 });
  });

  it('starts at level 2, adapts, ends on its own with a placement, and fills the measured part of the profile', async () => {
    const learner = await api.given.learner();

    const { session, asked } = await takeTest(learner.cookie, 4);
    const profile = await api.gql(PROFILE, {}, { cookie: learner.cookie });

    expect(asked[0]).toBe(2);
    expect(asked.length).toBeLessThan(12);
    expect(session).toMatchObject({ status: 'COMPLETED', question: null, answeredCount: asked.length });
    // Knowing the skills up to 4 on both tubes of the bank: 2 × 4 skills; the other two tubes of 1.1 stay unknown.
    const placement = session.results.find((r: any) => r.competency.code === '1.1');
    expect(placement.pix).toBeGreaterThan(0);
    const onProfile = profile.data?.myProfile.find((p: any) => p.competency.code === '1.1');
    expect(onProfile).toMatchObject({ pix: placement.pix, measuredPix: placement.pix, measuredLevel: placement.level, lessonPix: 0 });
    expect(profile.data?.myProfileHistory).toHaveLength(1);
    expect(profile.data?.myProfileHistory[0].totalPix).toBe(placement.pix);
  });

  it('places a stronger learner higher than a weaker one', async () => {
    const weak = await takeTest((await api.given.learner()).cookie, 1);
    const strong = await takeTest((await api.given.learner()).cookie, 5);

    expect(strong.session.results[0].pix).toBeGreaterThan(weak.session.results[0].pix);
  });

  it('says nothing of right or wrong while the test runs, and sends no solution', async () => {
    const learner = await api.given.learner();
    const started = await api.gql(START + SESSION, { codes: ['1.1'] }, { cookie: learner.cookie });
    const raw = JSON.stringify(started.data);

    expect(raw).not.toContain('correct');
    expect(started.data?.startPositioning.results).toEqual([]);
  });

  it('stores a repeated answer once, and refuses an answer to another question than the one asked', async () => {
    const learner = await api.given.learner();
    const session = (await run(START, { codes: ['1.1'] }, learner.cookie)).data!.startPositioning;
    const input = answerOf(session, true);

    const first = await run(ANSWER, input, learner.cookie);
    const again = await run(ANSWER, input, learner.cookie);
    const stale = await run(ANSWER, answerOf(session, true), learner.cookie);
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM positioning_answers WHERE session_id = ${session.id}`.execute(
      api.db,
    );

    expect(first.data?.answerPositioning.answeredCount).toBe(1);
    expect(again.data?.answerPositioning.answeredCount).toBe(1);
    expect(reasonOf(stale)).toBe('NOT_THE_CURRENT_ITEM');
    expect(rows.rows[0]?.n).toBe(1);
  });

  it('counts a skipped question as a wrong answer', async () => {
    const learner = await api.given.learner();
    const session = (await run(START, { codes: ['1.1'] }, learner.cookie)).data!.startPositioning;
    const { response: _, ...skip } = answerOf(session, false).input;

    await run(ANSWER, { input: { ...skip, skip: true } }, learner.cookie);
    const row = await sql<{
      correct: boolean;
      skipped: boolean;
    }>`SELECT correct, skipped FROM positioning_answers WHERE session_id = ${session.id}`.execute(api.db);

    expect(row.rows).toEqual([{ correct: false, skipped: true }]);
  });

  it('resumes the test in progress, and a new start abandons it', async () => {
    const learner = await api.given.learner();
    const first = (await run(START, { codes: ['1.1'] }, learner.cookie)).data!.startPositioning;

    const resumed = await run(MINE, {}, learner.cookie);
    const second = (await run(START, { codes: ['1.1'] }, learner.cookie)).data!.startPositioning;
    const old = await api.gql(`query($id: ID!) { positioningSession(id: $id) { status } }`, { id: first.id }, { cookie: learner.cookie });

    expect(resumed.data?.myPositioning.id).toBe(first.id);
    expect(second.id).not.toBe(first.id);
    expect(old.data?.positioningSession.status).toBe('ABANDONED');
  });

  it('keeps each learner\u2019s test to themselves', async () => {
    const owner = await api.given.learner();
    const other = await api.given.learner();
    const session = (await run(START, { codes: ['1.1'] }, owner.cookie)).data!.startPositioning;

    const read = await api.gql(`query($id: ID!) { positioningSession(id: $id) { id } }`, { id: session.id }, { cookie: other.cookie });
    const write = await run(ANSWER, answerOf(session, true), other.cookie);

    expect(read.data?.positioningSession).toBeNull();
    expect(reasonOf(write)).toBe('POSITIONING_NOT_FOUND');
  });

  it('refuses unknown competencies, competencies without questions, and roles that take no tests', async () => {
    const learner = await api.given.learner();
    const manager = await api.given.manager();

    expect(reasonOf(await run(START, { codes: ['9.9'] }, learner.cookie))).toBe('UNKNOWN_COMPETENCY');
    expect(reasonOf(await run(START, { codes: ['3.1'] }, learner.cookie))).toBe('NOTHING_TO_TEST');
    expect(reasonOf(await run(START, { codes: ['1.1'] }, manager.cookie))).toBe('NOT_ALLOWED');
  });
});
