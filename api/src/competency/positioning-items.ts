import type { ContentModule } from '@continuite/schemas/content';

/**
 * Element types a positioning test asks: each is a whole question on one skill. True/false
 * statements (one guess in two), scenario steps (reached only along a branch), flashcards and polls
 * (no right answer) say too little about a level on their own.
 */
const POSITIONING_TYPES = new Set(['single-choice', 'multiple-choice', 'short-answer', 'ordering', 'matching']);

export function positioningItemsOf(module: ContentModule): { key: string; skillId: string }[] {
  return module.grains
    .flatMap((grain) => grain.elements)
    .flatMap((element) => (POSITIONING_TYPES.has(element.type) && 'skill' in element ? [{ key: element.id, skillId: element.skill }] : []));
}
