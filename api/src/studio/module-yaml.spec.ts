import { describe, expect, it } from 'vitest';
import { moduleFromYaml, moduleToYaml, SCHEMA_COMMENT } from './module-yaml.js';

describe('module.yaml export and import', () => {
  it('gives back the same module, Markdown, quotes and line breaks included', () => {
    const module = {
      slug: 'un-module',
      title: 'Titre : avec deux-points',
      objectives: ['Un', '« Deux »'],
      grains: [{ id: 'g', elements: [{ type: 'text', id: 't', markdown: '**Gras**\n\n- liste\n- # pas un titre\n' }] }],
      durationMinutes: 4,
      flag: true,
    };

    const yaml = moduleToYaml(module);

    expect(yaml.startsWith(`# ${SCHEMA_COMMENT}\n`)).toBe(true);
    expect(moduleFromYaml(yaml)).toEqual(module);
  });

  it('refuses what is not one YAML mapping', () => {
    expect(moduleFromYaml('a: [')).toBeNull();
    expect(moduleFromYaml('- a\n- b\n')).toBeNull();
    expect(moduleFromYaml('a: 1\na: 2\n')).toBeNull();
  });
});
