import { type ContentModule, type Element, GRAIN_TYPES, type Grain, elementSchema } from '@continuite/schemas/content';
import { isObject } from './draft-validation.js';

/**
 * The part of a draft that can be shown while it is still being written: every grain (by position,
 * so the editor's grain and its preview match), with the elements that are complete on their own.
 * An element with an error, or whose id an earlier one took, waits until it is fixed.
 */
export function previewableModule(data: unknown, slug: string): { module: ContentModule; skipped: number } {
  const grains = isObject(data) && Array.isArray(data.grains) ? data.grains : [];
  const seen = new Set<string>();
  let skipped = 0;
  const previewGrains = grains.map((raw, g): Grain => {
    const grain = isObject(raw) ? raw : {};
    const elements: Element[] = [];
    for (const candidate of Array.isArray(grain.elements) ? grain.elements : []) {
      const parsed = elementSchema.safeParse(candidate);
      if (!parsed.success || seen.has(parsed.data.id)) {
        skipped += 1;
        continue;
      }
      seen.add(parsed.data.id);
      elements.push(parsed.data);
    }
    return {
      id: typeof grain.id === 'string' && grain.id !== '' ? grain.id : `grain-${g + 1}`,
      type: (GRAIN_TYPES as readonly unknown[]).includes(grain.type) ? (grain.type as Grain['type']) : 'lesson',
      title: typeof grain.title === 'string' ? grain.title : '',
      elements,
    };
  });
  // Only what toPublicContent reads (slug and grains) needs to be right.
  return { module: { slug, grains: previewGrains } as ContentModule, skipped };
}
