// pnpm bench — xAPI ingestion (issue 8; BENCH.md S2 with batches of 100): statements per second
// through POST /xapi/statements, 100 per request, real HTTP to the built api (api/dist), against a
// plain multi-row INSERT of the same rows (100 per INSERT) into a scratch copy of xapi_statements
// (same columns and indexes), measured in the same run, interleaved A/B for 3 rounds. On PostgreSQL
// when DATABASE_URL is set (a scratch database on that server), on PGlite otherwise (the api on its
// own data folder, the plain arm on an in-process PGlite with the same migrations). The api runs on
// core 0, this script on core 1. It prints figures; it never fails a build.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { graphqlOn, rssMb, run, waitForPort } from './processes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const serverUrl = process.env.DATABASE_URL || undefined;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 3);
const MEASURE_S = Number(process.env.BENCH_SECONDS ?? 10);
const BATCH = 100;
/** Concurrent writers in both arms: the api's pool (10) is the real limit on PostgreSQL; PGlite has one connection. */
const CONNECTIONS = serverUrl ? 16 : 4;
const PORT = 4310;
const gql = graphqlOn(PORT);
const PASSWORD = 'bench password 2026';

const hasTaskset = fs.existsSync('/usr/bin/taskset');

async function main() {
  const target = serverUrl ? await scratchServerDatabase() : await scratchPgliteFolder();
  const children = [];
  let plain;
  try {
    const env = {
      ...process.env,
      ...target.env,
      API_PORT: String(PORT),
      NODE_ENV: 'production',
      DEMO: 'false',
      IMPORT_CONTENT: 'false',
      XAPI_JOBS: 'off',
      WEBINAR_JOBS: 'off',
      RETENTION_JOB: 'off',
      PSEUDONYM_SECRET: 'bench pseudonym secret',
      PUBLIC_URL: 'https://continuite.example.fr',
    };
    await run(
      process.execPath,
      [path.join(root, 'api/dist/cli.js'), 'create-user', '--email', 'admin@bench.fr', '--name', 'Admin', '--role', 'ADMIN'],
      { ...env, PASSWORD },
    );
    const api = startServer(children, env);
    await waitForPort(`http://127.0.0.1:${PORT}/graphql`);
    const credentials = await createClient();
    plain = serverUrl ? await plainOnServer(target.url) : await plainOnPglite();
    console.log(
      `\nxAPI ingestion on ${serverUrl ? 'PostgreSQL' : 'PGlite'}: ${BATCH} statements per request / per INSERT, ${CONNECTIONS} concurrent writers`,
    );

    const arms = {
      plain: { label: `plain INSERT of ${BATCH} rows`, pid: undefined, run: (s) => plain.load(s) },
      api: { label: `POST /xapi/statements ×${BATCH}`, pid: api.pid, run: (s) => loadApi(credentials, s) },
    };
    const results = { plain: [], api: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const name of ['plain', 'api']) {
        await arms[name].run(WARMUP_S);
        const r = await arms[name].run(MEASURE_S);
        r.rssMb = rssMb(api.pid);
        results[name].push(r);
        console.log(
          `round ${round} ${name.padEnd(5)} ${r.statementsPerSecond.toFixed(0).padStart(7)} statements/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}  api rss ${r.rssMb} MB`,
        );
      }
    }
    report(arms, results);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await plain?.close().catch(() => {});
    await target.drop();
  }
}

async function scratchServerDatabase() {
  const dbName = `bench_xapi_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return {
    url: url.toString(),
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
      await admin.end();
    },
  };
}

async function scratchPgliteFolder() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuite-bench-xapi-'));
  return {
    env: { DATABASE_URL: '', DATA_DIR: dataDir },
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** An admin signs in and creates LRS credentials for their organisation, as a tool would get them. */
async function createClient() {
  const signIn = await gql(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, {
    i: { email: 'admin@bench.fr', password: PASSWORD },
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const managed = await (await gql(`{ managedOrganisations { id } }`, {}, cookie)).json();
  const organisationId = managed.data?.managedOrganisations?.[0]?.id;
  const created = await (
    await gql(
      `mutation($input: CreateXapiClientInput!) { createXapiClient(input: $input) { secret client { key } } }`,
      { input: { organisationId, name: 'Bench', permission: 'WRITE' } },
      cookie,
    )
  ).json();
  if (!created.data) throw new Error(`no LRS client: ${JSON.stringify(created.errors)}`);
  return { key: created.data.createXapiClient.client.key, secret: created.data.createXapiClient.secret };
}

let counter = 0;
/** One statement as a tool writes it: an external learner answered a question, with a score and a registration. */
function statement() {
  counter += 1;
  const learner = counter % 5000;
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', name: `Élève ${learner}`, mbox: `mailto:eleve-${learner}@lycee.example.fr` },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'fr-FR': 'a répondu à', 'en-US': 'answered' } },
    object: {
      objectType: 'Activity',
      id: `https://outil.example.fr/activites/quiz-${counter % 200}/question-${counter % 10}`,
      definition: {
        name: { 'fr-FR': `Question ${counter % 10}` },
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
      },
    },
    result: { success: counter % 3 !== 0, score: { scaled: 0.5, raw: 1, min: 0, max: 2 }, response: 'b' },
    context: {
      registration: randomUUID(),
      contextActivities: { parent: [{ objectType: 'Activity', id: `https://outil.example.fr/activites/quiz-${counter % 200}` }] },
    },
    timestamp: new Date().toISOString(),
  };
}

function loadApi(credentials, seconds) {
  const authorization = `Basic ${Buffer.from(`${credentials.key}:${credentials.secret}`).toString('base64')}`;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${PORT}/xapi/statements`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              headers: { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3', authorization },
              body: JSON.stringify(Array.from({ length: BATCH }, statement)),
            }),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          statementsPerSecond: (result['2xx'] * BATCH) / seconds,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.non2xx,
        });
      },
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/** The columns the LRS fills, computed the simple way: what a hand-written ingestion would store. */
function row(s, organisationId) {
  const actorKey = `mbox:${s.actor.mbox}`;
  return [
    organisationId,
    s.id,
    JSON.stringify({ ...s, stored: new Date().toISOString(), version: '1.0.0', authority: { objectType: 'Agent', name: 'Bench' } }),
    actorKey,
    s.verb.id,
    s.object.id,
    s.context.registration,
    `{${JSON.stringify(actorKey)}}`,
    `{${JSON.stringify(actorKey)}}`,
    `{${[s.object.id, ...s.context.contextActivities.parent.map((p) => p.id)].map((a) => JSON.stringify(a)).join(',')}}`,
    new Date(),
    s.timestamp,
  ];
}

const COLUMNS = `organisation_id, id, statement, actor_key, verb_id, activity_id, registration, agent_keys, related_agent_keys, related_activity_ids, stored, "timestamp"`;
const PER_ROW = 12;
const INSERT = `INSERT INTO bench_statements (${COLUMNS}) VALUES ${Array.from(
  { length: BATCH },
  (_, r) => `(${Array.from({ length: PER_ROW }, (_, c) => `$${r * PER_ROW + c + 1}`).join(', ')})`,
).join(', ')}`;
const SCRATCH = `CREATE TABLE bench_statements (LIKE xapi_statements INCLUDING ALL)`;

/** Arm (a) on the server: the same rows, 100 per INSERT, into a copy of xapi_statements with its indexes, from a pool like the api's. */
async function plainOnServer(url) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query(SCRATCH);
  const {
    rows: [{ id: organisationId }],
  } = await pool.query(`SELECT id::text AS id FROM organisations LIMIT 1`);
  const insert = (values) => pool.query(INSERT, values);
  return { load: (s) => closedLoop(s, (values) => insert(values), organisationId), close: () => pool.end() };
}

/** Arm (a) on PGlite: an in-process PGlite migrated like the api's (one connection, as the api has). */
async function plainOnPglite() {
  const { createDatabase, migrateToLatest } = await import(pathToFileURL(path.join(root, 'api/dist/database/database.js')).href);
  const { CompiledQuery, sql } = await import('kysely');
  const db = createDatabase({});
  await migrateToLatest(db);
  await sql.raw(SCRATCH).execute(db);
  const organisationId = randomUUID();
  await sql`INSERT INTO organisations (id, kind, name) VALUES (${organisationId}, 'ACADEMIE', 'Bench')`.execute(db);
  const insert = (values) => db.executeQuery(CompiledQuery.raw(INSERT, values));
  return { load: (s) => closedLoop(s, insert, organisationId), close: () => db.destroy() };
}

/** Closed loop: each writer sends its next batch as soon as the last one is stored. */
async function closedLoop(seconds, insert, organisationId) {
  const latencies = [];
  let stored = 0;
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const values = Array.from({ length: BATCH }, () => row(statement(), organisationId)).flat();
        const started = performance.now();
        try {
          await insert(values);
          stored += BATCH;
        } catch (error) {
          if (errors++ === 0) console.error(String(error));
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return { statementsPerSecond: stored / seconds, p50: at(0.5), p99: at(0.99), errors };
}

function report(arms, results) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ratios = results.api.map((r, i) => r.statementsPerSecond / results.plain[i].statementsPerSecond);
  console.log(`\nxAPI ingestion (${serverUrl ? 'PostgreSQL' : 'PGlite'}), ${CONNECTIONS} writers, closed loop, api on core 0`);
  for (const name of ['plain', 'api']) {
    const r = results[name];
    console.log(
      `  ${arms[name].label.padEnd(30)} median ${median(r.map((x) => x.statementsPerSecond))
        .toFixed(0)
        .padStart(
          7,
        )} statements/s   p50 ${median(r.map((x) => x.p50))} ms   p99 ${median(r.map((x) => x.p99))} ms   api rss ${median(r.map((x) => x.rssMb))} MB`,
    );
  }
  console.log(`  ratio api/plain statements per second (median of per-round ratios): ${median(ratios).toFixed(2)}`);
}

function startServer(children, env) {
  const args = [path.join(root, 'api/dist/main.js')];
  const [command, argv] = hasTaskset ? ['taskset', ['-c', '0', process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command, argv, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}

await main();
