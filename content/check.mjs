// Validates the curriculum: `pnpm content:check` (builds @continuite/schemas first).
// Prints every error as `<file> › <path> : <message>` and exits 1, or prints what the content covers.
import { fileURLToPath } from 'node:url';
import { computeModuleStats, loadContent } from '@continuite/schemas/content';

const root = fileURLToPath(new URL('.', import.meta.url));
const loaded = await loadContent(root);

if (loaded.errors.length > 0) {
  for (const error of loaded.errors) {
    const where = error.line === undefined ? '' : ` (ligne ${error.line})`;
    console.error(`${error.file} › ${error.path || '(fichier)'} : ${error.message}${where}`);
  }
  console.error(`\n${loaded.errors.length} erreur(s) dans le contenu.`);
  process.exit(1);
}

const stats = computeModuleStats(loaded);
console.log(
  `modules: ${stats.modules}, graded items: ${stats.gradedItems}, ` +
    `competencies covered: ${stats.competenciesCovered.join(', ')} (${stats.competenciesCovered.length})`,
);
