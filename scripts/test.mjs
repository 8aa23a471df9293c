// `pnpm test`: every check and test tier, fastest first. Expects a build (`./run test` does it).
import { spawnSync } from 'node:child_process';

const steps = [
  ['content', 'pnpm', ['content:check']],
  ['generated files', 'node', ['scripts/drift.mjs']],
  ['lint', 'pnpm', ['lint']],
  ['types', 'pnpm', ['typecheck']],
  ['unit', 'pnpm', ['test:unit']],
  ['integration', 'pnpm', ['test:int']],
  ['end to end', 'pnpm', ['test:e2e']],
];

const results = [];
for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
  if (status !== 0) break;
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
process.exit(failed === 0 && results.length === steps.length ? 0 : 1);
