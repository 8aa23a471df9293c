import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_ANNOUNCER_STYLE_HASH } from './csp.ts';

describe('Content Security Policy', () => {
  it("allows exactly the inline style of Kit's route announcer", () => {
    const kit = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
    const root = readFileSync(path.join(kit, 'src/runtime/components/root.svelte'), 'utf8');
    const style = /id="svelte-announcer"[\s\S]*?style="([^"]*)"/.exec(root)?.[1];

    expect(style).toBeDefined();
    expect(
      `sha256-${createHash('sha256')
        .update(style ?? '')
        .digest('base64')}`,
    ).toBe(KIT_ANNOUNCER_STYLE_HASH);
  });
});
