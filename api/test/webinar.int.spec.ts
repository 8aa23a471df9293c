import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApi } from '../src/app-factory.js';
import { Clock } from '../src/core/clock.js';
import { APP_CONFIG } from '../src/core/config.provider.js';
import type { AppConfig } from '../src/core/config.js';
import { Role } from '../src/core/roles.js';
import { MailSender } from '../src/mail/mail-sender.service.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { WebinarJobs } from '../src/webinar/webinar-jobs.service.js';
import { type BbbStandIn, startBbbStandIn } from './bbb-stand-in.js';
import { type TestApi, reasonOf, startTestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const ORIGIN = 'http://localhost:3000';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const BBB_SECRET = 'stand-in-secret-8c1f';

const WEBINAR_FIELDS = `id title capacity placesTaken placesLeft waitlistCount phase joinable canManage roomKind roomUrl slideDeckUrl
  followUpModuleSlug replayUrl myRegistration { status waitlistPosition minutesPresent attended }`;
const SCHEDULE = `mutation($input: WebinarInput!) { scheduleWebinar(input: $input) { ${WEBINAR_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: WebinarInput!) { updateWebinar(id: $id, input: $input) { ${WEBINAR_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelWebinar(id: $id) { id phase } }`;
const WEBINAR = `query($id: ID!) { webinar(id: $id) { ${WEBINAR_FIELDS} audience { openToAll organisations { id } cohorts { id name } } } }`;
const UPCOMING = `{ upcomingWebinars(first: 100) { nodes { id } pageInfo { hasNextPage } } }`;
const MY_WEBINARS = `{ myWebinars(first: 20) { nodes { ${WEBINAR_FIELDS} followUpModule { slug } } } }`;
const REGISTER = `mutation($id: ID!) { registerForWebinar(webinarId: $id) { id myRegistration { status waitlistPosition } } }`;
const UNREGISTER = `mutation($id: ID!) { cancelWebinarRegistration(webinarId: $id) { id myRegistration { status } } }`;
const JOIN = `mutation($id: ID!) { joinWebinar(webinarId: $id) { url } }`;
const ASK = `mutation($input: AskQuestionInput!) { askWebinarQuestion(input: $input) { id text upvotes askedByMe status } }`;
const UPVOTE = `mutation($id: ID!) { upvoteWebinarQuestion(questionId: $id) { id upvotes upvotedByMe } }`;
const MARK = `mutation($id: ID!, $status: WebinarQuestionStatus!) { markWebinarQuestion(questionId: $id, status: $status) { id status text } }`;
const LAUNCH = `mutation($input: LaunchPollInput!) { launchWebinarPoll(input: $input) { id status options { id label votes } } }`;
const ANSWER = `mutation($input: AnswerPollInput!) { answerWebinarPoll(input: $input) { id myOptionIds options { votes } } }`;
const CLOSE_POLL = `mutation($id: ID!) { closeWebinarPoll(pollId: $id) { id status options { votes } } }`;
const LIVE = `subscription($id: ID!) { webinarLive(webinarId: $id) { kind webinarId
  question { id text status upvotes upvotedByMe askedByMe } poll { id status voters myOptionIds options { id label votes } } } }`;
const ATTENDANCE = `query($id: ID!) { webinar(id: $id) { attendance { userId displayName status joinedAt minutesPresent attended } } }`;
const EXPORT = `mutation($id: ID!) { exportWebinarReport(webinarId: $id) { filename csv } }`;
const REPLAY = `mutation($id: ID!, $url: String) { setWebinarReplay(webinarId: $id, replayUrl: $url) { replayUrl } }`;
const RECORD = `mutation($id: ID!, $userId: ID!, $minutes: Int!) {
  recordWebinarAttendance(webinarId: $id, userId: $userId, minutesPresent: $minutes) { minutesPresent attended status } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A graphql-ws client signed in by its session cookie, as a browser on the web's origin is. */
function liveClient(graphqlUrl: string, cookie: string | undefined, origin = ORIGIN) {
  const closes: number[] = [];
  const client = createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), origin } });
      }
    },
    on: { closed: (event) => closes.push((event as { code: number }).code) },
  });
  const follow = (webinarId: string) => {
    const events: any[] = [];
    const errors: unknown[] = [];
    const stop = client.subscribe(
      { query: LIVE, variables: { id: webinarId } },
      {
        next: (result) => (result.errors ? errors.push(result.errors) : events.push(result.data?.webinarLive)),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    return { events, errors, stop, next: (kind: string, from = 0) => waitFor(() => events.slice(from).find((e) => e.kind === kind), kind) };
  };
  return { client, closes, follow, dispose: () => client.dispose() };
}

function at(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toISOString();
}

/** A MIME part's content, decoded (nodemailer writes attachments in base64 or quoted-printable). */
function attachmentOf(raw: string, contentType: string): string {
  const start = raw.indexOf(`Content-Type: ${contentType}`);
  if (start < 0) throw new Error(`no ${contentType} part`);
  const part = raw.slice(start);
  const headerEnd = part.indexOf('\r\n\r\n');
  const headers = part.slice(0, headerEnd);
  const body = part.slice(headerEnd + 4).split(/\r\n--/)[0]!;
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers))
    return Buffer.from(
      body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  return body;
}

/** The properties of the first VEVENT of an iCalendar file, unfolded. */
function parseIcs(ics: string): Record<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  const event: Record<string, string> = {};
  let inside = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') inside = true;
    else if (line === 'END:VEVENT') break;
    else if (inside) {
      const index = line.indexOf(':');
      event[line.slice(0, index).split(';')[0]!] = line.slice(index + 1);
    }
  }
  return event;
}

const icsTime = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

describe.each(databaseKinds())('webinars on %s', (kind) => {
  let api: TestApi;
  let clock: Clock;
  let organisations: OrganisationService;
  let smtp: SMTPServer;
  let bbb: BbbStandIn;
  let config: AppConfig;
  const received: { to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
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
    bbb = await startBbbStandIn(BBB_SECRET);
    const overrides: Partial<AppConfig> = {
      webinarJobs: false,
      retention: { months: 36, noticeDays: 30, job: false },
      mail: { smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, from: 'Continuité <ne-pas-repondre@test.fr>' },
      bbb: { url: bbb.url, secret: BBB_SECRET, checksum: 'sha256' },
    };
    api = await startTestApi(kind, overrides);
    config = api.app.get<AppConfig>(APP_CONFIG);
    clock = api.app.get(Clock);
    organisations = api.app.get(OrganisationService);
  });
  afterEach(() => clock.set(new Date()));
  afterAll(async () => {
    await api.stop();
    await bbb.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const mailsTo = (address: string) => received.filter((m) => m.to.includes(address));
  const sendMail = () => api.app.get(MailSender).sendDue();

  function webinarInput(overrides: Record<string, unknown> = {}) {
    return {
      organisationId: api.organisationId,
      title: 'Sécuriser ses mots de passe',
      description: 'Les bons réflexes, avec des exemples.',
      startsAt: at(2 * 24 * HOUR),
      endsAt: at(2 * 24 * HOUR + HOUR),
      capacity: 20,
      openToAll: true,
      roomKind: 'VISIO',
      roomUrl: 'https://visio.test/room-42',
      slideDeckUrl: 'https://docs.test/slides.pdf',
      followUpModuleSlug: 'mots-de-passe',
      attendanceThresholdMinutes: 2,
      ...overrides,
    };
  }

  async function schedule(trainerCookie: string, overrides: Record<string, unknown> = {}) {
    const result = await api.gql(SCHEDULE, { input: webinarInput(overrides) }, { cookie: trainerCookie, headers: { origin: ORIGIN } });
    expect(result.errors).toBeUndefined();
    return result.data!.scheduleWebinar as { id: string } & Record<string, any>;
  }

  describe('scheduling and audience', () => {
    it('lets a trainer schedule for a cohort, shown to its members only, who alone may register', async () => {
      const trainer = await api.given.trainer();
      const cohortId = await organisations.createCohort(api.organisationId, `3e A ${randomUUID()}`);
      const member = await api.given.learner();
      const outsider = await api.given.learner();
      await organisations.addToCohort(cohortId, member.id);

      const webinar = await schedule(trainer.cookie, { openToAll: false, cohortIds: [cohortId] });
      const seenByMember = await api.gql(UPCOMING, {}, { cookie: member.cookie });
      const seenByOutsider = await api.gql(UPCOMING, {}, { cookie: outsider.cookie });
      const registered = await api.gql(REGISTER, { id: webinar.id }, { cookie: member.cookie });
      const refused = await api.gql(REGISTER, { id: webinar.id }, { cookie: outsider.cookie });
      const details = await api.gql(WEBINAR, { id: webinar.id }, { cookie: trainer.cookie });

      expect(webinar).toMatchObject({ canManage: true, phase: 'UPCOMING', placesLeft: 20, roomUrl: 'https://visio.test/room-42' });
      expect(seenByMember.data?.upcomingWebinars.nodes.map((n: any) => n.id)).toContain(webinar.id);
      expect(seenByOutsider.data?.upcomingWebinars.nodes.map((n: any) => n.id)).not.toContain(webinar.id);
      expect(registered.data?.registerForWebinar.myRegistration).toEqual({ status: 'REGISTERED', waitlistPosition: null });
      expect(reasonOf(refused)).toBe('WEBINAR_NOT_FOUND');
      expect(details.data?.webinar.audience).toEqual({
        openToAll: false,
        organisations: [],
        cohorts: [{ id: cohortId, name: expect.any(String) }],
      });
    });

    it('offers a trainer the organisations they may schedule for, with those below and their cohorts, and nothing to a learner', async () => {
      const academie = await organisations.createOrganisation({ kind: 'ACADEMIE', name: `Académie ${randomUUID()}` });
      const school = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: `Collège ${randomUUID()}`, parentId: academie });
      const other = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: `Lycée ${randomUUID()}` });
      const cohortId = await organisations.createCohort(school, '4e B');
      const trainer = await api.given.accountAt(academie, Role.TRAINER);
      const learner = await api.given.accountAt(school, Role.LEARNER);
      const HOSTS = `{ webinarHostOrganisations { id name cohorts { id name } } }`;

      const offered = (await api.gql(HOSTS, {}, { cookie: trainer.cookie })).data?.webinarHostOrganisations;
      const refused = await api.gql(HOSTS, {}, { cookie: learner.cookie });

      expect(offered.map((o: any) => o.id).sort()).toEqual([academie, school].sort());
      expect(offered.map((o: any) => o.id)).not.toContain(other);
      expect(offered.find((o: any) => o.id === school).cohorts).toEqual([{ id: cohortId, name: '4e B' }]);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('opens a webinar for an académie to the learners of its schools, and hides the room from learners', async () => {
      const academie = await organisations.createOrganisation({ kind: 'ACADEMIE', name: `Académie ${randomUUID()}` });
      const school = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: `Collège ${randomUUID()}`, parentId: academie });
      const trainer = await api.given.accountAt(academie, Role.TRAINER);
      const learner = await api.given.accountAt(school, Role.LEARNER);
      const elsewhere = await api.given.learner();

      const webinar = await schedule(trainer.cookie, { organisationId: academie, openToAll: false, organisationIds: [academie] });
      const seen = await api.gql(WEBINAR, { id: webinar.id }, { cookie: learner.cookie });
      const hidden = await api.gql(WEBINAR, { id: webinar.id }, { cookie: elsewhere.cookie });

      expect(seen.data?.webinar).toMatchObject({
        id: webinar.id,
        canManage: false,
        roomUrl: null,
        slideDeckUrl: null,
        followUpModuleSlug: null,
      });
      expect(reasonOf(hidden)).toBe('WEBINAR_NOT_FOUND');
    });

    it('refuses learners, trainers of another organisation and bad inputs', async () => {
      const trainer = await api.given.trainer();
      const otherSchool = await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: `Lycée ${randomUUID()}` });
      const trainerB = await api.given.accountAt(otherSchool, Role.TRAINER);
      const learner = await api.given.learner();
      const cohortId = await organisations.createCohort(api.organisationId, `2nde ${randomUUID()}`);
      const webinar = await schedule(trainer.cookie, { openToAll: false, cohortIds: [cohortId] });
      const as = (cookie: string) => ({ cookie, headers: { origin: ORIGIN } });

      const byLearner = await api.gql(SCHEDULE, { input: webinarInput() }, as(learner.cookie));
      const seenByB = await api.gql(WEBINAR, { id: webinar.id }, as(trainerB.cookie));
      const editedByB = await api.gql(
        UPDATE,
        { id: webinar.id, input: webinarInput({ organisationId: otherSchool }) },
        as(trainerB.cookie),
      );
      const cancelledByB = await api.gql(CANCEL, { id: webinar.id }, as(trainerB.cookie));
      const outOfScope = await api.gql(SCHEDULE, { input: webinarInput() }, as(trainerB.cookie));
      const foreignCohort = await api.gql(
        SCHEDULE,
        { input: webinarInput({ organisationId: otherSchool, openToAll: false, cohortIds: [cohortId] }) },
        as(trainerB.cookie),
      );
      const backwards = await api.gql(SCHEDULE, { input: webinarInput({ endsAt: at(HOUR) }) }, as(trainer.cookie));
      const noAudience = await api.gql(SCHEDULE, { input: webinarInput({ openToAll: false }) }, as(trainer.cookie));
      const noRoom = await api.gql(SCHEDULE, { input: webinarInput({ roomUrl: null }) }, as(trainer.cookie));
      const noModule = await api.gql(SCHEDULE, { input: webinarInput({ followUpModuleSlug: 'inconnu' }) }, as(trainer.cookie));
      const exportByLearner = await api.gql(EXPORT, { id: webinar.id }, as(learner.cookie));
      const foreignOrigin = await api.gql(
        SCHEDULE,
        { input: webinarInput() },
        { cookie: trainer.cookie, headers: { origin: 'https://evil.test' } },
      );

      expect(reasonOf(byLearner)).toBe('NOT_ALLOWED');
      expect([seenByB, editedByB, cancelledByB].map(reasonOf)).toEqual(['WEBINAR_NOT_FOUND', 'WEBINAR_NOT_FOUND', 'WEBINAR_NOT_FOUND']);
      expect([outOfScope, foreignCohort].map(reasonOf)).toEqual(['OUT_OF_SCOPE', 'OUT_OF_SCOPE']);
      expect([backwards, noAudience, noRoom, noModule].map(reasonOf)).toEqual([
        'WEBINAR_BAD_SCHEDULE',
        'WEBINAR_AUDIENCE_REQUIRED',
        'WEBINAR_ROOM_URL_REQUIRED',
        'MODULE_NOT_FOUND',
      ]);
      expect(reasonOf(exportByLearner)).toBe('NOT_ALLOWED');
      expect(reasonOf(foreignOrigin)).toBe('BAD_ORIGIN');
    });
  });

  describe('registrations', () => {
    it(
      'never goes over capacity when 50 learners register at once for 20 places, and promotes the waiting list in order',
      { timeout: 180_000 },
      async () => {
        const trainer = await api.given.trainer();
        const input = webinarInput({ capacity: 20 });
        const webinar = await schedule(trainer.cookie, input);
        const learners = [];
        for (let i = 0; i < 50; i += 1) learners.push(await api.given.learner());

        const results = await Promise.all(learners.map((l) => api.gql(REGISTER, { id: webinar.id }, { cookie: l.cookie })));
        const statuses = results.map((r) => r.data?.registerForWebinar.myRegistration.status);
        const positionOf = async (cookie: string) =>
          (await api.gql(WEBINAR, { id: webinar.id }, { cookie })).data?.webinar.myRegistration as {
            status: string;
            waitlistPosition: number | null;
          };
        const waiting = [];
        for (const learner of learners) {
          const registration = await positionOf(learner.cookie);
          if (registration.status === 'WAITLISTED') waiting.push({ learner, position: registration.waitlistPosition! });
        }
        waiting.sort((a, b) => a.position - b.position);
        const counts = (await api.gql(WEBINAR, { id: webinar.id }, { cookie: trainer.cookie })).data?.webinar;

        expect(results.every((r) => r.errors === undefined)).toBe(true);
        expect(statuses.filter((s) => s === 'REGISTERED')).toHaveLength(20);
        expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(30);
        expect(waiting.map((w) => w.position)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
        expect(counts).toMatchObject({ placesTaken: 20, placesLeft: 0, waitlistCount: 30 });

        const leaving = learners.filter((_, i) => statuses[i] === 'REGISTERED').slice(0, 3);
        await Promise.all(leaving.map((l) => api.gql(UNREGISTER, { id: webinar.id }, { cookie: l.cookie })));
        const promoted = await Promise.all(waiting.slice(0, 4).map((w) => positionOf(w.learner.cookie)));
        const again = await api.gql(REGISTER, { id: webinar.id }, { cookie: leaving[0]!.cookie });
        const grown = await api.gql(UPDATE, { id: webinar.id, input: { ...input, capacity: 22 } }, { cookie: trainer.cookie });
        const promotedByGrowth = await Promise.all(waiting.slice(3, 6).map((w) => positionOf(w.learner.cookie)));

        expect(promoted).toEqual([
          { status: 'REGISTERED', waitlistPosition: null, minutesPresent: 0, attended: false },
          { status: 'REGISTERED', waitlistPosition: null, minutesPresent: 0, attended: false },
          { status: 'REGISTERED', waitlistPosition: null, minutesPresent: 0, attended: false },
          { status: 'WAITLISTED', waitlistPosition: 1, minutesPresent: 0, attended: false },
        ]);
        expect(again.data?.registerForWebinar.myRegistration).toEqual({ status: 'WAITLISTED', waitlistPosition: 28 });
        expect(grown.data?.updateWebinar).toMatchObject({ capacity: 22, placesTaken: 22, waitlistCount: 26 });
        expect(promotedByGrowth.map((r) => r.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED']);
      },
    );

    it('sends a confirmation with a valid calendar file, which the calendar route also gives', async () => {
      const trainer = await api.given.trainer();
      const learner = await api.given.learner();
      const outsider = await api.given.accountAt(
        await organisations.createOrganisation({ kind: 'ETABLISSEMENT', name: `Autre ${randomUUID()}` }),
        Role.LEARNER,
      );
      const cohortId = await organisations.createCohort(api.organisationId, `Profs ${randomUUID()}`);
      await organisations.addToCohort(cohortId, learner.id);
      const startsAt = new Date(Date.now() + 3 * 24 * HOUR);
      startsAt.setUTCSeconds(0, 0);
      const webinar = await schedule(trainer.cookie, {
        openToAll: false,
        cohortIds: [cohortId],
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 90 * MINUTE).toISOString(),
      });

      await api.gql(REGISTER, { id: webinar.id }, { cookie: learner.cookie });
      await sendMail();
      const mail = mailsTo(learner.email)[0]!;
      const event = parseIcs(attachmentOf(mail.raw, 'text/calendar'));
      const base = api.url.replace(/\/graphql$/, '');
      const download = await fetch(`${base}/webinars/${webinar.id}/calendar.ics`, { headers: { cookie: learner.cookie } });
      const downloaded = await download.text();
      const anonymous = await fetch(`${base}/webinars/${webinar.id}/calendar.ics`);
      const foreign = await fetch(`${base}/webinars/${webinar.id}/calendar.ics`, { headers: { cookie: outsider.cookie } });

      expect(mailsTo(learner.email)).toHaveLength(1);
      expect(mail.raw).toMatch(/Subject: =\?UTF-8\?/);
      expect(event).toMatchObject({
        UID: `webinar-${webinar.id}@continuite`,
        DTSTART: icsTime(startsAt.toISOString()),
        DTEND: icsTime(new Date(startsAt.getTime() + 90 * MINUTE).toISOString()),
        SUMMARY: 'Sécuriser ses mots de passe',
        STATUS: 'CONFIRMED',
      });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toContain('text/calendar');
      expect(parseIcs(downloaded).DTSTART).toBe(event.DTSTART);
      expect(anonymous.status).toBe(401);
      expect(foreign.status).toBe(404);
    });

    it('sends each reminder once, 24 hours and 1 hour before, across a restart of the api', { timeout: 60_000 }, async () => {
      const apiConfig = config;
      const first = await createApi(apiConfig, api.db, { logger: false });
      await first.app.listen(0, '127.0.0.1');
      const firstUrl = `${(await first.app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
      const trainer = await api.given.trainer();
      const learner = await api.given.learner();
      const startsAt = new Date(Date.now() + 3 * 24 * HOUR);
      const post = async (query: string, variables: Record<string, unknown>, cookie: string) =>
        (
          await fetch(firstUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, origin: ORIGIN },
            body: JSON.stringify({ query, variables }),
          })
        ).json() as Promise<any>;
      const scheduled = await post(
        SCHEDULE,
        {
          input: webinarInput({
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
            title: 'Rappels',
          }),
        },
        trainer.cookie,
      );
      const webinarId = scheduled.data.scheduleWebinar.id as string;
      await post(REGISTER, { id: webinarId }, learner.cookie);
      await first.app.close();

      const second = await createApi(apiConfig, api.db, { logger: false });
      const secondClock = second.app.get(Clock);
      const bothRun = async (atTime: Date) => {
        secondClock.set(atTime);
        clock.set(atTime);
        await Promise.all([second.app.get(WebinarJobs).runDue(), api.app.get(WebinarJobs).runDue()]);
        await second.app.get(WebinarJobs).runDue();
        await Promise.all([second.app.get(MailSender).sendDue(), sendMail()]);
      };
      await bothRun(new Date(startsAt.getTime() - 25 * HOUR));
      const beforeAny = mailsTo(learner.email).length;
      await bothRun(new Date(startsAt.getTime() - 24 * HOUR + MINUTE));
      await bothRun(new Date(startsAt.getTime() - 23 * HOUR));
      await bothRun(new Date(startsAt.getTime() - HOUR + MINUTE));
      await bothRun(new Date(startsAt.getTime() - 30 * MINUTE));
      await second.app.close();

      const subjects = mailsTo(learner.email).map((m) => /Subject: (.*)/.exec(m.raw)?.[1] ?? '');
      expect(beforeAny).toBe(1);
      expect(subjects).toHaveLength(3);
      const reminders = mailsTo(learner.email).slice(1);
      expect(reminders.map((m) => parseIcs(attachmentOf(m.raw, 'text/calendar')).UID)).toEqual([
        `webinar-${webinarId}@continuite`,
        `webinar-${webinarId}@continuite`,
      ]);
      expect(reminders.map((m) => decodeSubject(m.raw))).toEqual([
        expect.stringContaining('Demain'),
        expect.stringContaining('Dans une heure'),
      ]);
    });
  });

  describe('live page', () => {
    it('carries questions, upvotes and polls to the trainer and learners over graphql-ws, once each', { timeout: 60_000 }, async () => {
      const trainer = await api.given.trainer();
      const asker = await api.given.learner();
      const voter = await api.given.learner();
      const webinar = await schedule(trainer.cookie, { startsAt: at(10 * MINUTE), endsAt: at(70 * MINUTE) });
      for (const learner of [asker, voter]) await api.gql(REGISTER, { id: webinar.id }, { cookie: learner.cookie });
      const host = liveClient(api.url, trainer.cookie);
      const learnerSocket = liveClient(api.url, voter.cookie);
      const hostEvents = host.follow(webinar.id);
      const learnerEvents = learnerSocket.follow(webinar.id);
      await sleep(300);

      const asked = await api.gql(
        ASK,
        { input: { webinarId: webinar.id, text: 'Et les phrases de passe ?', clientKey: 'k-1' } },
        { cookie: asker.cookie },
      );
      const resent = await api.gql(
        ASK,
        { input: { webinarId: webinar.id, text: 'Et les phrases de passe ?', clientKey: 'k-1' } },
        { cookie: asker.cookie },
      );
      const questionId = asked.data?.askWebinarQuestion.id as string;
      const upvotes = [
        await api.gql(UPVOTE, { id: questionId }, { cookie: voter.cookie }),
        await api.gql(UPVOTE, { id: questionId }, { cookie: voter.cookie }),
      ];
      const launched = await api.gql(
        LAUNCH,
        { input: { webinarId: webinar.id, question: 'Vous utilisez un gestionnaire ?', kind: 'SINGLE', options: ['Oui', 'Non'] } },
        { cookie: trainer.cookie },
      );
      const pollId = launched.data?.launchWebinarPoll.id as string;
      const answered = await api.gql(ANSWER, { input: { pollId, optionIds: ['1'] } }, { cookie: voter.cookie });
      const answeredAgain = await api.gql(ANSWER, { input: { pollId, optionIds: ['1'] } }, { cookie: voter.cookie });
      const changed = await api.gql(ANSWER, { input: { pollId, optionIds: ['2'] } }, { cookie: voter.cookie });
      const twoChoices = await api.gql(ANSWER, { input: { pollId, optionIds: ['1', '2'] } }, { cookie: asker.cookie });
      const hostVote = await hostEvents.next('POLL_VOTED');
      const closed = await api.gql(CLOSE_POLL, { id: pollId }, { cookie: trainer.cookie });
      const learnerClosed = await learnerEvents.next('POLL_CLOSED');
      const hidden = await api.gql(MARK, { id: questionId, status: 'HIDDEN' }, { cookie: trainer.cookie });
      const byLearner = await api.gql(MARK, { id: questionId, status: 'ANSWERED' }, { cookie: voter.cookie });
      const pollByLearner = await api.gql(
        LAUNCH,
        { input: { webinarId: webinar.id, question: 'Q', kind: 'SINGLE', options: ['a', 'b'] } },
        { cookie: voter.cookie },
      );
      const learnerHidden = await waitFor(
        () => learnerEvents.events.find((e) => e.kind === 'QUESTION_UPDATED' && e.question.status === 'HIDDEN'),
        'hidden',
      );
      const learnerAsked = await learnerEvents.next('QUESTION_ASKED');
      const learnerUpvoted = await learnerEvents.next('QUESTION_UPDATED');
      await sleep(200);

      expect(resent.data?.askWebinarQuestion.id).toBe(questionId);
      expect(hostEvents.events.filter((e) => e.kind === 'QUESTION_ASKED')).toHaveLength(1);
      expect(upvotes.map((u) => u.data?.upvoteWebinarQuestion.upvotes)).toEqual([1, 1]);
      expect(learnerAsked.question).toMatchObject({ id: questionId, text: 'Et les phrases de passe ?', askedByMe: false, upvotes: 0 });
      expect(learnerUpvoted.question).toMatchObject({ upvotes: 1, upvotedByMe: true });
      expect(
        hostEvents.events.filter((e) => e.kind === 'QUESTION_UPDATED' && e.question.upvotes === 1 && e.question.status === 'OPEN'),
      ).toHaveLength(1);
      expect(answered.data?.answerWebinarPoll).toMatchObject({ myOptionIds: ['1'], options: [{ votes: null }, { votes: null }] });
      expect(answeredAgain.errors).toBeUndefined();
      expect([changed, twoChoices].map(reasonOf)).toEqual(['POLL_ALREADY_ANSWERED', 'POLL_BAD_CHOICE']);
      expect(hostVote.poll.options.map((o: any) => o.votes)).toEqual([1, 0]);
      expect(learnerEvents.events.filter((e) => e.kind === 'POLL_VOTED')).toEqual([]);
      expect(closed.data?.closeWebinarPoll).toMatchObject({ status: 'CLOSED', options: [{ votes: 1 }, { votes: 0 }] });
      expect(learnerClosed.poll).toMatchObject({ status: 'CLOSED', voters: 1, myOptionIds: ['1'], options: [{ votes: 1 }, { votes: 0 }] });
      expect(hidden.data?.markWebinarQuestion).toMatchObject({ status: 'HIDDEN', text: 'Et les phrases de passe ?' });
      expect(learnerHidden.question.text).toBe('');
      expect([byLearner, pollByLearner].map(reasonOf)).toEqual(['QUESTION_NOT_FOUND', 'WEBINAR_NOT_FOUND']);
      expect([hostEvents.errors, learnerEvents.errors]).toEqual([[], []]);
      await host.dispose();
      await learnerSocket.dispose();
    });

    it('refuses a socket without a session or from a foreign origin, and a subscriber without a place', async () => {
      const trainer = await api.given.trainer();
      const learner = await api.given.learner();
      const webinar = await schedule(trainer.cookie, { startsAt: at(10 * MINUTE), endsAt: at(70 * MINUTE) });
      const anonymous = liveClient(api.url, undefined);
      const foreign = liveClient(api.url, learner.cookie, 'https://evil.test');
      const unregistered = liveClient(api.url, learner.cookie);

      const anonymousSub = anonymous.follow(webinar.id);
      const foreignSub = foreign.follow(webinar.id);
      const unregisteredSub = unregistered.follow(webinar.id);
      await waitFor(
        () => (anonymousSub.errors.length && foreignSub.errors.length && unregisteredSub.errors.length ? true : undefined),
        'refusals',
      );

      expect(anonymous.closes).toContain(4403);
      expect(foreign.closes).toContain(4403);
      expect(JSON.stringify(unregisteredSub.errors)).toContain('WEBINAR_NOT_REGISTERED');
      await Promise.all([anonymous.dispose(), foreign.dispose(), unregistered.dispose()]);
    });

    it('gives the room from 15 minutes before the start to those with a place', async () => {
      const trainer = await api.given.trainer();
      const learner = await api.given.learner();
      const stranger = await api.given.learner();
      const soon = await schedule(trainer.cookie, { startsAt: at(10 * MINUTE), endsAt: at(70 * MINUTE) });
      const later = await schedule(trainer.cookie, { startsAt: at(20 * MINUTE), endsAt: at(80 * MINUTE) });
      for (const id of [soon.id, later.id]) await api.gql(REGISTER, { id }, { cookie: learner.cookie });

      const joined = await api.gql(JOIN, { id: soon.id }, { cookie: learner.cookie });
      const tooEarly = await api.gql(JOIN, { id: later.id }, { cookie: learner.cookie });
      const notRegistered = await api.gql(JOIN, { id: soon.id }, { cookie: stranger.cookie });
      const view = await api.gql(WEBINAR, { id: soon.id }, { cookie: learner.cookie });

      expect(joined.data?.joinWebinar.url).toBe('https://visio.test/room-42');
      expect([tooEarly, notRegistered].map(reasonOf)).toEqual(['WEBINAR_NOT_OPEN_YET', 'WEBINAR_NOT_REGISTERED']);
      expect(view.data?.webinar).toMatchObject({
        phase: 'OPEN',
        joinable: true,
        slideDeckUrl: 'https://docs.test/slides.pdf',
        replayUrl: null,
      });
    });
  });

  describe('BigBlueButton and attendance', () => {
    it(
      'creates the room, signs join links with id, name and role, and keeps attendance from getMeetingInfo',
      { timeout: 60_000 },
      async () => {
        const trainer = await api.given.trainer();
        const present = await api.given.learner();
        const brief = await api.given.learner();
        const startsAt = new Date(Date.now() + 10 * MINUTE);
        const webinar = await schedule(trainer.cookie, {
          roomKind: 'PLATFORM_BIGBLUEBUTTON',
          roomUrl: null,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 30 * MINUTE).toISOString(),
          attendanceThresholdMinutes: 2,
        });
        for (const learner of [present, brief]) await api.gql(REGISTER, { id: webinar.id }, { cookie: learner.cookie });

        const learnerLink = new URL((await api.gql(JOIN, { id: webinar.id }, { cookie: present.cookie })).data?.joinWebinar.url);
        const trainerLink = new URL((await api.gql(JOIN, { id: webinar.id }, { cookie: trainer.cookie })).data?.joinWebinar.url);
        const entered = await bbb.fetch(learnerLink.href);
        const forged = new URL(learnerLink);
        forged.searchParams.set('role', 'MODERATOR');
        const refused = await bbb.fetch(forged.href);

        expect(bbb.calls.filter((c) => c.call === 'create' && c.params.meetingID === webinar.id).every((c) => c.ok)).toBe(true);
        expect(Object.fromEntries(learnerLink.searchParams)).toMatchObject({
          meetingID: webinar.id,
          userID: present.id,
          role: 'VIEWER',
          fullName: expect.stringMatching(/^User/),
        });
        expect(trainerLink.searchParams.get('role')).toBe('MODERATOR');
        expect(entered.status).toBe(302);
        expect(refused.body).toContain('<messageKey>checksumError</messageKey>');

        const jobs = api.app.get(WebinarJobs);
        const reading = async (minutes: number, attendees: { id: string; role: 'MODERATOR' | 'VIEWER' }[]) => {
          bbb.setAttendees(
            webinar.id,
            attendees.map((a) => ({ userId: a.id, fullName: 'Quelqu’un', role: a.role })),
          );
          clock.set(new Date(startsAt.getTime() + minutes * MINUTE));
          await jobs.runDue();
        };
        await reading(0, [
          { id: present.id, role: 'VIEWER' },
          { id: trainer.id, role: 'MODERATOR' },
        ]);
        await reading(1, [
          { id: present.id, role: 'VIEWER' },
          { id: trainer.id, role: 'MODERATOR' },
        ]);
        await reading(2, [
          { id: present.id, role: 'VIEWER' },
          { id: brief.id, role: 'VIEWER' },
        ]);
        await reading(3, [
          { id: present.id, role: 'VIEWER' },
          { id: brief.id, role: 'VIEWER' },
        ]);
        await reading(61, []);
        await reading(63, []);
        const list = (await api.gql(ATTENDANCE, { id: webinar.id }, { cookie: trainer.cookie })).data?.webinar.attendance;
        const replay = await api.gql(REPLAY, { id: webinar.id, url: 'https://replay.test/w1' }, { cookie: trainer.cookie });
        const mine = (await api.gql(MY_WEBINARS, {}, { cookie: present.cookie })).data?.myWebinars.nodes.find(
          (n: any) => n.id === webinar.id,
        );
        const exported = (await api.gql(EXPORT, { id: webinar.id }, { cookie: trainer.cookie })).data?.exportWebinarReport;
        const learnerList = await api.gql(ATTENDANCE, { id: webinar.id }, { cookie: present.cookie });

        expect(list).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              userId: present.id,
              status: 'ATTENDED',
              minutesPresent: 3,
              attended: true,
              joinedAt: expect.any(String),
            }),
            expect.objectContaining({ userId: brief.id, status: 'REGISTERED', minutesPresent: 1, attended: false }),
          ]),
        );
        expect(list.map((a: any) => a.userId)).not.toContain(trainer.id);
        expect(bbb.calls.filter((c) => c.call === 'getMeetingInfo').every((c) => c.ok)).toBe(true);
        expect(replay.data?.setWebinarReplay.replayUrl).toBe('https://replay.test/w1');
        expect(mine).toMatchObject({
          phase: 'ENDED',
          replayUrl: 'https://replay.test/w1',
          followUpModuleSlug: 'mots-de-passe',
          followUpModule: { slug: 'mots-de-passe' },
          myRegistration: { status: 'ATTENDED', minutesPresent: 3, attended: true },
        });
        expect(exported.filename).toMatch(/\.csv$/);
        expect(exported.csv.startsWith('\uFEFFParticipant;Statut;Arrivée;Minutes de présence;Présent\r\n')).toBe(true);
        expect(exported.csv).toMatch(/;ATTENDED;[^;]*;3;oui\r\n/);
        expect(reasonOf(learnerList)).toBe('WEBINAR_NOT_FOUND');
      },
    );

    it('lets the trainer enter minutes of presence for a room the platform cannot read', async () => {
      const trainer = await api.given.trainer();
      const learner = await api.given.learner();
      const stranger = await api.given.learner();
      const webinar = await schedule(trainer.cookie, { attendanceThresholdMinutes: 30 });
      await api.gql(REGISTER, { id: webinar.id }, { cookie: learner.cookie });

      const enough = await api.gql(RECORD, { id: webinar.id, userId: learner.id, minutes: 45 }, { cookie: trainer.cookie });
      const notRegistered = await api.gql(RECORD, { id: webinar.id, userId: stranger.id, minutes: 45 }, { cookie: trainer.cookie });

      expect(enough.data?.recordWebinarAttendance).toEqual({ minutesPresent: 45, attended: true, status: 'ATTENDED' });
      expect(reasonOf(notRegistered)).toBe('PERSON_NOT_REGISTERED');
    });
  });

  it('puts a learner’s registrations, questions, upvotes, votes and attendance in their data export, and erases them with the account', async () => {
    const trainer = await api.given.trainer();
    const learner = await api.given.learner();
    const webinar = await schedule(trainer.cookie, { startsAt: at(10 * MINUTE), endsAt: at(70 * MINUTE) });
    await api.gql(REGISTER, { id: webinar.id }, { cookie: learner.cookie });
    await api.gql(JOIN, { id: webinar.id }, { cookie: learner.cookie });
    const questionId = (await api.gql(ASK, { input: { webinarId: webinar.id, text: 'Ma question' } }, { cookie: learner.cookie })).data
      ?.askWebinarQuestion.id;
    await api.gql(UPVOTE, { id: questionId }, { cookie: learner.cookie });
    const pollId = (
      await api.gql(
        LAUNCH,
        { input: { webinarId: webinar.id, question: 'Q ?', kind: 'MULTIPLE', options: ['a', 'b'] } },
        { cookie: trainer.cookie },
      )
    ).data?.launchWebinarPoll.id;
    await api.gql(ANSWER, { input: { pollId, optionIds: ['1', '2'] } }, { cookie: learner.cookie });

    const data = JSON.parse((await api.gql(`{ myDataExport }`, {}, { cookie: learner.cookie })).data?.myDataExport);
    await api.gql(`mutation { eraseMyAccount(confirmation: "SUPPRIMER") }`, {}, { cookie: learner.cookie, headers: { origin: ORIGIN } });
    const left = await Promise.all(
      ['webinar_registrations', 'webinar_questions', 'webinar_question_upvotes', 'webinar_poll_votes', 'webinar_attendance'].map(
        async (table) =>
          Number(
            (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE user_id = ${learner.id}`.execute(api.db))
              .rows[0]!.n,
          ),
      ),
    );
    const view = await api.gql(WEBINAR, { id: webinar.id }, { cookie: trainer.cookie });

    expect(data.webinarRegistrations).toEqual([expect.objectContaining({ webinarId: webinar.id, status: 'REGISTERED' })]);
    expect(data.webinarQuestions).toEqual([expect.objectContaining({ text: 'Ma question' })]);
    expect(data.webinarUpvotes).toHaveLength(1);
    expect(data.webinarPollVotes).toEqual([expect.objectContaining({ optionIds: ['1', '2'] })]);
    expect(data.webinarAttendance).toHaveLength(1);
    expect(left).toEqual([0, 0, 0, 0, 0]);
    expect(view.data?.webinar.placesTaken).toBe(0);
  });

  it('cancels a webinar: the people registered are told, and nobody registers any more', async () => {
    const trainer = await api.given.trainer();
    const learner = await api.given.learner();
    const late = await api.given.learner();
    const webinar = await schedule(trainer.cookie, { title: 'Annulé bientôt' });
    await api.gql(REGISTER, { id: webinar.id }, { cookie: learner.cookie });

    const cancelled = await api.gql(CANCEL, { id: webinar.id }, { cookie: trainer.cookie });
    const refused = await api.gql(REGISTER, { id: webinar.id }, { cookie: late.cookie });
    await sendMail();

    expect(cancelled.data?.cancelWebinar.phase).toBe('CANCELLED');
    expect(reasonOf(refused)).toBe('WEBINAR_CANCELLED');
    // Both are queued within the same millisecond here: the outbox does not promise their order then.
    const subjects = mailsTo(learner.email).map((m) => decodeSubject(m.raw));
    expect(subjects).toHaveLength(2);
    expect(subjects).toEqual(
      expect.arrayContaining([expect.stringContaining('Inscription confirmée'), expect.stringContaining('Webinaire annulé')]),
    );
  });
});

/** The Subject header, decoded from its RFC 2047 encoded words. */
function decodeSubject(raw: string): string {
  const header = /\r\nSubject: ((?:.*)(?:\r\n[ \t].*)*)/.exec(`\r\n${raw}`)?.[1] ?? '';
  return header.replace(/\r\n[ \t]/g, '').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}
