import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../src/core/clock.js';
import { Role } from '../src/core/roles.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { XapiProjector } from '../src/xapi/projector.service.js';
import { XapiService } from '../src/xapi/xapi.service.js';
import { databaseKinds } from './test-database.js';
import { NO_JOBS, givenPositioningDone, givenWebinarAttended, h5pAndPollModule, play } from './xapi/events.js';
import { type Lrs, startLrs } from './xapi/lrs.js';

const ADL = 'http://adlnet.gov/expapi';
const INTERACTION = `${ADL}/activities/cmi.interaction`;

describe.each(databaseKinds())('our own learning events as xAPI statements on %s', (kind) => {
  let lrs: Lrs;
  let home: string;
  const projector = () => lrs.api.app.get(XapiProjector);

  beforeAll(async () => {
    lrs = await startLrs(kind, NO_JOBS);
    home = 'http://localhost:3000';
    await lrs.api.content.writeModule('quiz-h5p', h5pAndPollModule());
    await lrs.api.importer.importDirectory(lrs.api.content.dir);
  });
  afterAll(() => lrs.stop());

  async function statementsAbout(actor: object, query: Record<string, string | boolean | number> = {}) {
    const response = await lrs.lrs('GET', '/statements', { query: { agent: actor, ascending: true, limit: 200, ...query } });
    expect(response.status).toBe(200);
    return response.json<{ statements: Record<string, any>[] }>().statements;
  }

  it('records each answer as `answered` a cmi.interaction and the finished module as `completed`, with result and registration', async () => {
    const learner = await lrs.learner();
    const attemptId = await play(lrs, learner.cookie, 'mots-de-passe', [
      ['q-robuste', { choiceIds: ['court'] }],
      ['q-bonnes-pratiques', { choiceIds: ['unique', 'gestionnaire'] }],
      ['q-nom', { text: 'phrase de passe' }],
    ]);

    await projector().runOnce();
    const statements = await statementsAbout(learner.actor);

    const module = `${home}/xapi/activities/module/mots-de-passe`;
    expect(statements.map((s) => [s.verb.id, s.object.id])).toEqual([
      [`${ADL}/verbs/answered`, `${module}/element/q-robuste`],
      [`${ADL}/verbs/answered`, `${module}/element/q-bonnes-pratiques`],
      [`${ADL}/verbs/answered`, `${module}/element/q-nom`],
      [`${ADL}/verbs/completed`, module],
    ]);
    const [wrong, multiple, text, completed] = statements;
    expect(wrong!.actor).toEqual({ objectType: 'Agent', account: { homePage: home, name: learner.actor.account.name } });
    expect(JSON.stringify(statements)).not.toMatch(/mbox|@test\.fr/);
    expect(JSON.stringify(statements)).not.toMatch(/SECRET-FEEDBACK|SECRET-ACCEPTED|@motDePasse/);
    expect(wrong!.object.definition).toMatchObject({
      type: INTERACTION,
      interactionType: 'choice',
      name: { 'fr-FR': 'Quel mot de passe est le plus robuste ?' },
      choices: [{ id: 'court' }, { id: 'phrase' }],
    });
    expect(wrong!.object.definition).not.toHaveProperty('correctResponsesPattern');
    expect(wrong!.result).toEqual({ success: false, completion: true, response: 'court', score: { scaled: 0, raw: 0, min: 0, max: 1 } });
    expect(multiple!.result).toMatchObject({ success: true, response: 'unique[,]gestionnaire', score: { scaled: 1 } });
    expect(text!.object.definition.interactionType).toBe('fill-in');
    expect(text!.result).toMatchObject({ success: false, response: 'phrase de passe' });
    for (const s of statements) expect(s.context.registration).toBe(attemptId);
    expect(wrong!.context.contextActivities.parent).toEqual([
      {
        objectType: 'Activity',
        id: module,
        definition: { name: { 'fr-FR': 'Des mots de passe solides' }, type: `${ADL}/activities/module` },
      },
    ]);
    expect(completed!.result).toMatchObject({ completion: true, score: { raw: 1, min: 0, max: 3, scaled: 0.3333 } });
    expect(completed!.result.duration).toMatch(/^PT\d+(\.\d+)?S$/);
    expect(completed!.authority.account.name).toBe('platform');
  });

  it('records an H5P activity with its own score, and a poll as `responded`', async () => {
    const learner = await lrs.learner();
    await play(lrs, learner.cookie, 'quiz-h5p', [
      ['quiz', { h5p: { raw: 3, max: 4, scaled: 0.75, success: true, completion: true } }],
      ['avis', { choiceIds: ['oui'] }],
    ]);

    await projector().runOnce();
    const [h5p, poll] = await statementsAbout(learner.actor);

    expect([h5p!.verb.id, poll!.verb.id]).toEqual([`${ADL}/verbs/answered`, `${ADL}/verbs/responded`]);
    expect(h5p!.object).toMatchObject({
      id: `${home}/xapi/activities/module/quiz-h5p/element/quiz`,
      definition: { type: INTERACTION, interactionType: 'other', name: { 'fr-FR': 'Le quiz du mot de passe' } },
    });
    expect(h5p!.result).toEqual({ completion: true, success: true, score: { scaled: 0.75, raw: 3, min: 0, max: 4 } });
    expect(poll!.object.definition).toMatchObject({ interactionType: 'choice', choices: [{ id: 'oui' }, { id: 'non' }] });
    expect(poll!.result).toEqual({ completion: true, response: 'oui' });
  });

  it('records a positioning test: each question answered, then the result per competency', async () => {
    const learner = await lrs.learner();
    const { sessionId } = await givenPositioningDone(lrs.api.db, learner.id);

    await projector().runOnce();
    const statements = await statementsAbout(learner.actor, { registration: sessionId });

    expect(statements.map((s) => s.verb.id)).toEqual([`${ADL}/verbs/answered`, `${ADL}/verbs/answered`, `${ADL}/verbs/completed`]);
    expect(statements[0]!.result).toMatchObject({ success: true, response: 'phrase' });
    expect(statements[0]!.context.contextActivities.parent[0].id).toBe(`${home}/xapi/activities/positioning`);
    expect(statements[1]!.result).toMatchObject({ success: false, extensions: { [`${home}/xapi/extensions/skipped`]: true } });
    expect(statements[2]!.object.id).toBe(`${home}/xapi/activities/positioning`);
    expect(statements[2]!.result.extensions[`${home}/xapi/extensions/crcn-results`]).toEqual([
      { competency: '4.1', pix: expect.any(Number), level: expect.any(Number) },
    ]);
  });

  it('records a webinar poll vote at once, and attendance once the webinar is over', async () => {
    const learner = await lrs.learner();
    const clock = lrs.api.app.get(Clock);
    const startsAt = new Date(clock.now().getTime() + 3600_000);
    const endsAt = new Date(startsAt.getTime() + 3600_000);
    const { webinarId, pollId } = await givenWebinarAttended(lrs.api.db, {
      organisationId: lrs.api.organisationId,
      userId: learner.id,
      startsAt,
      endsAt,
    });

    await projector().runOnce();
    const during = await statementsAbout(learner.actor);
    clock.set(new Date(endsAt.getTime() + 1000));
    await projector().runOnce();
    const after = await statementsAbout(learner.actor);
    clock.set(new Date());

    const webinar = `${home}/xapi/activities/webinar/${webinarId}`;
    expect(during.map((s) => s.verb.id)).toEqual([`${ADL}/verbs/responded`]);
    expect(during[0]!.object).toMatchObject({ id: `${webinar}/poll/${pollId}`, definition: { interactionType: 'choice' } });
    expect(during[0]!.result.response).toBe('1');
    expect(during[0]!.context.contextActivities.parent[0]).toMatchObject({
      id: webinar,
      definition: { type: `${ADL}/activities/meeting` },
    });
    expect(after.map((s) => s.verb.id)).toEqual([`${ADL}/verbs/responded`, `${ADL}/verbs/attended`]);
    expect(after[1]!.object.id).toBe(webinar);
    expect(after[1]!.result).toEqual({ completion: true, duration: 'PT2700S' });
  });

  it('stores each event once however often the projector runs or an event is noted again', async () => {
    const learner = await lrs.learner();
    await play(lrs, learner.cookie, 'photos-en-ligne', [['q-accord', { choiceIds: ['oui'] }]]);

    const first = await projector().runOnce();
    const second = await projector().runOnce();
    // Due a second ago: the projector reads the api's Clock in milliseconds, PostgreSQL's now() has microseconds.
    await sql`
      INSERT INTO xapi_projection_queue (source, source_id, user_id, due_at)
      SELECT 'ANSWER', id::text, user_id, now() - interval '1 second' FROM answers WHERE user_id = ${learner.id}`.execute(lrs.api.db);
    const third = await projector().runOnce();
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM xapi_statements WHERE learner_id = ${learner.id}`.execute(
      lrs.api.db,
    );

    expect(first.recorded).toBe(2);
    expect(second).toEqual({ recorded: 0, skipped: 0, postponed: 0 });
    expect(third).toEqual({ recorded: 0, skipped: 1, postponed: 0 });
    expect(rows.rows[0]!.n).toBe(2);
  });

  it('puts a learner’s statements in the store of their learner membership, before an older membership with another role', async () => {
    const school = await lrs.api.app
      .get(OrganisationService)
      .createOrganisation({ kind: 'SERVICE', name: 'Service de formation', parentId: lrs.api.organisationId });
    const learner = await lrs.api.given.accountAt(school, Role.LEARNER);
    await sql`INSERT INTO memberships (user_id, organisation_id, role) VALUES (${learner.id}, ${lrs.api.organisationId}, 'TRAINER')`.execute(
      lrs.api.db,
    );
    const actor = await lrs.api.app.get(XapiService).learnerActor(learner.id);
    const clientOfSchool = (await lrs.createClient('READ', school)) as { key: string; secret: string };
    await play(lrs, learner.cookie, 'photos-en-ligne', [['q-accord', { choiceIds: ['non'] }]], { finish: false });

    await projector().runOnce();
    const inTestOrganisation = await statementsAbout(actor);
    const inSchool = await lrs.lrs('GET', '/statements', { query: { agent: actor }, as: clientOfSchool });

    expect(inTestOrganisation).toEqual([]);
    expect(inSchool.json().statements).toHaveLength(1);
  });

  it('puts the statements in the learner’s data export, and erases them with the account', async () => {
    const learner = await lrs.learner();
    await play(lrs, learner.cookie, 'photos-en-ligne', [['q-accord', { choiceIds: ['oui'] }]]);
    await projector().runOnce();

    const exported = await lrs.api.gql(`{ myDataExport }`, {}, { cookie: learner.cookie });
    const erased = await lrs.api.gql(
      `mutation($c: String!) { eraseMyAccount(confirmation: $c) }`,
      { c: 'SUPPRIMER' },
      { cookie: learner.cookie },
    );
    const left = await statementsAbout(learner.actor);
    const notes = await sql<{ n: number }>`SELECT count(*)::int AS n FROM xapi_projection_queue WHERE due_at <= now()`.execute(lrs.api.db);
    await projector().runOnce();
    const afterAnotherPass = await statementsAbout(learner.actor);

    const data = JSON.parse(exported.data?.myDataExport as string);
    expect(data.xapiStatements.map((s: { verb: { id: string } }) => s.verb.id)).toEqual([
      `${ADL}/verbs/answered`,
      `${ADL}/verbs/completed`,
    ]);
    expect(erased.errors).toBeUndefined();
    expect(left).toEqual([]);
    expect(notes.rows[0]!.n).toBe(0);
    expect(afterAnotherPass).toEqual([]);
  });
});
