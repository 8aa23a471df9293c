// Page weight (issue 9): the JavaScript and CSS that the catalogue and the player load, raw, gzip
// and brotli (node:zlib, highest levels). Builds nothing: run `pnpm build` first. It reads what Kit
// wrote: the route table and each node's imports in web/build/server, the files in web/build/client.
// "first load" is what the page's HTML preloads; "with on-demand" adds the modules it imports
// dynamically (the offline queue and IndexedDB for the player, loaded when it starts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'web/build/server');
const CLIENT = path.join(ROOT, 'web/build/client');
const PAGES = [
  { name: 'catalogue', route: '/(app)/catalogue' },
  { name: 'module page', route: '/(app)/modules/[slug]' },
  { name: 'player', route: '/(app)/modules/[slug]/jouer' },
];

if (!fs.existsSync(path.join(SERVER, 'manifest.js'))) {
  console.error('web/build is missing: run `pnpm build` first.');
  process.exit(1);
}
const manifest = fs.readFileSync(path.join(SERVER, 'manifest.js'), 'utf8');
const list = (text, name) => {
  const match = new RegExp(`${name}\\s*[:=]\\s*(\\[[^\\]]*\\])`).exec(text);
  return match ? JSON.parse(match[1]) : [];
};
const clientBlock = /client:\s*\{[^}]*\}/.exec(manifest)[0];
const entry = [...list(clientBlock, 'imports'), ...list(clientBlock, 'stylesheets')];

function nodesOf(route) {
  const at = manifest.indexOf(`id: ${JSON.stringify(route)}`);
  if (at < 0) throw new Error(`route ${route} not in the manifest`);
  const page = /page:\s*\{\s*layouts:\s*\[([^\]]*)\],\s*errors:\s*\[[^\]]*\],\s*leaf:\s*(\d+)/.exec(manifest.slice(at));
  const layouts = page[1]
    .split(',')
    .filter((n) => n.trim() !== '')
    .map(Number);
  return [...layouts, Number(page[2])];
}

function filesOfNode(index) {
  const text = fs.readFileSync(path.join(SERVER, 'nodes', `${index}.js`), 'utf8');
  return [...list(text, 'imports'), ...list(text, 'stylesheets')];
}

/**
 * Modules the page's own code imports (dynamically, and what those import), recursively. Kit's entry
 * is left out as a starting point: its router imports every page on demand.
 */
function onDemand(files, own) {
  const seen = new Set(files);
  const queue = own.filter((f) => f.endsWith('.js'));
  const added = new Set();
  while (queue.length > 0) {
    const file = queue.pop();
    const text = fs.readFileSync(path.join(CLIENT, file), 'utf8');
    for (const match of text.matchAll(/(?:import\(\s*|from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+\.(?:js|css))["'`]/g)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]));
      if (seen.has(target) || target.includes('/immutable/nodes/') || !fs.existsSync(path.join(CLIENT, target))) continue;
      seen.add(target);
      added.add(target);
      if (target.endsWith('.js')) queue.push(target);
    }
  }
  return [...added];
}

function weigh(files) {
  const total = { js: { raw: 0, gzip: 0, brotli: 0 }, css: { raw: 0, gzip: 0, brotli: 0 } };
  for (const file of new Set(files)) {
    const kind = file.endsWith('.css') ? 'css' : file.endsWith('.js') ? 'js' : null;
    if (!kind) continue;
    const bytes = fs.readFileSync(path.join(CLIENT, file));
    total[kind].raw += bytes.length;
    total[kind].gzip += gzipSync(bytes, { level: 9 }).length;
    total[kind].brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const rows = [];
for (const page of PAGES) {
  const own = [...new Set(nodesOf(page.route).flatMap(filesOfNode))];
  const first = [...new Set([...entry, ...own])];
  const all = [...first, ...onDemand(first, own)];
  for (const [when, files] of [
    ['first load', first],
    ['with on-demand', all],
  ]) {
    const w = weigh(files);
    rows.push({
      page: page.name,
      when,
      'JS raw': kb(w.js.raw),
      'JS gzip': kb(w.js.gzip),
      'JS brotli': kb(w.js.brotli),
      'CSS raw': kb(w.css.raw),
      'CSS gzip': kb(w.css.gzip),
      'CSS brotli': kb(w.css.brotli),
    });
  }
}
console.table(rows);
const sw = path.join(CLIENT, 'service-worker.js');
if (fs.existsSync(sw)) {
  const bytes = fs.readFileSync(sw);
  console.log(
    `service worker (installed once, in the background): ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`,
  );
}
