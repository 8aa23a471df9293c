import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../src/core/clock.js';
import { Role } from '../src/core/roles.js';
import type { Database } from '../src/database/database.js';
import { MailSender } from '../src/mail/mail-sender.service.js';
import { MailService } from '../src/mail/mail.service.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { AnonymousAggregatesService } from '../src/privacy/anonymous-aggregates.service.js';
import { ADDRESS_COLUMNS, PERSON_COLUMNS } from '../src/privacy/personal-data.js';
import { RetentionService } from '../src/privacy/retention.service.js';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const START = `mutation($slug: String!) { startAttempt(moduleSlug: $slug) { id } }`;
const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct } }`;
const FINISH = `mutation($id: ID!) { finishAttempt(attemptId: $id) { status } }`;
const EXPORT = `{ myDataExport }`;
const ACCOUNT = `{ myAccount { id displayName email memberships { organisationName role } cohorts { name } attempts answers retentionMonths } }`;
const ERASE_MINE = `mutation($confirmation: String!) { eraseMyAccount(confirmation: $confirmation) }`;
const ERASE = `mutation($userId: ID!) { eraseAccount(userId: $userId) }`;
const AUDIT = `query($first: Int, $before: String, $action: String) {
  auditLog(first: $first, before: $before, action: $action) {
    nodes { id at action actor { id displayName } actorErased target { id displayName } targetErased organisation { name } details }
    pageInfo { hasNextPage endCursor }
  }
}`;
const OUTBOX = `{ outbox(first: 20) { nodes { to subject status attempts lastError } pageInfo { hasNextPage } } }`;
const DAY = 86_400_000;

const count = async (db: Database, query: ReturnType<typeof sql<{ n: number }>>) => (await query.execute(db)).rows[0]?.n ?? 0;

/** Every uuid, text, jsonb or array column of every table, with the rows where one of these values appears. */
async function tracesOf(db: Database, values: string[]): Promise<string[]> {
  const { rows: columns } = await sql<{ table: string; column: string }>`
    SELECT c.table_name AS table, c.column_name AS column
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = 'public' AND c.data_type IN ('uuid', 'text', 'jsonb', 'json', 'character varying', 'ARRAY')
    ORDER BY 1, 2`.execute(db);
  expect(columns.length).toBeGreaterThan(30);
  const found: string[] = [];
  for (const { table, column } of columns) {
    for (const value of values) {
      const n = await count(
        db,
        sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE strpos(lower(${sql.ref(column)}::text), ${value.toLowerCase()}) > 0`,
      );
      if (n > 0) found.push(`${table}.${column} holds ${value}`);
    }
  }
  return found;
}

/** Columns that point to a person: foreign keys to users, and uuid columns named like one. */
async function personColumnsOfDatabase(db: Database): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT DISTINCT k.table_name || '.' || k.column_name AS name
    FROM information_schema.referential_constraints r
    JOIN information_schema.key_column_usage k ON k.constraint_name = r.constraint_name AND k.constraint_schema = r.constraint_schema
    JOIN information_schema.constraint_column_usage u ON u.constraint_name = r.unique_constraint_name AND u.constraint_schema = r.unique_constraint_schema
    WHERE u.table_schema = 'public' AND u.table_name = 'users'
    UNION
    SELECT table_name || '.' || column_name
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> 'users' AND data_type = 'uuid'
      AND (column_name LIKE '%user_id' OR column_name LIKE '%actor_id' OR column_name LIKE '%\\_by' OR column_name IN ('learner_id', 'trainer_id', 'manager_id'))
    ORDER BY 1`.execute(db);
  return rows.map((r) => r.name);
}

describe.each(databaseKinds())('privacy on %s', (kind) => {
  let api: TestApi;
  let organisations: OrganisationService;
  beforeAll(async () => {
    api = await startTestApi(kind, { retention: { months: 36, noticeDays: 30, job: false } });
    organisations = api.app.get(OrganisationService);
  });
  afterAll(() => api.stop());

  /** A learner of a school of their own, with a record in every table that can hold one. */
  async function learnerWithData() {
    const schoolId = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: `Collège ${randomUUID()}` });
    const learner = await api.given.accountAt(schoolId, Role.LEARNER);
    const tag = randomBytes(4).toString('hex');
    const displayName = `Zoé Effacée ${tag}`;
    const email = `zoe.${tag}@college.fr`;
    await sql`UPDATE users SET display_name = ${displayName}, email = ${email} WHERE id = ${learner.id}`.execute(api.db);
    const cohortId = await organisations.createCohort(schoolId, `4e B ${tag}`);
    await organisations.addToCohort(cohortId, learner.id);

    const cookie = learner.cookie;
    const attemptId = (await api.gql(START, { slug: 'mots-de-passe' }, { cookie })).data?.startAttempt.id as string;
    const submit = (elementId: string, response: object) =>
      api.gql(SUBMIT, { input: { attemptId, elementId, idempotencyKey: randomUUID(), response } }, { cookie });
    await submit('q-robuste', { choiceIds: ['court'] });
    await submit('q-nom', { text: 'secret-accepted phrase de passe' });
    await api.gql(FINISH, { id: attemptId }, { cookie });

    const { rows } = await sql<{ versionId: string; moduleId: string }>`
      SELECT module_version_id AS "versionId", module_id AS "moduleId" FROM attempts WHERE id = ${attemptId}`.execute(api.db);
    const { versionId, moduleId } = rows[0]!;
    const session = await sql<{ id: string }>`
      INSERT INTO positioning_sessions (user_id, competency_codes, status, seed) VALUES (${learner.id}, '{4.1}', 'COMPLETED', 7) RETURNING id`.execute(
      api.db,
    );
    await sql`
      INSERT INTO positioning_answers (session_id, user_id, module_version_id, item_key, skill_id, response, correct, idempotency_key)
      VALUES (${session.rows[0]!.id}, ${learner.id}, ${versionId}, 'q-robuste', '@motDePasse2', '{"choiceIds":["phrase"]}', true, ${randomUUID()})`.execute(
      api.db,
    );
    await sql`
      INSERT INTO review_logs (card_id, user_id, rating, correct, idempotency_key, reviewed_at)
      SELECT id, user_id, 3, true, ${randomUUID()}, now() FROM review_cards WHERE user_id = ${learner.id} LIMIT 1`.execute(api.db);
    await sql`INSERT INTO sso_identities (issuer, subject, user_id) VALUES ('https://ent.example', ${`sub-${tag}`}, ${learner.id})`.execute(
      api.db,
    );
    await sql`INSERT INTO assignments (cohort_id, module_id, due_on, assigned_by) VALUES (${cohortId}, ${moduleId}, '2030-01-01', ${learner.id})`.execute(
      api.db,
    );
    await sql`INSERT INTO retention_notices (user_id, sent_at) VALUES (${learner.id}, now())`.execute(api.db);
    await api.app.get(MailService).queue({ to: email, subject: 'Rappel', text: `Bonjour ${displayName}` });
    await api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email, password: 'not the password' } });
    await api.gql(EXPORT, {}, { cookie });

    return { ...learner, email, displayName, schoolId, cohortId, versionId, moduleId };
  }

  describe('data export', () => {
    it('gives the learner every kind of record kept about them, as JSON, and records DATA_EXPORTED', async () => {
      const learner = await learnerWithData();

      const result = await api.gql(EXPORT, {}, { cookie: learner.cookie });
      const data = JSON.parse(result.data?.myDataExport as string);
      const exported = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM audit_log WHERE action = 'DATA_EXPORTED' AND actor_id = ${learner.id} AND target_user_id = ${learner.id}`.execute(
        api.db,
      );

      expect(data.format).toBe('continuite-personal-data/1');
      expect(data.account).toMatchObject({ id: learner.id, email: learner.email, displayName: learner.displayName, hasPassword: true });
      expect(data.memberships).toEqual([expect.objectContaining({ role: 'LEARNER', organisationId: learner.schoolId })]);
      expect(data.cohorts).toEqual([expect.objectContaining({ id: learner.cohortId })]);
      expect(data.attempts).toEqual([expect.objectContaining({ moduleSlug: 'mots-de-passe', status: 'COMPLETED' })]);
      expect(data.answers.map((a: any) => [a.itemKey, a.correct]).sort()).toEqual([
        ['q-nom', true],
        ['q-robuste', false],
      ]);
      for (const section of ['sessions', 'ssoIdentities', 'positioningSessions', 'positioningAnswers', 'reviewCards', 'reviewLogs']) {
        expect(data[section].length, section).toBeGreaterThan(0);
      }
      expect(data.assignmentsMade).toHaveLength(1);
      expect(data.retentionNotices).toHaveLength(1);
      expect(data.mails).toEqual([expect.objectContaining({ subject: 'Rappel' })]);
      expect(data.auditEntries).toEqual([expect.objectContaining({ action: 'DATA_EXPORTED', yourPart: ['ACTOR', 'TARGET'] })]);
      expect(JSON.stringify(data)).not.toMatch(/password_hash|token_hash|\$argon2|idempotency/i);
      expect(exported.rows[0]?.n).toBe(2);
    });

    it('has a section for every column of personal-data.ts', async () => {
      const learner = await learnerWithData();

      const data = JSON.parse((await api.gql(EXPORT, {}, { cookie: learner.cookie })).data?.myDataExport as string);

      for (const { section } of [...PERSON_COLUMNS, ...ADDRESS_COLUMNS]) if (section) expect(data, section).toHaveProperty(section);
    });

    it('is refused to a signed-out caller', async () => {
      const result = await api.gql(EXPORT);

      expect(reasonOf(result)).toBe('NOT_SIGNED_IN');
    });
  });

  it('covers, in export and erasure, every column of the database that points to a person', async () => {
    const covered = new Set(PERSON_COLUMNS.map((c) => `${c.table}.${c.column}`));

    const columns = await personColumnsOfDatabase(api.db);

    expect(columns.length).toBeGreaterThanOrEqual(PERSON_COLUMNS.length);
    expect(columns.filter((c) => !covered.has(c))).toEqual([]);
  });

  describe('erasure', () => {
    it('leaves no trace of the person (id, e-mail, name) in any column of any table', async () => {
      const learner = await learnerWithData();
      expect(await tracesOf(api.db, [learner.id, learner.email, learner.displayName])).not.toEqual([]);

      const result = await api.gql(ERASE_MINE, { confirmation: ' supprimer ' }, { cookie: learner.cookie });

      expect(result.data?.eraseMyAccount).toBe(true);
      expect(result.cookies.join(';')).toMatch(/sid=;/);
      expect(await tracesOf(api.db, [learner.id, learner.email, learner.displayName])).toEqual([]);
      expect(reasonOf(await api.gql(ACCOUNT, {}, { cookie: learner.cookie }))).toBe('NOT_SIGNED_IN');
    });

    it('keeps the learning records as anonymous counts of the learner\u2019s school', async () => {
      const learner = await learnerWithData();
      const aggregates = api.app.get(AnonymousAggregatesService);

      await api.gql(ERASE_MINE, { confirmation: 'SUPPRIMER' }, { cookie: learner.cookie });
      const items = await aggregates.itemTotals(learner.versionId, [learner.schoolId]);
      const attempts = await aggregates.attemptTotals([learner.moduleId], [learner.schoolId]);
      const positioning = await count(
        api.db,
        sql<{ n: number }>`SELECT sum(answers)::int AS n FROM anonymous_positioning_answers WHERE organisation_id = ${learner.schoolId}`,
      );

      expect(items).toEqual([
        { key: 'q-nom', answers: 1, correct: 1, choices: [] },
        { key: 'q-robuste', answers: 1, correct: 0, choices: [{ choiceId: 'court', chosen: 1, chosenWhenWrong: 1 }] },
      ]);
      expect(attempts).toEqual([{ moduleId: learner.moduleId, started: 1, completed: 1 }]);
      expect(positioning).toBe(1);
      expect((await aggregates.itemTotals(learner.versionId, null)).length).toBeGreaterThanOrEqual(2);
    });

    it('keeps audit entries with their action, the person replaced by « erased » and no personal details', async () => {
      const learner = await learnerWithData();

      await api.gql(ERASE_MINE, { confirmation: 'SUPPRIMER' }, { cookie: learner.cookie });
      const { rows } = await sql<{
        action: string;
        actor_id: string | null;
        target_user_id: string | null;
        actor_erased: boolean;
        target_erased: boolean;
        details: unknown;
      }>`
        SELECT action, actor_id, target_user_id, actor_erased, target_erased, details FROM audit_log
        WHERE organisation_id = ${learner.schoolId} ORDER BY id`.execute(api.db);

      expect(rows).toEqual([
        { action: 'DATA_EXPORTED', actor_id: null, target_user_id: null, actor_erased: true, target_erased: true, details: {} },
        {
          action: 'ACCOUNT_ERASED',
          actor_id: null,
          target_user_id: null,
          actor_erased: true,
          target_erased: true,
          details: { initiatedBy: 'SELF' },
        },
      ]);
    });

    it('asks for the confirmation word and keeps the account without it', async () => {
      const learner = await api.given.learner();

      const result = await api.gql(ERASE_MINE, { confirmation: 'oui' }, { cookie: learner.cookie });
      const account = await api.gql(ACCOUNT, {}, { cookie: learner.cookie });

      expect(reasonOf(result)).toBe('CONFIRMATION_MISMATCH');
      expect(account.data?.myAccount.id).toBe(learner.id);
    });
  });

  describe('who may erase whom', () => {
    async function twoSchools() {
      const schoolA = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: `Collège A ${randomUUID()}` });
      const schoolB = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: `Collège B ${randomUUID()}` });
      return {
        schoolA,
        schoolB,
        adminA: await api.given.accountAt(schoolA, Role.ADMIN),
        adminB: await api.given.accountAt(schoolB, Role.ADMIN),
        learnerA: await api.given.accountAt(schoolA, Role.LEARNER),
      };
    }
    const exists = async (id: string) =>
      (await count(api.db, sql<{ n: number }>`SELECT count(*)::int AS n FROM users WHERE id = ${id}`)) === 1;

    it('lets an admin erase an account of their school, recorded as ACCOUNT_ERASED by them', async () => {
      const { adminA, learnerA, schoolA } = await twoSchools();

      const result = await api.gql(ERASE, { userId: learnerA.id }, { cookie: adminA.cookie });
      const entries = await api.gql(AUDIT, { action: 'ACCOUNT_ERASED' }, { cookie: adminA.cookie });

      expect(result.data?.eraseAccount).toBe(true);
      expect(await exists(learnerA.id)).toBe(false);
      expect(entries.data?.auditLog.nodes[0]).toMatchObject({
        action: 'ACCOUNT_ERASED',
        actor: { id: adminA.id },
        actorErased: false,
        target: null,
        targetErased: true,
        organisation: { name: expect.stringContaining('Collège A') },
      });
      expect(JSON.parse(entries.data?.auditLog.nodes[0].details)).toEqual({ initiatedBy: 'ADMIN' });
      expect(schoolA).toBeTruthy();
    });

    it('does not let an admin of another school erase the account: it is « not found » and stays', async () => {
      const { adminB, learnerA } = await twoSchools();

      const result = await api.gql(ERASE, { userId: learnerA.id }, { cookie: adminB.cookie });

      expect(reasonOf(result)).toBe('ACCOUNT_NOT_FOUND');
      expect(await exists(learnerA.id)).toBe(true);
    });

    it('does not let a learner, a trainer or a manager erase someone else', async () => {
      const { learnerA } = await twoSchools();
      const callers = [await api.given.learner(), await api.given.trainer(), await api.given.manager()];

      const results = await Promise.all(callers.map((c) => api.gql(ERASE, { userId: learnerA.id }, { cookie: c.cookie })));

      expect(results.map(reasonOf)).toEqual(['NOT_ALLOWED', 'NOT_ALLOWED', 'NOT_ALLOWED']);
      expect(await exists(learnerA.id)).toBe(true);
    });

    it('refuses an anonymous erasure and a malformed id', async () => {
      const admin = await api.given.admin();

      const anonymous = await api.gql(ERASE_MINE, { confirmation: 'SUPPRIMER' });
      const malformed = await api.gql(ERASE, { userId: 'nope' }, { cookie: admin.cookie });
      const unknown = await api.gql(ERASE, { userId: randomUUID() }, { cookie: admin.cookie });

      expect(reasonOf(anonymous)).toBe('NOT_SIGNED_IN');
      expect(reasonOf(malformed)).toBe('INVALID_INPUT');
      expect(reasonOf(unknown)).toBe('ACCOUNT_NOT_FOUND');
    });
  });

  describe('audit log', () => {
    it('shows an admin the entries of their scope, newest first, with names, a page at a time', async () => {
      const schoolId = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: `Lycée ${randomUUID()}` });
      const admin = await api.given.accountAt(schoolId, Role.ADMIN);
      const learners = [await api.given.accountAt(schoolId, Role.LEARNER), await api.given.accountAt(schoolId, Role.LEARNER)];
      for (const learner of learners) await api.gql(EXPORT, {}, { cookie: learner.cookie });
      const otherAdmin = await api.given.admin();

      const first = await api.gql(AUDIT, { first: 1, action: 'DATA_EXPORTED' }, { cookie: admin.cookie });
      const second = await api.gql(
        AUDIT,
        { first: 1, action: 'DATA_EXPORTED', before: first.data?.auditLog.pageInfo.endCursor },
        { cookie: admin.cookie },
      );
      const other = await api.gql(AUDIT, { first: 100 }, { cookie: otherAdmin.cookie });

      expect(first.data?.auditLog.nodes).toEqual([
        expect.objectContaining({
          action: 'DATA_EXPORTED',
          actor: { id: learners[1]!.id, displayName: expect.any(String) },
          target: expect.any(Object),
        }),
      ]);
      expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
      expect(second.data?.auditLog.nodes[0].actor.id).toBe(learners[0]!.id);
      expect(other.data?.auditLog.nodes.map((n: any) => n.actor?.id)).not.toContain(learners[0]!.id);
    });

    it('bounds its pages from 1 to 100 entries', async () => {
      const admin = await api.given.admin();

      const results = await Promise.all([0, 101].map((first) => api.gql(AUDIT, { first }, { cookie: admin.cookie })));

      expect(results.map(reasonOf)).toEqual(['INVALID_INPUT', 'INVALID_INPUT']);
    });

    it('is closed to managers, trainers and learners; so is the outbox', async () => {
      const callers = [await api.given.manager(), await api.given.trainer(), await api.given.learner()];

      const audit = await Promise.all(callers.map((c) => api.gql(AUDIT, {}, { cookie: c.cookie })));
      const outbox = await Promise.all(callers.map((c) => api.gql(OUTBOX, {}, { cookie: c.cookie })));

      expect([...audit, ...outbox].map(reasonOf)).toEqual(Array(6).fill('NOT_ALLOWED'));
    });
  });

  it('shows the learner their account and what is kept', async () => {
    const learner = await learnerWithData();

    const result = await api.gql(ACCOUNT, {}, { cookie: learner.cookie });

    expect(result.data?.myAccount).toMatchObject({
      id: learner.id,
      email: learner.email,
      memberships: [{ role: 'LEARNER' }],
      cohorts: [{ name: expect.stringContaining('4e B') }],
      attempts: 1,
      answers: 2,
      retentionMonths: 36,
    });
  });
});

describe.each(databaseKinds())('retention and mail on %s', (kind) => {
  let api: TestApi;
  let clock: Clock;
  let smtp: SMTPServer;
  const received: { to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('refuse')) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        callback();
      },
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    api = await startTestApi(kind, {
      retention: { months: 36, noticeDays: 30, job: false },
      mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Continuité <ne-pas-repondre@test.fr>' },
    });
    clock = api.app.get(Clock);
  });
  afterEach(() => clock.set(new Date()));
  afterAll(async () => {
    await api.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const mailsTo = (address: string) => received.filter((m) => m.to.includes(address));
  const exists = async (id: string) =>
    (await count(api.db, sql<{ n: number }>`SELECT count(*)::int AS n FROM users WHERE id = ${id}`)) === 1;

  it('sends queued mail once, retries a refused one later, and shows both in the outbox', async () => {
    const mail = api.app.get(MailService);
    const sender = api.app.get(MailSender);
    const admin = await api.given.admin();
    await mail.queue({
      to: 'awa@college.fr',
      subject: 'Bienvenue',
      text: 'Bonjour',
      attachments: [{ filename: 'a.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' }],
    });
    await mail.queue({ to: 'refuse@college.fr', subject: 'Refusé', text: 'Bonjour' });

    await Promise.all([sender.sendDue(), sender.sendDue()]);
    await sender.sendDue();
    const firstTry = await api.gql(OUTBOX, {}, { cookie: admin.cookie });
    await sender.sendDue();
    clock.set(new Date(Date.now() + 2 * 60_000));
    await sender.sendDue();
    const secondTry = await api.gql(OUTBOX, {}, { cookie: admin.cookie });

    expect(mailsTo('awa@college.fr')).toHaveLength(1);
    expect(mailsTo('awa@college.fr')[0]!.raw).toContain('a.ics');
    expect(firstTry.data?.outbox.nodes).toEqual([
      { to: 'refuse@college.fr', subject: 'Refusé', status: 'QUEUED', attempts: 1, lastError: expect.stringContaining('550') },
      { to: 'awa@college.fr', subject: 'Bienvenue', status: 'SENT', attempts: 1, lastError: null },
    ]);
    expect(secondTry.data?.outbox.nodes[0]).toMatchObject({ status: 'QUEUED', attempts: 2 });
  });

  it('notices inactive accounts once, erases them after the notice period, and spares those active again', async () => {
    const retention = api.app.get(RetentionService);
    const base = new Date();
    const at = (months: number, days: number) => {
      const date = new Date(base);
      date.setUTCMonth(date.getUTCMonth() + months);
      return new Date(date.getTime() + days * DAY);
    };
    const noticed = await api.given.learner();
    const returning = await api.given.learner();
    const active = await api.given.learner();
    const pupil = (
      await sql<{
        id: string;
      }>`INSERT INTO users (identifier, display_name) VALUES (${`eleve-${randomUUID()}`}, 'Élève sans adresse') RETURNING id`.execute(
        api.db,
      )
    ).rows[0]!.id;
    const touch = (cookie: string) => api.gql(ACCOUNT, {}, { cookie });

    clock.set(at(36, -10));
    await touch(active.cookie);
    const first = await retention.runPass();
    const again = await retention.runPass();
    await api.app.get(MailSender).sendDue();
    await api.app.get(MailSender).sendDue();

    clock.set(at(36, -5));
    await touch(returning.cookie);
    clock.set(at(36, 2));
    await retention.runPass();
    const pupilGoneEarly = !(await exists(pupil));
    const noticedKeptDuringNotice = await exists(noticed.id);

    clock.set(at(36, 25));
    await retention.runPass();
    const erasures = await sql<{ actor_id: string | null; target_erased: boolean; details: unknown }>`
      SELECT actor_id, target_erased, details FROM audit_log WHERE action = 'ACCOUNT_ERASED_FOR_INACTIVITY'`.execute(api.db);

    expect(first.noticesQueued).toBeGreaterThanOrEqual(2);
    expect(again.noticesQueued).toBe(0);
    expect(mailsTo(noticed.email)).toHaveLength(1);
    expect(mailsTo(noticed.email)[0]!.raw).toContain('Subject: =?UTF-8?');
    expect(mailsTo(returning.email)).toHaveLength(1);
    expect(mailsTo(active.email)).toHaveLength(0);
    expect(pupilGoneEarly).toBe(true);
    expect(noticedKeptDuringNotice).toBe(true);
    expect(await exists(noticed.id)).toBe(false);
    expect(await exists(returning.id)).toBe(true);
    expect(await exists(active.id)).toBe(true);
    expect(erasures.rows.length).toBeGreaterThanOrEqual(2);
    expect(erasures.rows.every((r) => r.actor_id === null && r.target_erased)).toBe(true);
    expect(erasures.rows[0]!.details).toEqual({ initiatedBy: 'RETENTION' });
    expect(await tracesOf(api.db, [noticed.id, noticed.email])).toEqual([]);
  });
});
