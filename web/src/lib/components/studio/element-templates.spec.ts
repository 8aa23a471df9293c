import { describe, expect, it } from 'vitest';
import { ELEMENT_TYPES, freeId, moduleIds, newElement, newGrain } from './element-templates.ts';

describe('element templates', () => {
  it('number new ids after those already taken', () => {
    expect(freeId('texte', new Set(['texte-1', 'texte-2']))).toBe('texte-3');
  });

  it('give every type of the format an element with its type and a free id', () => {
    const taken = new Set(['qcm-1']);
    const elements = ELEMENT_TYPES.map((type) => newElement(type, taken, '@motDePasse2'));

    expect(elements.map((e) => e.type)).toEqual([...ELEMENT_TYPES]);
    expect(elements.find((e) => e.type === 'multiple-choice')?.id).toBe('qcm-2');
    expect(elements.filter((e) => 'skill' in e).every((e) => e.skill === '@motDePasse2')).toBe(true);
  });

  it('make a grain whose text does not take the grain’s id, and read the ids of a module', () => {
    const grain = newGrain(new Set(['grain-1']));

    expect(grain).toMatchObject({ id: 'grain-2', elements: [{ type: 'text', id: 'texte-1' }] });
    expect(moduleIds({ grains: [grain, { id: 'x', elements: [{ id: 'y' }] }] })).toEqual(new Set(['grain-2', 'texte-1', 'x', 'y']));
  });
});
