import { describe, expect, it } from 'vitest';
import { diffModules } from './module-diff.js';

const text = (id: string, markdown: string) => ({ type: 'text', id, markdown });
const base = () => ({
  slug: 'm',
  title: 'Titre',
  summary: 'Résumé',
  grains: [
    { id: 'g1', type: 'lesson', title: 'Un', elements: [text('a', 'A'), text('b', 'B'), text('c', 'C')] },
    { id: 'g2', type: 'activity', title: 'Deux', elements: [text('d', 'D')] },
  ],
});

describe('diffModules', () => {
  it('finds nothing between a module and itself, whatever the key order', () => {
    const module = base();
    const reordered = { grains: module.grains, summary: module.summary, title: module.title, slug: module.slug };

    expect(diffModules(module, reordered)).toEqual([]);
  });

  it('names the details that changed', () => {
    const after = { ...base(), title: 'Nouveau', summary: 'Autre' };

    expect(diffModules(base(), after)).toEqual([
      { kind: 'CHANGED', target: 'DETAILS', id: '', grainId: null, label: 'Nouveau', fields: ['title', 'summary'] },
    ]);
  });

  it('reports grains and elements added, removed and changed, with their ids', () => {
    const after = base();
    after.grains[0]!.elements = [text('a', 'A modifié'), text('c', 'C'), text('e', 'E')];
    after.grains.push({ id: 'g3', type: 'summary', title: 'Bilan', elements: [text('f', 'F')] });

    const changes = diffModules(base(), after).map(
      (c) => `${c.kind} ${c.target} ${c.id}${c.fields.length ? ` ${c.fields.join(',')}` : ''}`,
    );

    expect(changes).toEqual(['ADDED GRAIN g3', 'CHANGED ELEMENT a markdown', 'ADDED ELEMENT e', 'ADDED ELEMENT f', 'REMOVED ELEMENT b']);
  });

  it('reports an element moved to another grain or to another place, but not the ones that kept their order', () => {
    const reordered = base();
    reordered.grains[0]!.elements = [text('b', 'B'), text('c', 'C'), text('a', 'A')];
    const regrained = base();
    regrained.grains[0]!.elements = [text('a', 'A'), text('c', 'C')];
    regrained.grains[1]!.elements = [text('d', 'D'), text('b', 'B')];

    const movedIn = (after: unknown) => diffModules(base(), after).map((c) => [c.kind, c.id, c.grainId]);

    expect(movedIn(reordered)).toEqual([['MOVED', 'a', 'g1']]);
    expect(movedIn(regrained)).toEqual([['MOVED', 'b', 'g2']]);
  });

  it('labels elements by their type and first words', () => {
    const after = base();
    after.grains[1]!.elements.push({ type: 'single-choice', id: 'q', prompt: 'Quelle est   la bonne réponse ?' } as never);

    expect(diffModules(base(), after)[0]).toMatchObject({
      kind: 'ADDED',
      id: 'q',
      grainId: 'g2',
      label: 'single-choice : Quelle est la bonne réponse ?',
    });
  });

  it('compares drafts that are not valid modules yet', () => {
    expect(diffModules({ grains: 'nonsense' }, { grains: [{ id: 'g1', title: 'Un' }, { title: 'sans id' }] })).toEqual([
      { kind: 'ADDED', target: 'GRAIN', id: 'g1', grainId: null, label: 'Un', fields: [] },
    ]);
  });
});
