import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The module the journey plays, read from its file: the test knows the answers, the browser does not. */
export const MODULE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/modules/parcours-temoin-e2e');

interface Choice {
  id: string;
  text: string;
}
export type Question =
  | { type: 'single-choice'; id: string; choices: Choice[]; answer: string }
  | { type: 'multiple-choice'; id: string; choices: Choice[]; answers: string[] }
  | { type: 'short-answer'; id: string; accepted: string[] };

export interface FixtureModule {
  title: string;
  grains: { title: string; questions: Question[] }[];
}

export function readFixtureModule(): FixtureModule {
  const module = parse(fs.readFileSync(path.join(MODULE_DIR, 'module.yaml'), 'utf8'));
  return {
    title: module.title,
    grains: module.grains.map((grain: { title: string; elements: { type: string }[] }) => ({
      title: grain.title,
      questions: grain.elements.filter((e) => ['single-choice', 'multiple-choice', 'short-answer'].includes(e.type)) as Question[],
    })),
  };
}
