import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { auditModule } from './audit.js';
import { formatPath, type Issue } from './common.js';
import { mediaOf, skillOf } from './elements.js';
import { indexSkills, parseFramework, type Framework } from './framework.js';
import { parseModule, type ContentModule } from './module.js';

export const FRAMEWORK_FILE = 'framework/crcn.yaml';
export const MODULES_DIR = 'modules';
export const MODULE_FILE = 'module.yaml';

export interface ContentError {
  /** Path of the file relative to the content root, with "/" (e.g. `modules/x/module.yaml`). */
  file: string;
  /** Where in the file, e.g. `grains[1].elements[0].answer`; "" for the whole file. */
  path: string;
  /** French message for the author. */
  message: string;
  /** 1-based line in the file, when it can be found. */
  line?: number;
}

export interface LoadedModule {
  slug: string;
  /** Absolute path of the module folder (media paths are relative to it). */
  dir: string;
  /** Path of module.yaml relative to the content root. */
  file: string;
  /** The file text as read. */
  raw: string;
  module: ContentModule;
}

export interface LoadedContent {
  framework: Framework | null;
  /** Only modules without any error: a bad file never replaces a good version. */
  modules: LoadedModule[];
  errors: ContentError[];
}

/**
 * Reads `framework/crcn.yaml` and every `modules/<slug>/module.yaml` under `rootDir`, validates
 * them and checks what crosses files: slug and folder, skills against the framework, media files.
 */
export async function loadContent(rootDir: string): Promise<LoadedContent> {
  const root = path.resolve(rootDir);
  const errors: ContentError[] = [];

  const framework = await loadFramework(root, errors);
  const skills = framework ? indexSkills(framework) : null;

  const modules: LoadedModule[] = [];
  let folders: string[];
  try {
    const entries = await readdir(path.join(root, MODULES_DIR), {
      withFileTypes: true,
    });
    folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    errors.push({
      file: MODULES_DIR,
      path: '',
      message: 'Dossier des modules introuvable.',
    });
    folders = [];
  }
  folders.sort();

  for (const folder of folders) {
    const file = `${MODULES_DIR}/${folder}/${MODULE_FILE}`;
    const dir = path.join(root, MODULES_DIR, folder);
    const moduleErrors: ContentError[] = [];
    const loaded = await loadModule(root, file, dir, folder, skills, moduleErrors);
    errors.push(...moduleErrors);
    if (loaded && moduleErrors.length === 0) modules.push(loaded);
  }

  return { framework, modules, errors };
}

async function loadFramework(root: string, errors: ContentError[]): Promise<Framework | null> {
  const source = await readYaml(root, FRAMEWORK_FILE, errors);
  if (!source) return null;
  const result = parseFramework(source.data);
  if (result.success) return result.framework;
  errors.push(...result.issues.map((issue) => toError(FRAMEWORK_FILE, issue, source)));
  return null;
}

async function loadModule(
  root: string,
  file: string,
  dir: string,
  folder: string,
  skills: Map<string, unknown> | null,
  errors: ContentError[],
): Promise<LoadedModule | null> {
  const source = await readYaml(root, file, errors);
  if (!source) return null;
  const result = parseModule(source.data);
  if (!result.success) {
    errors.push(...result.issues.map((issue) => toError(file, issue, source)));
    return null;
  }
  const module = result.module;
  const report = (segments: (string | number)[], message: string) =>
    errors.push(toError(file, { path: formatPath(segments), segments, message }, source));

  if (module.slug !== folder) {
    report(['slug'], `Le slug « ${module.slug} » doit être identique au nom du dossier « ${folder} ».`);
  }

  for (const element of module.grains.flatMap((grain) => grain.elements)) {
    const skill = skillOf(element);
    if (skill === undefined) continue;
    const at = locate(module, element.id);
    if (!skills) {
      report([...at, 'skill'], 'Compétence non vérifiable : le référentiel (framework/crcn.yaml) est absent ou invalide.');
      break;
    }
    if (!skills.has(skill)) {
      report([...at, 'skill'], `Acquis « ${skill} » absent du référentiel (framework/crcn.yaml).`);
    }
  }

  const realDir = await realpath(dir);
  for (const grain of module.grains) {
    for (const element of grain.elements) {
      for (const media of mediaOf(element)) {
        const problem = await mediaFileProblem(realDir, media.path);
        if (problem) report([...locate(module, element.id), ...media.at], problem);
      }
    }
  }

  return { slug: module.slug, dir, file, raw: source.raw, module };
}

/**
 * The catalogue bar (`auditModule`: duration, graded items, activity mix, summary, sources, URLs)
 * over the modules that loaded, as errors with their line. `pnpm content:check` fails on them;
 * the API import does not apply them.
 */
export function auditContent(loaded: Pick<LoadedContent, 'modules'>): ContentError[] {
  const errors: ContentError[] = [];
  for (const { file, raw, module } of loaded.modules) {
    const issues = auditModule(module);
    if (issues.length === 0) continue;
    const lines = new LineCounter();
    const doc = parseDocument(raw, { lineCounter: lines, prettyErrors: false });
    const source: YamlSource = { raw, data: null, doc, lines };
    errors.push(...issues.map((issue) => toError(file, issue, source)));
  }
  return errors;
}

/** Path segments of the element with this id (ids are unique once the module parsed). */
function locate(module: ContentModule, elementId: string): (string | number)[] {
  for (const [g, grain] of module.grains.entries()) {
    const e = grain.elements.findIndex((element) => element.id === elementId);
    if (e >= 0) return ['grains', g, 'elements', e];
  }
  return [];
}

async function mediaFileProblem(realDir: string, relative: string): Promise<string | null> {
  let real: string;
  try {
    real = await realpath(path.join(realDir, relative));
    if (!(await stat(real)).isFile()) return `« ${relative} » n'est pas un fichier.`;
  } catch {
    return `Fichier « ${relative} » introuvable dans le dossier du module.`;
  }
  if (!real.startsWith(realDir + path.sep)) {
    return `« ${relative} » pointe hors du dossier du module (lien symbolique ?).`;
  }
  if (real.toLowerCase().endsWith('.svg')) {
    // The platform serves media from its own origin: an SVG must stay a picture, not a page.
    const svg = await readFile(real, 'utf8');
    if (/<script|<foreignObject|\bon[a-z]+\s*=|javascript:|(?:href|src)\s*=\s*["']\s*(?:https?:)?\/\//i.test(svg)) {
      return `« ${relative} » contient un script, un gestionnaire d'événement ou une référence externe : interdit dans un SVG.`;
    }
  }
  return null;
}

/** French wording of the YAML mistakes authors make most. */
const YAML_HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: "une valeur contient « : » suivi d'une espace, mettez-la entre guillemets",
  DUPLICATE_KEY: 'clé en double',
  BAD_INDENT: 'indentation incorrecte',
  MISSING_CHAR: 'caractère manquant (guillemet, crochet ?)',
  TAB_AS_INDENT: "tabulation dans l'indentation, utilisez des espaces",
  MULTILINE_IMPLICIT_KEY: 'clé sur plusieurs lignes ou « : » manquant',
  UNEXPECTED_TOKEN: 'caractère inattendu',
};

interface YamlSource {
  raw: string;
  data: unknown;
  doc: Document.Parsed;
  lines: LineCounter;
}

async function readYaml(root: string, file: string, errors: ContentError[]): Promise<YamlSource | null> {
  let raw: string;
  try {
    raw = await readFile(path.join(root, file), 'utf8');
  } catch {
    errors.push({
      file,
      path: '',
      message: 'Fichier introuvable ou illisible.',
    });
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(raw, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = lines.linePos(error.pos[0]).line;
      const hint = YAML_HINTS[error.code] ?? 'syntaxe incorrecte';
      errors.push({
        file,
        path: '',
        message: `YAML invalide : ${hint} (${error.message.split('\n')[0]}).`,
        line,
      });
    }
    return null;
  }
  return { raw, data: doc.toJS(), doc, lines };
}

function toError(file: string, issue: Issue, source: YamlSource): ContentError {
  const line = lineOf(source, issue.segments);
  return line === undefined ? { file, path: issue.path, message: issue.message } : { file, path: issue.path, message: issue.message, line };
}

/** Line of the deepest YAML node that exists along the path (the key line for a map entry). */
function lineOf(source: YamlSource, segments: (string | number)[]): number | undefined {
  let node: unknown = source.doc.contents;
  let offset: number | undefined = (node as { range?: [number] } | null)?.range?.[0];
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (!item) break;
      offset = (item as { range?: [number] }).range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : source.lines.linePos(offset).line;
}
