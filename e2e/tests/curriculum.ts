import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/modules');

export interface CurriculumModule {
  slug: string;
  title: string;
  theme: string;
  grains: { title: string; elements: Record<string, any>[] }[];
}

/** The real modules of content/, as files: the test knows the answers, the browser does not. */
export function curriculum(): CurriculumModule[] {
  return fs
    .readdirSync(CONTENT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(CONTENT, entry.name, 'module.yaml')))
    .map((entry) => parse(fs.readFileSync(path.join(CONTENT, entry.name, 'module.yaml'), 'utf8')) as CurriculumModule)
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Plain text of an inline Markdown string, as a label shows it. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}
