import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type StartedApi, createApi } from '../src/app-factory.js';
import { APP_CONFIG } from '../src/core/config.provider.js';
import type { AppConfig } from '../src/core/config.js';
import { type TestApi, startTestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ORIGIN = 'http://localhost:3000';
const LIVE = `subscription($id: ID!) { webinarLive(webinarId: $id) { kind question { id text askedByMe } } }`;
const SCHEDULE = `mutation($input: WebinarInput!) { scheduleWebinar(input: $input) { id } }`;
const REGISTER = `mutation($id: ID!) { registerForWebinar(webinarId: $id) { id } }`;
const ASK = `mutation($input: AskQuestionInput!) { askWebinarQuestion(input: $input) { id } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two api instances on one database and one Redis (issue 7): what one publishes, the other's subscribers receive. */
describe.each(databaseKinds())('live events through Redis on %s', (kind) => {
  let api: TestApi;
  let second: StartedApi;
  let secondUrl: string;

  beforeAll(async () => {
    api = await startTestApi(kind, { redisUrl: REDIS_URL, webinarJobs: false });
    second = await createApi({ ...api.app.get<AppConfig>(APP_CONFIG) }, api.db, { logger: false });
    await second.app.listen(0, '127.0.0.1');
    secondUrl = `${(await second.app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  });
  afterAll(async () => {
    await second.app.close();
    await api.stop();
  });

  it('brings a question asked on one instance to a subscriber of the other', async () => {
    const trainer = await api.given.trainer();
    const asker = await api.given.learner();
    const listener = await api.given.learner();
    const startsAt = Date.now() + 10 * 60_000;
    const scheduled = await api.gql(
      SCHEDULE,
      {
        input: {
          organisationId: api.organisationId,
          title: `Deux instances ${randomUUID()}`,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3600_000).toISOString(),
          capacity: 10,
          openToAll: true,
          roomKind: 'JITSI',
          roomUrl: 'https://jitsi.test/salle',
        },
      },
      { cookie: trainer.cookie },
    );
    const webinarId = scheduled.data?.scheduleWebinar.id as string;
    for (const learner of [asker, listener]) await api.gql(REGISTER, { id: webinarId }, { cookie: learner.cookie });
    const received: any[] = [];
    const client = createClient({
      url: secondUrl.replace(/^http/, 'ws'),
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: listener.cookie, origin: ORIGIN } });
        }
      },
    });
    client.subscribe(
      { query: LIVE, variables: { id: webinarId } },
      { next: (r) => received.push(r), error: (e) => received.push({ error: e }), complete: () => undefined },
    );
    await sleep(500);

    const asked = await api.gql(ASK, { input: { webinarId, text: 'Cela passe-t-il par Redis ?' } }, { cookie: asker.cookie });
    for (let i = 0; i < 100 && received.length === 0; i += 1) await sleep(50);
    await client.dispose();

    expect(received).toEqual([
      {
        data: {
          webinarLive: {
            kind: 'QUESTION_ASKED',
            question: { id: asked.data?.askWebinarQuestion.id, text: 'Cela passe-t-il par Redis ?', askedByMe: false },
          },
        },
      },
    ]);
  });
});
