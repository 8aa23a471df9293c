// Validates the curriculum: `pnpm content:check` (builds @continuite/schemas first), or another
// content tree laid out the same way: `pnpm content:check <dir>` (framework/ and modules/<slug>/).
// Checks the format and cross-references (loadContent), then the catalogue bar (auditContent:
// estimated duration, graded items, activity mix, summary, sources, no URL in the text).
// Prints every error as `<file> › <path> : <message>` and exits 1, or prints what the content covers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditContent, computeModuleStats, estimateDuration, formatDuration, loadContent } from '@continuite/schemas/content';

const root = process.argv[2] ? path.resolve(process.argv[2]) : fileURLToPath(new URL('.', import.meta.url));
const loaded = await loadContent(root);
const errors = [...loaded.errors, ...auditContent(loaded)];

if (errors.length > 0) {
  for (const error of errors) {
    const where = error.line === undefined ? '' : ` (ligne ${error.line})`;
    console.error(`${error.file} › ${error.path || '(fichier)'} : ${error.message}${where}`);
  }
  console.error(`\n${errors.length} erreur(s) dans le contenu.`);
  process.exit(1);
}

const stats = computeModuleStats(loaded);

const table = (title, rows) => {
  const header = [title, 'modules', 'graded items', 'competencies', 'skills'];
  const lines = rows.map(([name, s]) => [
    name,
    String(s.modules),
    String(s.gradedItems),
    s.competenciesCovered.join(' '),
    String(s.skillsCovered.length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  console.log('');
};

console.log('module                                              audience  items  estimated  declared');
for (const { slug, module } of loaded.modules) {
  const estimate = estimateDuration(module);
  console.log(
    `${slug.padEnd(52)}${module.audience.padEnd(10)}${String(estimate.gradedItems).padStart(5)}  ${formatDuration(estimate.seconds).padStart(9)}  ${String(module.durationMinutes).padStart(4)} min`,
  );
}
console.log('');
table('theme', Object.entries(stats.byTheme));
table('audience', Object.entries(stats.byAudience));
console.log(
  `total: modules: ${stats.modules}, graded items: ${stats.gradedItems}, ` +
    `competencies covered: ${stats.competenciesCovered.join(', ')} (${stats.competenciesCovered.length}), ` +
    `skills covered: ${stats.skillsCovered.length}`,
);
