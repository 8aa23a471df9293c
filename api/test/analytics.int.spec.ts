import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../src/core/clock.js';
import { Role } from '../src/core/roles.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { type GraphQLResult, reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const IMPORT = `mutation($input: PeopleImportInput!) { importPeople(input: $input) { created updated rejected { line reason } } }`;
const ORGANISATIONS = `{ managedOrganisations { id cohorts { id name } } }`;
const ASSIGN = `mutation($input: AssignModulesInput!) { assignModules(input: $input) { id } }`;
const START = `mutation($slug: String!) { startAttempt(moduleSlug: $slug) { id } }`;
const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct } }`;
const FINISH = `mutation($id: ID!) { finishAttempt(attemptId: $id) { status } }`;
const PROFILE = `{ myProfile { competency { code } pix level } }`;
const START_POSITIONING = `mutation($codes: [String!]!) { startPositioning(input: { competencyCodes: $codes }) { ...S } }`;
const ANSWER_POSITIONING = `mutation($input: AnswerPositioningInput!) { answerPositioning(input: $input) { ...S } }`;
const SESSION = `fragment S on PositioningSession { id status sharedAt question { versionId itemKey } results { competency { code } pix level } }`;
const SHARE = `mutation($id: ID!) { sharePositioning(sessionId: $id) { id status sharedAt } }`;

const LEARNER = `learner { id displayName pseudonym }`;
const PAGE = `totalCount pageInfo { hasNextPage endCursor }`;
const COMPLETION = `query($cohortId: ID!, $first: Int, $after: String, $pseudonymous: Boolean) {
  cohortCompletion(cohortId: $cohortId, first: $first, after: $after, pseudonymous: $pseudonymous) {
    cohort { name } today
    assignments { assignment { id module { slug } } completed inProgress notStarted overdue total }
    learners { ${PAGE} nodes { ${LEARNER} progress { assignmentId status overdue } } }
  }
}`;
const HEATMAP = `query($cohortId: ID!, $first: Int, $after: String, $pseudonymous: Boolean) {
  cohortCompetencyHeatmap(cohortId: $cohortId, first: $first, after: $after, pseudonymous: $pseudonymous) {
    competencies { competency { code name } learners averageLevel averagePix }
    learners { ${PAGE} nodes { ${LEARNER} cells { competencyCode level pix } } }
  }
}`;
const ITEMS = `query($cohortId: ID!) {
  cohortItemStatistics(cohortId: $cohortId) {
    module { slug } learners items { key kind label answers correct successRate mostChosenWrong { choiceId text count } }
  }
}`;
const EXPORT = `mutation($cohortId: ID!, $view: CohortReportView!, $pseudonymous: Boolean) {
  exportCohortReport(cohortId: $cohortId, view: $view, pseudonymous: $pseudonymous) { filename csv }
}`;

const HOSTILE = ['=HYPERLINK("http://x")', '+33 6 00 00 00 00', '-2+3', '@SUM(A1)'];
const NAMES = ['Alice Arnaud', 'Bruno Bonnet', 'Chloé Caron'];
const PSEUDONYM = /^[0-9A-HJKMNP-TV-Z]{6}$/;
/** Right answers of the fixture module, for the positioning test that draws its questions from it. */
const RIGHT: Record<string, object> = {
  'q-robuste': { choiceIds: ['phrase'] },
  'q-bonnes-pratiques': { choiceIds: ['unique', 'gestionnaire'] },
  'q-nom': { text: 'SECRET-ACCEPTED phrase de passe' },
};

type Account = { cookie: string; email: string; id: string };

describe.each(databaseKinds())('cohort dashboards on %s', (kind) => {
  let api: TestApi;
  let manager: Account;
  let alice: Account;
  let bruno: Account;
  let chloe: Account;
  let cohortId: string;

  const as = (account: { cookie: string }) => ({ cookie: account.cookie });
  const answer = (attemptId: string, elementId: string, response: object) => ({
    input: { attemptId, elementId, idempotencyKey: randomUUID(), response },
  });

  async function play(account: Account, slug: string, answers: [string, object][], finish: boolean) {
    const attemptId = (await api.gql(START, { slug }, as(account))).data!.startAttempt.id as string;
    for (const [elementId, response] of answers) {
      const result = await api.gql(SUBMIT, answer(attemptId, elementId, response), as(account));
      expect(result.errors).toBeUndefined();
    }
    if (finish) await api.gql(FINISH, { id: attemptId }, as(account));
  }

  /** Every page of a report, following the cursors. */
  async function allPages(query: string, field: string, variables: Record<string, unknown>, account = manager) {
    const nodes: any[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResult = await api.gql(query, { cohortId, first: 3, ...variables, after }, as(account));
      expect(result.errors).toBeUndefined();
      const page: { nodes: any[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = result.data![field].learners;
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }

  async function exported(view: string, pseudonymous = false) {
    const result = await api.gql(EXPORT, { cohortId, view, pseudonymous }, as(manager));
    expect(result.errors).toBeUndefined();
    const { csv, filename } = result.data!.exportCohortReport as { csv: string; filename: string };
    return { csv, filename, rows: parse(csv, { bom: true, delimiter: ';' }) as string[][] };
  }

  beforeAll(async () => {
    api = await startTestApi(kind, { pseudonymSecret: 'a key for the tests' });
    manager = await api.given.manager();
    [alice, bruno, chloe] = [await api.given.learner(), await api.given.learner(), await api.given.learner()];
    const file = [
      'Nom;Prénom;Courriel;Identifiant;Classe;Profil',
      `Arnaud;Alice;${alice.email};;3e A;Élève`,
      `Bonnet;Bruno;${bruno.email};;3e A;Élève`,
      `Caron;Chloé;${chloe.email};;3e A;Élève`,
      ...HOSTILE.map((name, i) => `"${name.replaceAll('"', '""')}";;;hostile.${i};3e A;Élève`),
    ].join('\r\n');
    const imported = await api.gql(IMPORT, { input: { organisationId: api.organisationId, csv: file } }, as(manager));
    expect(imported.data?.importPeople).toMatchObject({ created: 4, updated: 3, rejected: [] });
    const organisations = (await api.gql(ORGANISATIONS, {}, as(manager))).data!.managedOrganisations;
    cohortId = organisations[0].cohorts.find((c: any) => c.name === '3e A').id;
    const assigned = await api.gql(
      ASSIGN,
      { input: { cohortId, moduleSlugs: ['mots-de-passe', 'photos-en-ligne'], dueOn: '2099-06-30' } },
      as(manager),
    );
    expect(assigned.errors).toBeUndefined();

    // Alice completes the passwords module (one right, one wrong) and starts the photos one (right);
    // Bruno starts the passwords module (two wrong); someone outside the cohort answers too.
    await play(
      alice,
      'mots-de-passe',
      [
        ['q-robuste', { choiceIds: ['phrase'] }],
        ['q-bonnes-pratiques', { choiceIds: ['unique', 'postit'] }],
      ],
      true,
    );
    await play(alice, 'photos-en-ligne', [['q-accord', { choiceIds: ['oui'] }]], false);
    await play(
      bruno,
      'mots-de-passe',
      [
        ['q-robuste', { choiceIds: ['court'] }],
        ['q-bonnes-pratiques', { choiceIds: ['postit'] }],
      ],
      false,
    );
    await play(await api.given.learner(), 'mots-de-passe', [['q-robuste', { choiceIds: ['court'] }]], true);
  });
  afterEach(() => api.app.get(Clock).set(new Date()));
  afterAll(() => api.stop());

  describe('completion', () => {
    it('says who has done, started or not started each assignment, with totals over the whole cohort', async () => {
      const result = await api.gql(COMPLETION, { cohortId, first: 50 }, as(manager));

      const report = result.data!.cohortCompletion;
      const bySlug = (slug: string) => report.assignments.find((a: any) => a.assignment.module.slug === slug);
      expect(report.cohort.name).toBe('3e A');
      expect(bySlug('mots-de-passe')).toMatchObject({ completed: 1, inProgress: 1, notStarted: 5, overdue: 0, total: 7 });
      expect(bySlug('photos-en-ligne')).toMatchObject({ completed: 0, inProgress: 1, notStarted: 6, overdue: 0, total: 7 });
      const statusOf = (name: string, slug: string) =>
        report.learners.nodes
          .find((n: any) => n.learner.displayName === name)
          .progress.find((p: any) => p.assignmentId === bySlug(slug).assignment.id).status;
      expect(statusOf('Alice Arnaud', 'mots-de-passe')).toBe('COMPLETED');
      expect(statusOf('Alice Arnaud', 'photos-en-ligne')).toBe('IN_PROGRESS');
      expect(statusOf('Bruno Bonnet', 'mots-de-passe')).toBe('IN_PROGRESS');
      expect(statusOf('Chloé Caron', 'mots-de-passe')).toBe('NOT_STARTED');
    });

    it('flags overdue only once the due day is over in Paris', async () => {
      const clock = api.app.get(Clock);

      clock.set(new Date('2099-06-30T21:30:00Z')); // 23:30 in Paris, still the due day
      const lastEvening = (await api.gql(COMPLETION, { cohortId }, as(manager))).data!.cohortCompletion;
      clock.set(new Date('2099-06-30T22:30:00Z')); // 00:30 on 1 July in Paris
      const nextMorning = (await api.gql(COMPLETION, { cohortId }, as(manager))).data!.cohortCompletion;

      const overdue = (report: any) => Object.fromEntries(report.assignments.map((a: any) => [a.assignment.module.slug, a.overdue]));
      expect(lastEvening.today).toBe('2099-06-30');
      expect(overdue(lastEvening)).toEqual({ 'mots-de-passe': 0, 'photos-en-ligne': 0 });
      expect(nextMorning.today).toBe('2099-07-01');
      expect(overdue(nextMorning)).toEqual({ 'mots-de-passe': 6, 'photos-en-ligne': 7 });
      const alicesRow = nextMorning.learners.nodes.find((n: any) => n.learner.displayName === 'Alice Arnaud');
      expect(alicesRow.progress.map((p: any) => [p.status, p.overdue]).sort()).toEqual([
        ['COMPLETED', false],
        ['IN_PROGRESS', true],
      ]);
    });

    it('gives the members a page at a time, each once', async () => {
      const first = await api.gql(COMPLETION, { cohortId, first: 3 }, as(manager));

      const everyone = await allPages(COMPLETION, 'cohortCompletion', {});

      expect(first.data!.cohortCompletion.learners).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true } });
      expect(first.data!.cohortCompletion.learners.nodes).toHaveLength(3);
      expect(everyone.map((n) => n.learner.displayName).sort()).toEqual([...NAMES, ...HOSTILE].sort());
    });
  });

  describe('competency heatmap', () => {
    it('shows each learner\u2019s level and pix from lessons, and a positioning result only once it is shared', async () => {
      const session = await takePositioning(chloe);
      const before = await allPages(HEATMAP, 'cohortCompetencyHeatmap', {});
      const beforeColumns = (await api.gql(HEATMAP, { cohortId }, as(manager))).data!.cohortCompetencyHeatmap.competencies;

      const shared = await api.gql(SHARE, { id: session.id }, as(chloe));
      const after = await api.gql(HEATMAP, { cohortId, first: 50 }, as(manager));

      const heatmap = after.data!.cohortCompetencyHeatmap;
      const codes = heatmap.competencies.map((c: any) => c.competency.code);
      const cellsOf = (nodes: any[], name: string) =>
        Object.fromEntries(
          nodes.find((n) => n.learner.displayName === name).cells.map((c: any) => [c.competencyCode, { level: c.level, pix: c.pix }]),
        );
      expect(shared.data?.sharePositioning).toMatchObject({ status: 'COMPLETED', sharedAt: expect.any(String) });
      expect(beforeColumns.map((c: any) => c.competency.code)).toEqual(['4.1', '4.2']);
      expect(Object.values(cellsOf(before, 'Chloé Caron'))).toEqual([
        { level: null, pix: null },
        { level: null, pix: null },
      ]);
      expect(codes).toEqual(['4.1', '4.2']);
      const placement = session.results.find((r: any) => r.competency.code === '4.1');
      expect(placement.pix).toBeGreaterThan(0);
      expect(cellsOf(heatmap.learners.nodes, 'Chloé Caron')['4.1']).toEqual({ level: placement.level, pix: placement.pix });
      for (const [account, name] of [
        [alice, 'Alice Arnaud'],
        [bruno, 'Bruno Bonnet'],
        [chloe, 'Chloé Caron'],
      ] as const) {
        const profile = (await api.gql(PROFILE, {}, as(account))).data!.myProfile;
        for (const score of profile) {
          expect(cellsOf(heatmap.learners.nodes, name)[score.competency.code], name).toEqual({ level: score.level, pix: score.pix });
        }
      }
      const rows = heatmap.learners.nodes.filter((n: any) => n.cells[0].pix !== null);
      const average = heatmap.competencies[0];
      expect(average).toMatchObject({ competency: { code: '4.1', name: expect.any(String) }, learners: 3 });
      expect(average.averagePix).toBeCloseTo(rows.reduce((sum: number, n: any) => sum + n.cells[0].pix, 0) / 3, 1);
      expect(heatmap.competencies[1]).toMatchObject({ learners: 1 });
    });

    it('lets a learner share only their own finished test', async () => {
      const owner = await api.given.learner();
      const finished = await takePositioning(owner);
      const running = (await api.gql(START_POSITIONING + SESSION, { codes: ['4.1'] }, as(owner))).data!.startPositioning;

      const byAnother = await api.gql(SHARE, { id: finished.id }, as(await api.given.learner()));
      const byManager = await api.gql(SHARE, { id: finished.id }, as(manager));
      const unfinished = await api.gql(SHARE, { id: running.id }, as(owner));

      expect(reasonOf(byAnother)).toBe('POSITIONING_NOT_FOUND');
      expect(reasonOf(byManager)).toBe('NOT_ALLOWED');
      expect(reasonOf(unfinished)).toBe('POSITIONING_NOT_FINISHED');
    });
  });

  describe('item statistics', () => {
    it('gives the success rate and the wrong answer chosen most, per question, among the cohort\u2019s answers only', async () => {
      const result = await api.gql(ITEMS, { cohortId }, as(manager));

      const modules = result.data!.cohortItemStatistics;
      const passwords = modules.find((m: any) => m.module.slug === 'mots-de-passe');
      const photos = modules.find((m: any) => m.module.slug === 'photos-en-ligne');
      expect(passwords.learners).toBe(2);
      expect(passwords.items).toEqual([
        expect.objectContaining({
          key: 'q-robuste',
          kind: 'SINGLE_CHOICE',
          answers: 2,
          correct: 1,
          successRate: 50,
          mostChosenWrong: { choiceId: 'court', text: 'Azerty12', count: 1 },
        }),
        expect.objectContaining({
          key: 'q-bonnes-pratiques',
          label: 'Quelles pratiques sont bonnes ?',
          kind: 'MULTIPLE_CHOICE',
          answers: 2,
          correct: 0,
          successRate: 0,
          mostChosenWrong: { choiceId: 'postit', text: "Un post-it sur l'écran", count: 2 },
        }),
        expect.objectContaining({ key: 'q-nom', kind: 'SHORT_ANSWER', answers: 0, successRate: null, mostChosenWrong: null }),
      ]);
      expect(passwords.items[0].label.length).toBeGreaterThan(0);
      expect(photos).toMatchObject({ learners: 1, items: [expect.objectContaining({ key: 'q-accord', answers: 1, successRate: 100 })] });
    });
  });

  describe('pseudonyms', () => {
    it('shows stable pseudonyms instead of names, the same in every view, with no name or account id', async () => {
      const first = await allPages(COMPLETION, 'cohortCompletion', { pseudonymous: true });
      const again = await allPages(COMPLETION, 'cohortCompletion', { pseudonymous: true });
      const heatmap = await allPages(HEATMAP, 'cohortCompetencyHeatmap', { pseudonymous: true });

      const codes = first.map((n) => n.learner.pseudonym);
      expect(codes).toHaveLength(7);
      expect(new Set(codes).size).toBe(7);
      for (const node of first) {
        expect(node.learner).toEqual({ id: node.learner.pseudonym, displayName: null, pseudonym: expect.stringMatching(PSEUDONYM) });
      }
      expect(codes).toEqual([...codes].sort());
      expect(again.map((n) => n.learner.pseudonym)).toEqual(codes);
      expect(heatmap.map((n) => n.learner.pseudonym)).toEqual(codes);
      const raw = JSON.stringify([first, heatmap]);
      for (const secret of [...NAMES, 'Arnaud', 'HYPERLINK', alice.id, bruno.id, chloe.id]) expect(raw).not.toContain(secret);
    });
  });

  describe('CSV exports', () => {
    it('writes UTF-8 with a byte order mark, semicolons, CRLF lines, and neutralises cells a spreadsheet would run', async () => {
      for (const view of ['COMPLETION', 'HEATMAP', 'ITEMS']) {
        const { csv, filename } = await exported(view);

        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
        expect(csv.split('\r\n')[0]).toContain(';');
        expect(filename).toMatch(/^3e-a-[a-z]+-\d{4}-\d{2}-\d{2}\.csv$/);
      }
      const { rows } = await exported('COMPLETION');
      const firstCells = rows.map((row) => row[0]);
      expect(firstCells).toEqual(expect.arrayContaining(HOSTILE.map((name) => `'${name}`)));
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });

    it('exports completion with statuses and totals, the heatmap with averages, and item statistics', async () => {
      const completion = (await exported('COMPLETION')).rows;
      const heatmap = (await exported('HEATMAP')).rows;
      const items = (await exported('ITEMS')).rows;

      const passwords = completion[0]!.indexOf('Des mots de passe solides (à faire pour le 2099-06-30)');
      expect(completion[0]![0]).toBe('Apprenant');
      expect(passwords).toBeGreaterThan(0);
      expect(completion.find((r) => r[0] === 'Alice Arnaud')![passwords]).toBe('Terminé');
      expect(completion.find((r) => r[0] === 'Bruno Bonnet')![passwords]).toBe('En cours');
      expect(completion.find((r) => r[0] === 'Total terminé')![passwords]).toBe('1');
      expect(completion.find((r) => r[0] === 'Total non commencé')![passwords]).toBe('5');
      expect(heatmap[0]!.slice(0, 3)).toEqual(['Apprenant', expect.stringMatching(/^4\.1 .+ \(niveau\)$/), '4.1 (pix)']);
      expect(heatmap.find((r) => r[0] === 'Moyenne de la classe')).toBeDefined();
      expect(items).toContainEqual([
        'Des mots de passe solides',
        expect.any(String),
        'q-robuste',
        'Choix unique',
        '2',
        '50',
        'Azerty12',
        '1',
      ]);
    });

    it('exports pseudonyms, never names, when asked', async () => {
      const { csv, rows } = await exported('COMPLETION', true);

      const learners = rows.slice(1).filter((row) => !row[0]!.startsWith('Total'));
      expect(learners).toHaveLength(7);
      for (const row of learners) expect(row[0]).toMatch(/^Élève [0-9A-HJKMNP-TV-Z]{6}$/);
      for (const name of [...NAMES, 'HYPERLINK']) expect(csv).not.toContain(name);
    });

    it('records each export in the audit log, saying what was exported and not whom', async () => {
      const exporter = await api.given.manager();

      await api.gql(EXPORT, { cohortId, view: 'HEATMAP', pseudonymous: true }, as(exporter));
      const { rows } = await sql<{
        action: string;
        organisation_id: string;
        details: any;
      }>`SELECT action, organisation_id, details FROM audit_log WHERE actor_id = ${exporter.id}`.execute(api.db);

      expect(rows).toEqual([
        {
          action: 'REPORT_EXPORTED',
          organisation_id: api.organisationId,
          details: { cohortId, view: 'HEATMAP', pseudonymous: true, lines: expect.any(Number) },
        },
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/Arnaud|Caron/);
    });
  });

  describe('who may see a cohort\u2019s dashboards', () => {
    it('gives nothing to the manager of another school, nor to a trainer or a learner', async () => {
      const otherSchool = await api.app
        .get(OrganisationService)
        .createOrganisation({ kind: 'ETABLISSEMENT', name: `Autre collège ${randomUUID().slice(0, 8)}` });
      const foreignManager = await api.given.accountAt(otherSchool, Role.MANAGER);
      const foreignTrainer = await api.given.accountAt(otherSchool, Role.TRAINER);
      const trainer = await api.given.trainer();
      const learner = await api.given.learner();
      const operations: [string, string, Record<string, unknown>][] = [
        ['cohortCompletion', COMPLETION, { cohortId }],
        ['cohortCompetencyHeatmap', HEATMAP, { cohortId }],
        ['cohortItemStatistics', ITEMS, { cohortId }],
        ['exportCohortReport', EXPORT, { cohortId, view: 'COMPLETION' }],
      ];

      for (const [field, query, variables] of operations) {
        const foreign = await api.gql(query, variables, as(foreignManager));
        const others = await Promise.all([foreignTrainer, trainer, learner].map((account) => api.gql(query, variables, as(account))));
        const anonymous = await api.gql(query, variables);

        expect(reasonOf(foreign), field).toBe('COHORT_NOT_FOUND');
        expect(foreign.data?.[field] ?? null, field).toBeNull();
        expect(others.map(reasonOf), field).toEqual(['NOT_ALLOWED', 'NOT_ALLOWED', 'NOT_ALLOWED']);
        expect(
          others.map((r) => r.data?.[field] ?? null),
          field,
        ).toEqual([null, null, null]);
        expect(reasonOf(anonymous), field).toBe('NOT_SIGNED_IN');
      }
      const audit = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE actor_id = ${foreignManager.id}`.execute(
        api.db,
      );
      expect(audit.rows[0]!.n).toBe(0);
    });

    it('answers a made-up cohort id as a missing cohort', async () => {
      const result = await api.gql(COMPLETION, { cohortId: randomUUID() }, as(manager));
      const notAnId = await api.gql(ITEMS, { cohortId: 'nope' }, as(manager));

      expect(reasonOf(result)).toBe('COHORT_NOT_FOUND');
      expect(reasonOf(notAnId)).toBe('COHORT_NOT_FOUND');
    });
  });

  /** Takes the positioning test on 4.1 (its bank is the fixture module), answering right. */
  async function takePositioning(account: Account) {
    let session = (await api.gql(START_POSITIONING + SESSION, { codes: ['4.1'] }, as(account))).data!.startPositioning;
    while (session.question) {
      const { versionId, itemKey } = session.question;
      const result = await api.gql(
        ANSWER_POSITIONING + SESSION,
        { input: { sessionId: session.id, versionId, itemKey, response: RIGHT[itemKey], idempotencyKey: randomUUID() } },
        as(account),
      );
      expect(result.errors).toBeUndefined();
      session = result.data!.answerPositioning;
    }
    expect(session.status).toBe('COMPLETED');
    return session;
  }
});
