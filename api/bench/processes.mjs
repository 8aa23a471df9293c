// What the benchmarks share to drive the built api as a process: run a CLI step, wait for the
// server, read its memory, call its GraphQL endpoint.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** Runs a command to its end (a CLI step such as create-user), rejecting on a non-zero exit. */
export function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args[1]} exited ${code}`))));
  });
}

/** Waits until a GraphQL endpoint answers (50 s at most). */
export async function waitForPort(url) {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not start`);
}

/** Resident memory of a process in MB (taskset execs node in place, so the pid is the server's). */
export function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
  } catch {
    return NaN;
  }
}

/** A GraphQL request to the api on this port, with the session cookie when given. */
export function graphqlOn(port) {
  return (query, variables, cookie) =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
}
