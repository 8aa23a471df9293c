import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordModule } from './fixture-content.js';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

// Issue 9: a module downloaded for offline play, its answers queued and sent back later.
const RESERVE = `mutation($input: ReserveOfflineAttemptInput!) {
  reserveOfflineAttempt(input: $input) {
    id versionId version status grainCount
    grains { id elements { __typename id ... on SingleChoiceElement { choices { id html } } } }
    module { slug }
  }
}`;
const START = `mutation($slug: String!) { startAttempt(moduleSlug: $slug) { id version } }`;
const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { elementId correct feedbackHtml solution { choiceIds } } }`;
const FINISH = `mutation($id: ID!) { finishAttempt(attemptId: $id) { status score { percent } } }`;
const MODULE = `{ module(slug: "mots-de-passe") { myAttempt { id status } myBestScore { correct total percent } } }`;
const PROGRESS = `{ myProgress { modulesStarted modulesCompleted competencies { competency { code } skillsValidated skillsFailed } } }`;

const key = () => randomUUID();

describe.each(databaseKinds())('offline learning on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api.stop());

  async function downloaded(cookie: string, downloadKey = key()) {
    const result = await api.gql(RESERVE, { input: { moduleSlug: 'mots-de-passe', downloadKey } }, { cookie });
    expect(result.errors).toBeUndefined();
    return result.data!.reserveOfflineAttempt as { id: string; versionId: string; version: number; status: string };
  }

  const queued = (attempt: { id: string; versionId: string }, elementId: string, response: object, at: Date, idempotencyKey = key()) => ({
    input: { attemptId: attempt.id, versionId: attempt.versionId, elementId, idempotencyKey, response, answeredAt: at.toISOString() },
  });

  it('reserves an attempt of its own for each download, the same one when the download is retried, without any solution', async () => {
    const learner = await api.given.learner();
    const online = await api.gql(START, { slug: 'mots-de-passe' }, { cookie: learner.cookie });
    const downloadKey = key();

    const first = await api.gql(RESERVE, { input: { moduleSlug: 'mots-de-passe', downloadKey } }, { cookie: learner.cookie });
    const retried = await downloaded(learner.cookie, downloadKey);
    const otherDevice = await downloaded(learner.cookie);
    const module = await api.gql(MODULE, {}, { cookie: learner.cookie });

    const attempt = first.data?.reserveOfflineAttempt;
    expect(attempt).toMatchObject({ version: 1, status: 'IN_PROGRESS', grainCount: 2, module: { slug: 'mots-de-passe' } });
    expect(JSON.stringify(attempt)).not.toMatch(/SECRET|solution|accepted/i);
    expect(retried.id).toBe(attempt.id);
    expect(otherDevice.id).not.toBe(attempt.id);
    expect(attempt.id).not.toBe(online.data?.startAttempt.id);
    // Online, the learner still sees (and resumes) the attempt it plays online.
    expect(module.data?.module.myAttempt).toEqual({ id: online.data?.startAttempt.id, status: 'IN_PROGRESS' });
  });

  it('stores a queued answer once with the time it was given, however many times it is sent', async () => {
    const learner = await api.given.learner();
    const attempt = await downloaded(learner.cookie);
    // Downloaded this morning, answered on the train an hour ago, sent now.
    await sql`UPDATE attempts SET started_at = now() - interval '3 hours' WHERE id = ${attempt.id}`.execute(api.db);
    const givenAt = new Date(Date.now() - 3_600_000);
    const sameKey = key();
    const send = () =>
      api.gql(SUBMIT, queued(attempt, 'q-robuste', { choiceIds: ['phrase'] }, givenAt, sameKey), { cookie: learner.cookie });

    const results = [await send(), ...(await Promise.all([send(), send(), send()])), await send()];
    const rows = await sql<{ n: number; at: Date }>`
      SELECT count(*)::int AS n, min(answered_at) AS at FROM answers WHERE user_id = ${learner.id}`.execute(api.db);

    expect(results.map((r) => r.data?.submitAnswer.correct)).toEqual([true, true, true, true, true]);
    expect(results[0]?.data?.submitAnswer.solution).toEqual({ choiceIds: ['phrase'] });
    expect(rows.rows[0]?.n).toBe(1);
    expect(new Date(rows.rows[0]!.at).getTime()).toBe(givenAt.getTime());
  });

  it('checks a queued answer against the version the learner played, also after a new version is published', async () => {
    const learner = await api.given.learner();
    const attempt = await downloaded(learner.cookie);
    await api.content.writeModule('mots-de-passe', passwordModule({ extraGrain: true }));
    await api.importer.importDirectory(api.content.dir);
    const current = await api.gql(`{ module(slug: "mots-de-passe") { version } }`, {}, { cookie: learner.cookie });
    const otherVersion = await downloaded(learner.cookie);

    const wrongVersion = await api.gql(
      SUBMIT,
      queued({ id: attempt.id, versionId: otherVersion.versionId }, 'q-robuste', { choiceIds: ['phrase'] }, new Date()),
      { cookie: learner.cookie },
    );
    const played = await api.gql(SUBMIT, queued(attempt, 'q-nom', { text: 'secret-accepted phrase de passe' }, new Date()), {
      cookie: learner.cookie,
    });

    expect(current.data?.module.version).toBe(2);
    expect(otherVersion.version).toBe(2);
    expect(reasonOf(wrongVersion)).toBe('VERSION_MISMATCH');
    expect(played.data?.submitAnswer).toMatchObject({ elementId: 'q-nom', correct: true });
  });

  it('keeps both attempts of a module played on two devices, and the best one counts, for the score and for competencies', async () => {
    const learner = await api.given.learner();
    const laptop = await downloaded(learner.cookie);
    const phone = await downloaded(learner.cookie);
    await sql`UPDATE attempts SET started_at = now() - interval '3 hours' WHERE user_id = ${learner.id}`.execute(api.db);
    const morning = new Date(Date.now() - 3_600_000);
    const noon = new Date(Date.now() - 600_000);

    // The phone comes back online first, with a wrong answer; the laptop later, with right ones.
    await api.gql(SUBMIT, queued(phone, 'q-robuste', { choiceIds: ['court'] }, noon), { cookie: learner.cookie });
    await api.gql(FINISH, { id: phone.id }, { cookie: learner.cookie });
    await api.gql(SUBMIT, queued(laptop, 'q-robuste', { choiceIds: ['phrase'] }, morning), { cookie: learner.cookie });
    await api.gql(SUBMIT, queued(laptop, 'q-bonnes-pratiques', { choiceIds: ['unique', 'gestionnaire'] }, morning), {
      cookie: learner.cookie,
    });
    await api.gql(SUBMIT, queued(laptop, 'q-nom', { text: 'secret-accepted phrase de passe' }, morning), { cookie: learner.cookie });
    await api.gql(FINISH, { id: laptop.id }, { cookie: learner.cookie });
    const module = await api.gql(MODULE, {}, { cookie: learner.cookie });
    const progress = await api.gql(PROGRESS, {}, { cookie: learner.cookie });
    const attempts = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM attempts WHERE user_id = ${learner.id} AND status = 'COMPLETED'`.execute(api.db);

    expect(attempts.rows[0]?.n).toBe(2);
    expect(module.data?.module.myBestScore).toMatchObject({ percent: 100 });
    expect(progress.data?.myProgress).toMatchObject({ modulesStarted: 1, modulesCompleted: 1 });
    // The phone's later wrong answer does not undo the skill the laptop showed at the same time.
    expect(progress.data?.myProgress.competencies).toEqual([expect.objectContaining({ skillsValidated: 1, skillsFailed: 0 })]);
  });

  it('does not let another learner answer in a downloaded attempt, nor a manager download a module', async () => {
    const learner = await api.given.learner();
    const other = await api.given.learner();
    const manager = await api.given.manager();
    const attempt = await downloaded(learner.cookie);

    const intruder = await api.gql(SUBMIT, queued(attempt, 'q-robuste', { choiceIds: ['phrase'] }, new Date()), { cookie: other.cookie });
    const reserved = await api.gql(RESERVE, { input: { moduleSlug: 'mots-de-passe', downloadKey: key() } }, { cookie: manager.cookie });

    expect(reasonOf(intruder)).toBe('ATTEMPT_NOT_FOUND');
    expect(reserved.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
