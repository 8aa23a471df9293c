import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { E2E_API_PORT, E2E_WEB_PORT } from './playwright.config.js';
import { E2E_PACKAGE_ID, fixturePackage } from '../api/test/h5p-fixture.js';
import { createEntSchool, startEntProvider } from './sso-provider.js';
import { ADMIN, LEARNERS, MANAGERS, TRAINERS, WEBINAR_HOSTS } from './tests/accounts.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_PORT = E2E_API_PORT;

/**
 * Starts the built api and web as a user would run them, on a database of their own: a new database
 * on the PostgreSQL server when DATABASE_URL is set (CI), otherwise PGlite in a temporary folder.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const built of ['api/dist/main.js', 'web/build/index.js']) {
    if (!fs.existsSync(path.join(ROOT, built))) throw new Error(`${built} is missing: run \`pnpm build\` first`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuite-e2e-'));
  const serverUrl = process.env.DATABASE_URL;
  const dbName = `e2e_${Date.now()}`;
  let databaseUrl: string | undefined;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  // The real curriculum, plus a frozen copy of a sample module for the learner journey, so that
  // curriculum edits don't change that test.
  const contentDir = path.join(dataDir, 'content');
  fs.mkdirSync(path.join(contentDir, 'modules'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'content/framework'), path.join(contentDir, 'framework'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'content/modules'), path.join(contentDir, 'modules'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'e2e/fixtures/modules'), path.join(contentDir, 'modules'), { recursive: true });
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? '',
    DEMO: 'false',
    API_PORT: String(API_PORT),
    PUBLIC_URL: `http://localhost:${E2E_WEB_PORT}`,
  };

  // Accounts are made with the CLI, as an administrator would on a real server (no demo accounts there).
  for (const learner of LEARNERS) {
    const args = ['create-user', '--email', learner.email, '--name', learner.name, '--role', 'LEARNER'];
    execFileSync(process.execPath, [path.join(ROOT, 'api/dist/cli.js'), ...args], {
      env: { ...env, PASSWORD: learner.password },
      stdio: 'inherit',
    });
  }

  for (const manager of MANAGERS) {
    const args = ['create-user', '--email', manager.email, '--name', manager.name, '--role', 'MANAGER'];
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'api/dist/cli.js'), ...args, '--organisation', manager.school.name, '--uai', manager.school.uai],
      {
        env: { ...env, PASSWORD: manager.password },
        stdio: 'inherit',
      },
    );
  }

  for (const trainer of TRAINERS) {
    const args = ['create-user', '--email', trainer.email, '--name', trainer.name, '--role', 'TRAINER'];
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'api/dist/cli.js'), ...args, '--organisation', trainer.school.name, '--uai', trainer.school.uai],
      { env: { ...env, PASSWORD: trainer.password }, stdio: 'inherit' },
    );
  }

  // Issue 7: a trainer who also manages school A runs the webinar journey; an admin reads the mail outbox.
  for (const host of WEBINAR_HOSTS) {
    const args = ['create-user', '--email', host.email, '--name', host.name, '--role', 'TRAINER', '--role', 'MANAGER'];
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'api/dist/cli.js'), ...args, '--organisation', host.school.name, '--uai', host.school.uai],
      { env: { ...env, PASSWORD: host.password }, stdio: 'inherit' },
    );
  }
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'api/dist/cli.js'), 'create-user', '--email', ADMIN.email, '--name', ADMIN.name, '--role', 'ADMIN'],
    { env: { ...env, PASSWORD: ADMIN.password }, stdio: 'inherit' },
  );

  // The H5P package that e2e/fixtures/modules/activite-h5p-e2e names, installed as an administrator would.
  const h5pFile = path.join(dataDir, 'fixture.h5p');
  fs.writeFileSync(h5pFile, await fixturePackage());
  execFileSync(process.execPath, [path.join(ROOT, 'api/dist/cli.js'), 'import-h5p', h5pFile, '--id', E2E_PACKAGE_ID], {
    env,
    stdio: 'inherit',
  });

  // The académie's ENT (single sign-on), and the school its new accounts go into.
  createEntSchool(ROOT, env);
  const ent = await startEntProvider(E2E_WEB_PORT);

  const children: ChildProcess[] = [];
  const start = (name: string, args: string[], extraEnv: Record<string, string>) => {
    const child = spawn(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = fs.createWriteStream(path.join(dataDir, `${name}.log`));
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    children.push(child);
    return child;
  };
  // TEST_CLOCK lets the competency journey move the api's clock to the next day (never in production).
  start('api', [path.join(ROOT, 'api/dist/main.js')], { TEST_CLOCK: 'on', ...ent.apiEnv });
  await waitFor(
    `http://127.0.0.1:${API_PORT}/graphql`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' },
    dataDir,
    'api',
  );
  // web/server.js wraps adapter-node's server to forward the live pages' WebSocket to the api.
  start('web', [path.join(ROOT, 'web/server.js')], {
    PORT: String(E2E_WEB_PORT),
    HOST: '127.0.0.1',
    ORIGIN: `http://localhost:${E2E_WEB_PORT}`,
    API_URL: `http://127.0.0.1:${API_PORT}`,
  });
  await waitFor(`http://127.0.0.1:${E2E_WEB_PORT}/connexion`, {}, dataDir, 'web');

  return async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))),
    );
    await ent.provider.stop();
    if (serverUrl) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

async function waitFor(url: string, init: RequestInit, dataDir: string, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, init);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const log = fs.readFileSync(path.join(dataDir, `${name}.log`), 'utf8');
  throw new Error(`${name} did not start within 60 s:\n${log.slice(-3000)}`);
}
