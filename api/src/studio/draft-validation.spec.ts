import { describe, expect, it } from 'vitest';
import { checkDraft } from './draft-validation.js';
import { previewableModule } from './draft-preview.js';
import { sampleModule } from './testing/sample-module.js';

const context = { slug: 'faux-courriels', knownSkills: new Set(['@motDePasse2']), mediaExists: () => false };

describe('checkDraft', () => {
  it('accepts a valid module, with the catalogue bar as advice only', () => {
    const check = checkDraft(sampleModule('faux-courriels'), context);

    expect(check.module?.slug).toBe('faux-courriels');
    expect(check.issues.every((issue) => !issue.blocking)).toBe(true);
    expect(check.issues.length).toBeGreaterThan(0);
  });

  it('gives each zod issue in French at the path of its field', () => {
    const draft = sampleModule('faux-courriels');
    const question = draft.grains[0]!.elements[1] as Record<string, unknown>;
    question.prompt = '  ';
    question.answers = ['inconnu'];

    const { module, issues } = checkDraft(draft, context);

    expect(module).toBeNull();
    expect(issues).toContainEqual({ path: 'grains[0].elements[1].prompt', message: 'Ce texte ne doit pas être vide.', blocking: true });
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: 'grains[0].elements[1].answers[0]',
        message: expect.stringContaining('ne correspond à aucun choix'),
      }),
    );
  });

  it('checks what crosses files: the slug, skills against the framework, media in the module folder', () => {
    const draft = sampleModule('autre-slug');
    (draft.grains[0]!.elements[1] as Record<string, unknown>).skill = '@inconnu3';
    draft.grains[0]!.elements.push({ type: 'image', id: 'schema', src: 'schema.svg', alt: 'Un schéma' } as never);

    const paths = checkDraft(draft, context)
      .issues.filter((i) => i.blocking)
      .map((i) => i.path);

    expect(paths).toEqual(['slug', 'grains[0].elements[1].skill', 'grains[0].elements[2].src']);
  });
});

describe('previewableModule', () => {
  it('keeps every grain in place and leaves out the elements that have an error or a taken id', () => {
    const draft = sampleModule('faux-courriels', { extra: [{ id: 'vide', title: 42, elements: 'x' } as never] });
    draft.grains[0]!.elements.push({ type: 'text', id: 'intro', markdown: 'doublon' }, { type: 'text', id: 'sans-texte', markdown: '' });

    const { module, skipped } = previewableModule(draft, 'faux-courriels');

    expect(module.grains.map((g) => [g.id, g.title, g.elements.map((e) => e.id)])).toEqual([
      ['decouverte', 'Les indices', ['intro', 'q-indices']],
      ['vide', '', []],
    ]);
    expect(skipped).toBe(2);
  });
});
