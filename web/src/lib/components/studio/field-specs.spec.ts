import { scenarioImageSchema, scenarioStepSchema } from '@continuite/schemas/content';
import { describe, expect, it } from 'vitest';
import { ELEMENT_FIELDS, type FieldSpec } from './field-specs.ts';

const keysOf = (fields: readonly FieldSpec[]) => fields.map((f) => f.key);

describe('editor fields', () => {
  it('let a scenario step carry an image, added on demand, with the fields the format has', () => {
    const steps = ELEMENT_FIELDS.scenario.find((f) => f.key === 'steps');
    const stepFields = steps?.kind === 'list' && steps.fields !== 'text' ? steps.fields : [];
    const image = stepFields.find((f) => f.key === 'image');
    if (image?.kind !== 'group' || !image.optional) throw new Error('no optional image group on scenario steps');

    expect(keysOf(image.fields).sort()).toEqual(Object.keys(scenarioImageSchema.shape).sort());
    expect(keysOf(stepFields).every((key) => key in scenarioStepSchema.shape)).toBe(true);
    // What the button adds is what the trainer then fills: a file of the module and its alternative text.
    const filled = { ...(image.optional.newValue() as object), src: 'carrefour.svg', alt: 'Un carrefour vu du ciel' };
    expect(scenarioImageSchema.safeParse(filled).success).toBe(true);
    expect(scenarioStepSchema.safeParse({ id: 'etape-1', situation: 'Vous arrivez.', image: filled }).success).toBe(true);
  });
});
