import type { Json, JsonObject } from './draft.svelte.ts';

/** The element types of the content format (schemas/content/elements.ts), in the order the editor offers them. */
export const ELEMENT_TYPES = [
  'text',
  'image',
  'video',
  'callout',
  'single-choice',
  'multiple-choice',
  'short-answer',
  'ordering',
  'matching',
  'true-false',
  'flashcards',
  'scenario',
  'poll',
  'h5p',
] as const;
export type ElementType = (typeof ELEMENT_TYPES)[number];

export const THEMES = ['ent', 'cybersecurity', 'personal-data', 'media-literacy', 'cyberbullying', 'pix'] as const;
export const AUDIENCES = ['staff', 'students', 'all'] as const;
export const GRAIN_TYPES = ['discovery', 'lesson', 'activity', 'challenge', 'summary'] as const;
export const CALLOUT_VARIANTS = ['info', 'tip', 'warning'] as const;
export const SCENARIO_QUALITIES = ['good', 'acceptable', 'bad'] as const;

/** The first `<prefix>-<n>` not taken: ids stay unique in the module, as the format requires. */
export function freeId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** Ids of a list of items (choices, steps…), to number a new one. */
export function idsOf(items: readonly Json[]): Set<string> {
  return new Set(
    items.flatMap((item) => (item && typeof item === 'object' && !Array.isArray(item) && typeof item.id === 'string' ? [item.id] : [])),
  );
}

const PREFIX: Record<ElementType, string> = {
  text: 'texte',
  image: 'image',
  video: 'video',
  callout: 'encadre',
  'single-choice': 'qcu',
  'multiple-choice': 'qcm',
  'short-answer': 'reponse',
  ordering: 'ordre',
  matching: 'paires',
  'true-false': 'vrai-faux',
  flashcards: 'cartes',
  scenario: 'scenario',
  poll: 'sondage',
  h5p: 'h5p',
};

const feedback = () => ({ correct: '', incorrect: '' });
const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `choix-${i + 1}`, text: '' }));

/**
 * A new element of this type with the fields its type requires, left empty for the trainer to fill
 * (the validation messages say what is missing), and an id unused in the module.
 */
export function newElement(type: ElementType, taken: ReadonlySet<string>, skill = ''): JsonObject {
  const id = freeId(PREFIX[type], taken);
  switch (type) {
    case 'text':
      return { type, id, markdown: '' };
    case 'image':
      return { type, id, src: '', alt: '' };
    case 'video':
      return { type, id, src: '', transcript: '' };
    case 'callout':
      return { type, id, variant: 'info', markdown: '' };
    case 'single-choice':
      return { type, id, skill, prompt: '', choices: choices(2), answer: 'choix-1', feedback: feedback() };
    case 'multiple-choice':
      return { type, id, skill, prompt: '', choices: choices(3), answers: ['choix-1'], feedback: feedback() };
    case 'short-answer':
      return { type, id, skill, prompt: '', accepted: [''], feedback: feedback() };
    case 'ordering':
      return {
        type,
        id,
        skill,
        prompt: '',
        items: ['etape-1', 'etape-2', 'etape-3'].map((itemId) => ({ id: itemId, text: '' })),
        feedback: feedback(),
      };
    case 'matching':
      return {
        type,
        id,
        skill,
        prompt: '',
        pairs: ['paire-1', 'paire-2'].map((pairId) => ({ id: pairId, left: '', right: '' })),
        feedback: feedback(),
      };
    case 'true-false':
      return {
        type,
        id,
        skill,
        statements: ['affirmation-1', 'affirmation-2'].map((statementId) => ({ id: statementId, text: '', answer: true, explanation: '' })),
      };
    case 'flashcards':
      return { type, id, skill, cards: [{ id: 'carte-1', front: '', back: '' }] };
    case 'scenario':
      return {
        type,
        id,
        skill,
        title: '',
        start: 'situation',
        steps: [
          {
            id: 'situation',
            situation: '',
            choices: [
              { id: 'choix-1', text: '', next: 'fin', consequence: '', quality: 'good' },
              { id: 'choix-2', text: '', next: null, consequence: '', quality: 'bad' },
            ],
          },
          { id: 'fin', situation: '' },
        ],
      };
    case 'poll':
      return { type, id, prompt: '', choices: choices(2), multiple: false };
    case 'h5p':
      return { type, id, skill, package: '' };
  }
}

export function newGrain(taken: ReadonlySet<string>): JsonObject {
  const id = freeId('grain', taken);
  return { id, type: 'lesson', title: '', elements: [newElement('text', new Set([...taken, id]))] };
}

/** Every grain and element id of a draft (they share one namespace in the format). */
export function moduleIds(content: JsonObject): Set<string> {
  const ids = new Set<string>();
  for (const grain of Array.isArray(content.grains) ? content.grains : []) {
    if (!grain || typeof grain !== 'object' || Array.isArray(grain)) continue;
    if (typeof grain.id === 'string') ids.add(grain.id);
    for (const id of idsOf(Array.isArray(grain.elements) ? grain.elements : [])) ids.add(id);
  }
  return ids;
}
