// Starts the built api and web side by side on the embedded defaults and stops both on Ctrl+C.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT ?? '4000';
const webPort = process.env.PORT ?? '3000';
const env = {
  ...process.env,
  API_PORT: apiPort,
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${webPort}`,
};

const children = [];
function start(name, script, extraEnv) {
  const child = spawn(process.execPath, [path.join(root, script)], { env: { ...env, ...extraEnv }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping the platform.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('api', 'api/dist/main.js', {});
await waitForApi();
// web/server.js: adapter-node's server, plus the WebSocket of the live pages forwarded to the api.
start('web', 'web/server.js', {
  PORT: webPort,
  ORIGIN: env.PUBLIC_URL,
  API_URL: `http://127.0.0.1:${apiPort}`,
  // H5P packages (20 MB by default, H5P_MAX_BYTES) go through the web to the api; Kit's default is 512 KB.
  BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '21M',
});
console.log(`\nContinuité est prête : ${env.PUBLIC_URL}\n`);

async function waitForApi() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  console.error('the api did not start within 2 minutes');
  stop(1);
}
