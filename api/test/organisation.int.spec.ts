import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../src/core/clock.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const REPORT = `applied created updated unchanged cohortsCreated
  lines { line displayName email identifier cohort role outcome } rejected { line reason raw }`;
const PREVIEW = `mutation($input: PeopleImportInput!) { previewPeopleImport(input: $input) { ${REPORT} } }`;
const IMPORT = `mutation($input: PeopleImportInput!) { importPeople(input: $input) { ${REPORT} } }`;
const ORGANISATIONS = `{ managedOrganisations { id name cohorts { id name memberCount } } }`;
const COHORT = `query($id: ID!, $after: String) { cohort(id: $id) {
  name organisation { name } memberCount members(first: 2, after: $after) { nodes { displayName } pageInfo { hasNextPage endCursor } }
  assignments { dueOn module { slug } }
} }`;
const ASSIGN = `mutation($input: AssignModulesInput!) { assignModules(input: $input) { id dueOn module { slug } } }`;
const MINE = `{ myAssignments { module { slug } cohortName dueOn status overdue } }`;

const CLASS_FILE = [
  'Nom;Prénom;Identifiant;Courriel;Classe;Profil',
  'Durand;Léa;lea.durand;;4e B;Élève',
  'Martin;Hugo;hugo.martin;;4e B;Élève',
  'Petit;Inès;ines.petit;;4e B;Élève',
  'Bernard;Paul;;paul.bernard@ac-test.fr;;Enseignant',
  ';Sans nom;sans.nom;;4e B;Élève',
  '=HYPERLINK("http://evil");Malin;malin;;4e B;Élève',
  'Durand;Léa bis;lea.durand;;4e B;Élève',
].join('\r\n');

describe.each(databaseKinds())('organisations, imports and assignments on %s', (kind) => {
  let api: TestApi;
  let otherSchool: string;
  beforeAll(async () => {
    api = await startTestApi(kind);
    otherSchool = await api.app
      .get(OrganisationService)
      .createOrganisation({ kind: 'ETABLISSEMENT', name: `Lycée ${kind}`, uai: `0${kind.length}99999X` });
  });
  afterEach(() => api.app.get(Clock).set(new Date()));
  afterAll(() => api.stop());

  const importInput = (csv: string, organisationId = api.organisationId) => ({ input: { organisationId, csv } });

  it('previews an import line by line without changing anything, then applies exactly that', async () => {
    const manager = await api.given.manager();
    const users = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM users`.execute(api.db)).rows[0]!.n;
    const before = await users();

    const preview = await api.gql(PREVIEW, importInput(CLASS_FILE), { cookie: manager.cookie });
    const afterPreview = await users();
    const applied = await api.gql(IMPORT, importInput(CLASS_FILE), { cookie: manager.cookie });

    expect(preview.errors).toBeUndefined();
    expect(afterPreview).toBe(before);
    const { applied: _p, ...previewed } = preview.data!.previewPeopleImport;
    const { applied: _a, ...done } = applied.data!.importPeople;
    expect(done).toEqual(previewed);
    expect(done).toMatchObject({ created: 5, updated: 0, unchanged: 0, cohortsCreated: ['4e B'] });
    expect(done.rejected.map((r: any) => [r.line, r.reason])).toEqual([
      [6, 'MISSING_NAME'],
      [8, 'DUPLICATE'],
    ]);
    expect(done.lines.find((l: any) => l.identifier === 'malin').displayName).toBe('Malin =HYPERLINK("http://evil")');
    expect(await users()).toBe(before + 5);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const manager = await api.given.manager();
    const snapshot = async () =>
      (
        await sql<{ users: number; memberships: number; members: number; cohorts: number }>`SELECT
          (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM memberships) AS memberships,
          (SELECT count(*)::int FROM cohort_members) AS members, (SELECT count(*)::int FROM cohorts) AS cohorts`.execute(api.db)
      ).rows[0];
    await api.gql(IMPORT, importInput(CLASS_FILE), { cookie: manager.cookie });
    const before = await snapshot();

    const again = await api.gql(IMPORT, importInput(CLASS_FILE), { cookie: manager.cookie });

    expect(again.data?.importPeople).toMatchObject({ created: 0, updated: 0, unchanged: 5, cohortsCreated: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unreadable file and imports nothing', async () => {
    const manager = await api.given.manager();

    const result = await api.gql(IMPORT, importInput('prénom;classe\nLéa;4e B'), { cookie: manager.cookie });

    expect(reasonOf(result)).toBe('UNREADABLE_FILE');
  });

  it('keeps each school to its managers: another school\u2019s manager can neither import here, nor see these cohorts', async () => {
    const ours = await api.given.manager();
    const theirs = await api.given.accountAt(otherSchool, 'MANAGER' as never);
    const learner = await api.given.learner();
    await api.gql(IMPORT, importInput(CLASS_FILE), { cookie: ours.cookie });
    const cohortId = (await api.gql(ORGANISATIONS, {}, { cookie: ours.cookie })).data?.managedOrganisations[0].cohorts[0].id;

    const foreignImport = await api.gql(IMPORT, importInput(CLASS_FILE), { cookie: theirs.cookie });
    const foreignList = await api.gql(ORGANISATIONS, {}, { cookie: theirs.cookie });
    const foreignCohort = await api.gql(COHORT, { id: cohortId }, { cookie: theirs.cookie });
    const foreignAssign = await api.gql(
      ASSIGN,
      { input: { cohortId, moduleSlugs: ['mots-de-passe'], dueOn: '2099-01-01' } },
      { cookie: theirs.cookie },
    );
    const learnerImport = await api.gql(IMPORT, importInput(CLASS_FILE), { cookie: learner.cookie });

    expect(reasonOf(foreignImport)).toBe('OUT_OF_SCOPE');
    expect(foreignList.data?.managedOrganisations.map((o: any) => o.name)).toEqual([`Lycée ${kind}`]);
    expect(foreignCohort.data?.cohort).toBeNull();
    expect(reasonOf(foreignAssign)).toBe('COHORT_NOT_FOUND');
    expect(reasonOf(learnerImport)).toBe('NOT_ALLOWED');
  });

  it('lists a cohort\u2019s members a page at a time', async () => {
    const manager = await api.given.manager();
    await api.gql(IMPORT, importInput(CLASS_FILE), { cookie: manager.cookie });
    const cohortId = (await api.gql(ORGANISATIONS, {}, { cookie: manager.cookie })).data?.managedOrganisations[0].cohorts[0].id;

    const first = await api.gql(COHORT, { id: cohortId }, { cookie: manager.cookie });
    const second = await api.gql(
      COHORT,
      { id: cohortId, after: first.data?.cohort.members.pageInfo.endCursor },
      { cookie: manager.cookie },
    );

    expect(first.data?.cohort).toMatchObject({ name: '4e B', memberCount: 4, organisation: { name: `Collège ${kind}` } });
    expect(first.data?.cohort.members).toEqual({
      nodes: [{ displayName: 'Hugo Martin' }, { displayName: 'Inès Petit' }],
      pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
    });
    expect(second.data?.cohort.members.nodes).toEqual([{ displayName: 'Léa Durand' }, { displayName: 'Malin =HYPERLINK("http://evil")' }]);
    expect(second.data?.cohort.members.pageInfo.hasNextPage).toBe(false);
  });

  it('assigns modules to a cohort: its learners see them first, overdue flagged once the day is over, done when completed', async () => {
    const manager = await api.given.manager();
    const learner = await api.given.learner();
    const cohortName = `Groupe ${randomUUID().slice(0, 8)}`;
    const email = learner.email;
    await api.gql(IMPORT, importInput(`nom;prenom;email;classe\nUser;Test;${email};${cohortName}`), { cookie: manager.cookie });
    const organisations = (await api.gql(ORGANISATIONS, {}, { cookie: manager.cookie })).data?.managedOrganisations;
    const cohortId = organisations[0].cohorts.find((c: any) => c.name === cohortName).id;

    const assigned = await api.gql(
      ASSIGN,
      { input: { cohortId, moduleSlugs: ['mots-de-passe', 'photos-en-ligne'], dueOn: '2099-06-30' } },
      { cookie: manager.cookie },
    );
    const tooLate = await api.gql(
      ASSIGN,
      { input: { cohortId, moduleSlugs: ['mots-de-passe'], dueOn: '2001-01-01' } },
      { cookie: manager.cookie },
    );
    const unknown = await api.gql(
      ASSIGN,
      { input: { cohortId, moduleSlugs: ['nulle-part'], dueOn: '2099-06-30' } },
      { cookie: manager.cookie },
    );
    const attempt = await api.gql(`mutation { startAttempt(moduleSlug: "mots-de-passe") { id } }`, {}, { cookie: learner.cookie });
    await api.gql(
      `mutation($id: ID!) { finishAttempt(attemptId: $id) { status } }`,
      { id: attempt.data?.startAttempt.id },
      { cookie: learner.cookie },
    );
    const onTime = await api.gql(MINE, {}, { cookie: learner.cookie });
    api.app.get(Clock).set(new Date('2099-07-01T10:00:00Z'));
    const late = await api.gql(MINE, {}, { cookie: learner.cookie });

    expect(assigned.data?.assignModules.map((a: any) => a.module.slug).sort()).toEqual(['mots-de-passe', 'photos-en-ligne']);
    expect(reasonOf(tooLate)).toBe('BAD_DUE_DATE');
    expect(reasonOf(unknown)).toBe('MODULE_NOT_FOUND');
    expect(onTime.data?.myAssignments).toEqual([
      { module: { slug: 'photos-en-ligne' }, cohortName, dueOn: '2099-06-30', status: 'NOT_STARTED', overdue: false },
      { module: { slug: 'mots-de-passe' }, cohortName, dueOn: '2099-06-30', status: 'COMPLETED', overdue: false },
    ]);
    expect(late.data?.myAssignments.map((a: any) => [a.module.slug, a.overdue])).toEqual([
      ['photos-en-ligne', true],
      ['mots-de-passe', false],
    ]);
  });

  it('records imports and assignments in the audit log, without personal data', async () => {
    const manager = await api.given.manager();
    await api.gql(IMPORT, importInput(CLASS_FILE), { cookie: manager.cookie });

    const { rows } = await sql<{
      action: string;
      details: unknown;
    }>`SELECT action, details FROM audit_log WHERE actor_id = ${manager.id}`.execute(api.db);

    expect(rows).toEqual([{ action: 'PEOPLE_IMPORTED', details: expect.objectContaining({ rejected: 2 }) }]);
    expect(JSON.stringify(rows)).not.toMatch(/Durand|lea\.durand/);
  });

  it('lets an admin of the school change roles, each change audited, never their own admin role, never elsewhere', async () => {
    const admin = await api.given.admin();
    const foreignAdmin = await api.given.accountAt(otherSchool, 'ADMIN' as never);
    const manager = await api.given.manager();
    const learner = await api.given.learner();
    const SET = `mutation($input: SetRolesInput!) { setRoles(input: $input) { id roles } }`;
    const PEOPLE = `query($org: ID!, $search: String) { organisationPeople(organisationId: $org, search: $search) { nodes { id roles } } }`;
    const set = (cookie: string, userId: string, roles: string[]) =>
      api.gql(SET, { input: { userId, organisationId: api.organisationId, roles } }, { cookie });

    const promoted = await set(admin.cookie, learner.id, ['LEARNER', 'TRAINER']);
    const listed = await api.gql(PEOPLE, { org: api.organisationId, search: learner.email }, { cookie: manager.cookie });
    const selfDemotion = await set(admin.cookie, admin.id, ['LEARNER']);
    const byManager = await set(manager.cookie, learner.id, ['LEARNER']);
    const byForeignAdmin = await set(foreignAdmin.cookie, learner.id, ['LEARNER']);
    const foreignList = await api.gql(PEOPLE, { org: api.organisationId }, { cookie: foreignAdmin.cookie });
    const { rows } = await sql<{ action: string; details: { role: string } }>`
      SELECT action, details FROM audit_log WHERE target_user_id = ${learner.id} ORDER BY id`.execute(api.db);

    expect(promoted.data?.setRoles).toEqual({ id: learner.id, roles: ['LEARNER', 'TRAINER'] });
    expect(listed.data?.organisationPeople.nodes).toEqual([{ id: learner.id, roles: ['LEARNER', 'TRAINER'] }]);
    expect(reasonOf(selfDemotion)).toBe('OWN_ADMIN_ROLE');
    expect(reasonOf(byManager)).toBe('NOT_ALLOWED');
    expect(reasonOf(byForeignAdmin)).toBe('OUT_OF_SCOPE');
    expect(reasonOf(foreignList)).toBe('OUT_OF_SCOPE');
    expect(rows).toEqual([{ action: 'ROLE_GRANTED', details: { role: 'TRAINER' } }]);
  });
});
