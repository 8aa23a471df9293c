// pnpm bench — S1 "answering a question" (../shared/BENCH.md): the real submitAnswer mutation
// (session, validation, correction, idempotent write) against a plain Node.js HTTP server doing the
// same INSERT, 50 connections each, interleaved A/B for 3 rounds, on the machine's PostgreSQL; before each
// arm, the xAPI projection of the answers stored so far is let to catch up.
// Servers run on core 0, this load generator on core 1. It prints figures; it never fails a build.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { graphqlOn, rssMb, run, waitForPort } from './processes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 3);
const MEASURE_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const MODULES = 20;
const QUESTIONS = 100;
const PASSWORD = 'bench password 2026';
/** The learners the load generator's connections take, one each. */
let learnersRef = [];

const gql = graphqlOn(4300);
const hasTaskset = fs.existsSync('/usr/bin/taskset');
const pinned = (cpu, args) => (hasTaskset ? ['taskset', ['-c', String(cpu), process.execPath, ...args]] : [process.execPath, args]);

async function main() {
  const dbName = `bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  const contentDir = writeBenchContent();
  const children = [];
  try {
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CONTENT_DIR: contentDir,
      API_PORT: '4300',
      NODE_ENV: 'production',
      DEMO: 'false',
    };
    await run(
      process.execPath,
      [path.join(root, 'api/dist/cli.js'), 'create-user', '--email', 'bench-0@bench.fr', '--name', 'Bench', '--role', 'LEARNER'],
      { ...env, PASSWORD },
    );
    const api = startServer(children, ['api/dist/main.js'], env);
    const plain = startServer(children, ['api/bench/plain-server.mjs'], { ...env, PORT: '4301' });
    await waitForPort('http://127.0.0.1:4300/graphql');
    await waitForPort('http://127.0.0.1:4301/');

    const learners = await createLearners(databaseUrl);
    learnersRef = learners;
    console.log(`setup: ${learners.length} learners × ${MODULES} modules × ${QUESTIONS} questions`);

    const arms = {
      plain: { label: 'plain Node.js HTTP + INSERT', pid: plain.pid, run: (s) => loadPlain(learners, s) },
      api: { label: 'submitAnswer mutation', pid: api.pid, run: (s) => loadApi(learners, s) },
    };
    const results = { plain: [], api: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const name of ['plain', 'api']) {
        await settle(databaseUrl);
        await arms[name].run(WARMUP_S);
        const r = await arms[name].run(MEASURE_S);
        r.rssMb = rssMb(arms[name].pid);
        results[name].push(r);
        console.log(
          `round ${round} ${name.padEnd(5)} ${r.rps.toFixed(0).padStart(6)} answers/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}  rss ${r.rssMb} MB`,
        );
      }
    }
    report(arms, results);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    await admin.end();
    fs.rmSync(contentDir, { recursive: true, force: true });
  }
}

/**
 * Waits until the api has turned every answer stored so far into its xAPI statement (both arms' INSERTs
 * note one, and the api's projector works them off in the background, on the server core): otherwise an
 * arm is measured while the api still works off the answers of the arm before. At most 3 minutes; not
 * at all when the api runs without its xAPI jobs (XAPI_JOBS=off).
 */
async function settle(databaseUrl) {
  if (process.env.XAPI_JOBS === 'off') return;
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    for (const started = Date.now(); Date.now() - started < 180_000;) {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM xapi_projection_queue WHERE due_at <= now()`);
      if (rows[0].n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log('  (the xAPI projection did not catch up within 3 minutes: measuring anyway)');
  } finally {
    await db.end();
  }
}

/** Bench modules: enough distinct questions that every measured request stores a new answer. */
function writeBenchContent() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuite-bench-'));
  fs.mkdirSync(path.join(dir, 'framework'), { recursive: true });
  fs.copyFileSync(path.join(root, 'content/framework/crcn.yaml'), path.join(dir, 'framework/crcn.yaml'));
  for (let m = 0; m < MODULES; m++) {
    const questions = Array.from(
      { length: QUESTIONS },
      (_, q) => `      - type: single-choice
        id: q${q}
        skill: '@motDePasse2'
        prompt: Question ${q} ?
        choices: [{ id: a, text: A }, { id: b, text: B }]
        answer: b
        feedback: { correct: Oui., incorrect: Non. }`,
    ).join('\n');
    fs.mkdirSync(path.join(dir, 'modules', `bench-${m}`), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'modules', `bench-${m}`, 'module.yaml'),
      `slug: bench-${m}
title: Bench ${m}
summary: Module de mesure.
theme: cybersecurity
audience: all
durationMinutes: 5
level: 2
objectives: [Mesurer]
sources: [{ title: Bench }]
grains:
  - id: g
    type: activity
    title: Questions
    elements:
${questions}
`,
    );
  }
  return dir;
}

async function createLearners(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  // Same hash for every bench account: made once by the CLI (argon2id), copied here.
  const {
    rows: [template],
  } = await db.query(`SELECT password_hash, organisation_id FROM users JOIN memberships ON user_id = id LIMIT 1`);
  await db.query(
    `WITH u AS (INSERT INTO users (email, display_name, password_hash)
       SELECT 'bench-' || g || '@bench.fr', 'Bench ' || g, $1 FROM generate_series(1, $2) g RETURNING id)
     INSERT INTO memberships (user_id, organisation_id, role) SELECT id, $3, 'LEARNER' FROM u`,
    [template.password_hash, CONNECTIONS, template.organisation_id],
  );
  await db.end();
  const learners = [];
  for (let i = 1; i <= CONNECTIONS; i++) {
    const signIn = await gql(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, {
      i: { email: `bench-${i}@bench.fr`, password: PASSWORD },
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const userId = (await signIn.json()).data.signIn.id;
    const attempts = [];
    for (let m = 0; m < MODULES; m++) {
      const started = await gql(`mutation { startAttempt(moduleSlug: "bench-${m}") { id } }`, {}, cookie);
      attempts.push((await started.json()).data.startAttempt.id);
    }
    learners.push({ cookie, userId, attempts, next: 0, plainNext: 0 });
  }
  return learners;
}

const SUBMIT = 'mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct feedbackHtml solution { choiceIds } } }';

function loadApi(learners, seconds) {
  return load('http://127.0.0.1:4300/graphql', seconds, (learner) => {
    const slot = learner.next++ % (MODULES * QUESTIONS);
    const input = {
      attemptId: learner.attempts[Math.floor(slot / QUESTIONS)],
      elementId: `q${slot % QUESTIONS}`,
      idempotencyKey: randomUUID(),
      response: { choiceIds: ['b'] },
    };
    return {
      headers: { 'content-type': 'application/json', cookie: learner.cookie },
      body: JSON.stringify({ query: SUBMIT, variables: { input } }),
    };
  });
}

function loadPlain(learners, seconds) {
  return load('http://127.0.0.1:4301/', seconds, (learner) => {
    const body = {
      attemptId: learner.attempts[0],
      userId: learner.userId,
      elementId: `plain-${learner.plainNext++}`,
      idempotencyKey: randomUUID(),
      response: { choiceIds: ['b'] },
    };
    return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  });
}

/** Closed loop: each of the 50 connections is one learner sending its next answer as soon as the last returns. */
function load(url, seconds, nextRequest) {
  let connection = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            setupRequest: (request, context) => {
              context.learner ??= learnersRef[connection++ % learnersRef.length];
              return { ...request, ...nextRequest(context.learner) };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx });
      },
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

function report(arms, results) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ratios = results.api.map((r, i) => r.rps / results.plain[i].rps);
  const p99Ratios = results.api.map((r, i) => r.p99 / results.plain[i].p99);
  console.log('\nS1 answering a question: 50 concurrent learners, closed loop, server on core 0');
  for (const name of ['plain', 'api']) {
    const r = results[name];
    console.log(
      `  ${arms[name].label.padEnd(30)} median ${median(r.map((x) => x.rps))
        .toFixed(0)
        .padStart(
          6,
        )} answers/s   p50 ${median(r.map((x) => x.p50))} ms   p99 ${median(r.map((x) => x.p99))} ms   rss ${median(r.map((x) => x.rssMb))} MB`,
    );
  }
  console.log(`  ratio api/plain throughput (median of per-round ratios): ${median(ratios).toFixed(2)}`);
  console.log(`  ratio api/plain p99 (median of per-round ratios): ${median(p99Ratios).toFixed(2)}`);
}

function startServer(children, args, env) {
  const [command, argv] = pinned(
    0,
    args.map((a) => path.join(root, a)),
  );
  const child = spawn(command, argv, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}

await main();
