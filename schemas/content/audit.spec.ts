import { describe, expect, it } from 'vitest';
import { auditModule, countWords, estimateDuration, formatDuration, parseModule, type ContentModule } from './index.js';
import { v2Elements, validModuleV2 } from './testing/fixtures.js';

function parsed(data: unknown): ContentModule {
  const result = parseModule(data);
  if (!result.success) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.module;
}

const words = (n: number) => Array.from({ length: n }, () => 'mot').join(' ');

/** A module that meets the bar: 12 graded items, 4 activity types, a summary, ~4 min 40 s. */
function goodModule(): ContentModule {
  const data = validModuleV2();
  data.durationMinutes = 5;
  const [ordering, matching, trueFalse, flashcards, scenario] = v2Elements();
  data.grains = [
    { id: 'lecon', type: 'lesson', title: 'Leçon', elements: [{ type: 'text', id: 't', markdown: words(180) }] },
    {
      id: 'activites',
      type: 'activity',
      title: 'Activités',
      elements: [ordering, matching, { ...trueFalse, id: 'vf2' }, trueFalse, flashcards, scenario, { ...scenario, id: 'scenario-2' }],
    },
    { id: 'a-retenir', type: 'summary', title: 'À retenir', elements: [{ type: 'text', id: 'resume', markdown: 'Trois idées.' }] },
  ];
  return parsed(data);
}

describe('estimateDuration', () => {
  it('adds reading at 180 words a minute, 20 s per graded item and 10 s per flashcard or poll', () => {
    const module = goodModule();

    const estimate = estimateDuration(module);

    // 180 + 2 words of text, 2 scenario endings of 3 and 4 words twice; 12 graded items; 1 card.
    expect(estimate).toEqual({ words: 196, gradedItems: 10, selfChecks: 1, seconds: Math.round((196 / 180) * 60) + 200 + 10 });
  });

  it('counts words without Markdown markup or link targets', () => {
    expect(countWords('**Survolez** le [lien](https://exemple.org/page) — sans cliquer.')).toBe(5);
  });

  it('formats a duration in minutes and seconds', () => {
    expect(formatDuration(300)).toBe('5 min');
    expect(formatDuration(281)).toBe('4 min 41 s');
  });
});

describe('auditModule', () => {
  it('finds nothing to say about a module that meets the bar', () => {
    expect(auditModule(goodModule())).toEqual([]);
  });

  it('rejects a module estimated past 7 minutes', () => {
    const module = goodModule();
    module.durationMinutes = 7;
    module.grains[0]!.elements = [{ type: 'text', id: 't', markdown: words(900) }];

    expect(auditModule(module)).toEqual([
      expect.objectContaining({ path: 'durationMinutes', message: expect.stringContaining('de 3 à 7 minutes') }),
    ]);
  });

  it('rejects a declared duration more than 2 minutes away from the estimate', () => {
    const module = goodModule();
    module.durationMinutes = 7;

    expect(auditModule(module)).toEqual([expect.objectContaining({ path: 'durationMinutes', message: expect.stringContaining('écart') })]);
  });

  it('rejects fewer than 10 graded items', () => {
    const module = goodModule();
    module.grains[1]!.elements = module.grains[1]!.elements.slice(0, 5);
    module.durationMinutes = 3;
    module.grains[0]!.elements = [{ type: 'text', id: 't', markdown: words(400) }];

    expect(auditModule(module)).toEqual([expect.objectContaining({ path: 'grains', message: expect.stringContaining('au moins 10') })]);
  });

  it('rejects a module that uses fewer than two new activity types', () => {
    const module = goodModule();
    module.grains[1]!.elements = module.grains[1]!.elements.filter((e) => e.type === 'true-false');
    const extra = parsed(validModuleV2())
      .grains.slice(0, 2)
      .flatMap((g) => g.elements);
    module.grains[1]!.elements.push(...extra, ...extra.map((e) => ({ ...e, id: `${e.id}-bis` })));

    expect(auditModule(module).map((i) => i.message)).toEqual([expect.stringContaining('trop peu variées')]);
  });

  it('rejects a module that does not end with a summary grain', () => {
    const module = goodModule();
    module.grains[2]!.type = 'lesson';

    expect(auditModule(module)).toEqual([expect.objectContaining({ path: 'grains[2].type', message: expect.stringContaining('summary') })]);
  });

  it('rejects a source without its address', () => {
    const module = goodModule();
    module.sources = [{ title: 'Un livre' }];

    expect(auditModule(module).map((i) => i.path)).toEqual(['sources[0].url']);
  });

  it('rejects a URL written in the content', () => {
    const module = goodModule();
    module.grains[2]!.elements = [{ type: 'text', id: 'resume', markdown: 'Voir https://exemple.org.' }];

    expect(auditModule(module).map((i) => i.path)).toEqual(['grains[2].elements[0].markdown']);
  });
});
