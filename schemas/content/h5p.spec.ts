import { describe, expect, it } from 'vitest';
import { ELEMENT_TYPES, gradedItemsOf, isAnswerable, isInteractive, parseModule, responseKeysOf, skillOf } from './index.js';
import { validModule } from './testing/fixtures.js';

const PACKAGE = '6b1f0c9e-3f4a-4c2d-9e8b-1a2b3c4d5e6f';

function withH5p(element: Record<string, unknown>) {
  const module = validModule();
  (module.grains[0]!.elements as Record<string, unknown>[]).push(element);
  return parseModule(module);
}

describe('h5p element', () => {
  it('is a graded element tied to a skill, answered under its own id', () => {
    const result = withH5p({ type: 'h5p', id: 'quiz-h5p', skill: '@motDePasse2', package: PACKAGE, title: 'Quiz' });

    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const element = result.module.grains[0]!.elements.find((e) => e.id === 'quiz-h5p')!;
    expect(ELEMENT_TYPES).toContain('h5p');
    expect(isInteractive(element)).toBe(true);
    expect(isAnswerable(element)).toBe(false);
    expect(gradedItemsOf(element)).toEqual([{ key: 'quiz-h5p', skill: '@motDePasse2' }]);
    expect(responseKeysOf(element)).toEqual(['quiz-h5p']);
    expect(skillOf(element)).toBe('@motDePasse2');
  });

  it('rejects a package that is not a package id, and an element without skill', () => {
    const notAnId = withH5p({ type: 'h5p', id: 'quiz-h5p', skill: '@motDePasse2', package: '../quiz.h5p' });
    const noSkill = withH5p({ type: 'h5p', id: 'quiz-h5p', package: PACKAGE });

    expect(notAnId.success).toBe(false);
    expect(JSON.stringify(notAnId.success ? [] : notAnId.issues)).toContain('paquet H5P');
    expect(noSkill.success).toBe(false);
  });
});
