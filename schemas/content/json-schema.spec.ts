import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, writeJsonSchemas } from './index.js';

const COMMITTED = fileURLToPath(new URL('./json/', import.meta.url));

describe('JSON Schemas for editors', () => {
  it('match the committed files (run `pnpm --filter @continuite/schemas json` after a format change)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'json-schema-'));
    try {
      for (const file of await writeJsonSchemas(dir)) {
        const name = path.basename(file);
        expect(await readFile(file, 'utf8'), name).toBe(await readFile(path.join(COMMITTED, name), 'utf8'));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('describe what an author writes: a short answer without tolerance is allowed', () => {
    const schema = JSON.stringify(buildJsonSchemas()['module.schema.json']);

    expect(schema).toContain('"required":["type","id","skill","prompt","accepted","feedback"]');
    expect(schema).toContain('"required":["type","id","src","alt"]');
  });
});
