import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { frameworkSchema } from './framework.js';
import { moduleSchema } from './module.js';

const JSON_SCHEMA_FILES = {
  'module.schema.json': moduleSchema,
  'framework.schema.json': frameworkSchema,
} as const;

/**
 * JSON Schemas of the content files, for editors (yaml-language-server). They describe what an
 * author writes (`io: "input"`: fields with a default are optional); checks across fields (ids,
 * answers, media files, framework) live in the zod schemas and `loadContent` only.
 */
export function buildJsonSchemas(): Record<keyof typeof JSON_SCHEMA_FILES, Record<string, unknown>> {
  const build = (schema: z.ZodType) =>
    z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
      reused: 'inline',
    }) as Record<string, unknown>;
  return {
    'module.schema.json': build(JSON_SCHEMA_FILES['module.schema.json']),
    'framework.schema.json': build(JSON_SCHEMA_FILES['framework.schema.json']),
  };
}

/**
 * Writes the JSON Schemas into `outDir` and returns the paths written. The text is formatted by
 * Prettier (the repository's formatter) when it is installed, so the committed files pass
 * `prettier --check` and a regeneration gives the same bytes.
 */
export async function writeJsonSchemas(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, schema] of Object.entries(buildJsonSchemas())) {
    const file = path.join(outDir, name);
    await writeFile(file, await format(JSON.stringify(schema, null, 2) + '\n', name));
    written.push(file);
  }
  return written;
}

async function format(text: string, name: string): Promise<string> {
  let prettier: typeof import('prettier');
  try {
    prettier = await import('prettier');
  } catch {
    return text;
  }
  // Settings as for the committed file, wherever `outDir` is, so a check in a temp folder agrees.
  const filepath = path.join(await packageRoot(), 'content', 'json', name);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}

/** The folder of @continuite/schemas, from the source (content/) or the build (dist/content/). */
async function packageRoot(): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      await access(path.join(dir, 'package.json'));
      return dir;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error('package.json de @continuite/schemas introuvable');
      dir = parent;
    }
  }
}
