import type { MessageKey } from '#lib/i18n/index.ts';
import type { Json } from './draft.svelte.ts';
import type { MediaKind } from './media-library.svelte.ts';
import {
  AUDIENCES,
  CALLOUT_VARIANTS,
  type ElementType,
  GRAIN_TYPES,
  SCENARIO_QUALITIES,
  THEMES,
  freeId,
  idsOf,
} from './element-templates.ts';

/** A CRCN skill a graded element may evidence (studioSkills). */
export interface SkillOption {
  id: string;
  competencyCode: string;
  competencyName: string;
  level: number;
}

/**
 * What the editor shows for each part of a module: one description per field of the content
 * format, read by FieldsEditor. Keys are the format's own (schemas/content), so a message from the
 * api finds its field by path.
 */
export type FieldSpec =
  | { kind: 'text'; key: string; label: MessageKey; hint?: MessageKey; optional?: boolean; readonly?: boolean }
  | { kind: 'markdown'; key: string; label: MessageKey; hint?: MessageKey; optional?: boolean }
  | { kind: 'number'; key: string; label: MessageKey; hint?: MessageKey; min: number; max: number }
  | { kind: 'select'; key: string; label: MessageKey; options: readonly { value: string | number; label: MessageKey }[] }
  | { kind: 'checkbox'; key: string; label: MessageKey }
  | { kind: 'boolean'; key: string; label: MessageKey }
  | { kind: 'skill'; key: string }
  /** An uploaded H5P package: picked from the trainer's packages, or uploaded on the spot. */
  | { kind: 'h5p-package'; key: string }
  /** A media file of the module: picked from its files, or uploaded on the spot. */
  | { kind: 'media'; key: string; label: MessageKey; kinds: readonly MediaKind[]; optional?: boolean }
  | { kind: 'choice'; key: string; multiple: boolean }
  | { kind: 'step'; key: string; label: MessageKey; ending?: boolean }
  | {
      kind: 'group';
      key: string;
      label: MessageKey;
      fields: FieldSpec[];
      /** A group the file may leave out: added and removed by buttons, starting from `newValue`. */
      optional?: { add: MessageKey; remove: MessageKey; newValue: () => Json };
    }
  | {
      kind: 'list';
      key: string;
      label: MessageKey;
      /** `{n}`: the item's position. */
      item: MessageKey;
      hint?: MessageKey;
      /** Objects with these fields, or plain texts. */
      fields: FieldSpec[] | 'text';
      newItem: (items: readonly Json[]) => Json;
      /** An empty list is removed from the file (a scenario step without choices is an ending). */
      optional?: boolean;
    };

const options = <T extends string>(values: readonly T[], prefix: string) =>
  values.map((value) => ({ value, label: `${prefix}.${value}` as MessageKey }));

const id: FieldSpec = { kind: 'text', key: 'id', label: 'studio.field.id', hint: 'studio.hint.id' };
/** Inside a list (choices, steps…): unique in its element only, and rarely changed. */
const itemId: FieldSpec = { kind: 'text', key: 'id', label: 'studio.field.id' };
const skill: FieldSpec = { kind: 'skill', key: 'skill' };
const prompt: FieldSpec = { kind: 'markdown', key: 'prompt', label: 'studio.field.prompt' };
const feedback: FieldSpec = {
  kind: 'group',
  key: 'feedback',
  label: 'studio.field.feedback',
  fields: [
    { kind: 'markdown', key: 'correct', label: 'studio.field.feedbackCorrect' },
    { kind: 'markdown', key: 'incorrect', label: 'studio.field.feedbackIncorrect' },
  ],
};
const withId = (prefix: string, extra: Record<string, Json>) => (items: readonly Json[]) => ({
  id: freeId(prefix, idsOf(items)),
  ...extra,
});
const choices = (label: MessageKey = 'studio.field.choices'): FieldSpec => ({
  kind: 'list',
  key: 'choices',
  label,
  item: 'studio.item.choice',
  fields: [{ kind: 'markdown', key: 'text', label: 'studio.field.text' }, itemId],
  newItem: withId('choix', { text: '' }),
});

export const MODULE_FIELDS: FieldSpec[] = [
  { kind: 'text', key: 'slug', label: 'studio.field.slug', hint: 'studio.hint.slug', readonly: true },
  { kind: 'text', key: 'title', label: 'studio.field.title' },
  { kind: 'markdown', key: 'summary', label: 'studio.field.summary', hint: 'studio.hint.summary' },
  { kind: 'select', key: 'theme', label: 'studio.field.theme', options: options(THEMES, 'studio.theme') },
  { kind: 'select', key: 'audience', label: 'studio.field.audience', options: options(AUDIENCES, 'studio.audience') },
  { kind: 'number', key: 'durationMinutes', label: 'studio.field.durationMinutes', hint: 'studio.hint.durationMinutes', min: 3, max: 7 },
  { kind: 'number', key: 'level', label: 'studio.field.level', hint: 'studio.hint.level', min: 1, max: 8 },
  { kind: 'list', key: 'objectives', label: 'studio.field.objectives', item: 'studio.item.objective', fields: 'text', newItem: () => '' },
  {
    kind: 'list',
    key: 'sources',
    label: 'studio.field.sources',
    item: 'studio.item.source',
    fields: [
      { kind: 'text', key: 'title', label: 'studio.field.sourceTitle' },
      { kind: 'text', key: 'url', label: 'studio.field.url', hint: 'studio.hint.url', optional: true },
      { kind: 'text', key: 'publisher', label: 'studio.field.publisher', optional: true },
    ],
    newItem: () => ({ title: '' }),
  },
];

export const GRAIN_FIELDS: FieldSpec[] = [
  { kind: 'text', key: 'title', label: 'studio.field.grainTitle' },
  { kind: 'select', key: 'type', label: 'studio.field.grainType', options: options(GRAIN_TYPES, 'studio.grainType') },
  id,
];

export const ELEMENT_FIELDS: Record<ElementType, FieldSpec[]> = {
  text: [{ kind: 'markdown', key: 'markdown', label: 'studio.field.markdown', hint: 'studio.hint.markdown' }, id],
  image: [
    { kind: 'media', key: 'src', label: 'studio.field.src', kinds: ['IMAGE'] },
    { kind: 'text', key: 'alt', label: 'studio.field.alt', hint: 'studio.hint.alt' },
    { kind: 'markdown', key: 'longDescription', label: 'studio.field.longDescription', optional: true },
    id,
  ],
  video: [
    { kind: 'media', key: 'src', label: 'studio.field.src', kinds: ['VIDEO'] },
    { kind: 'media', key: 'captions', label: 'studio.field.captions', kinds: ['CAPTIONS'], optional: true },
    { kind: 'markdown', key: 'transcript', label: 'studio.field.transcript', optional: true },
    id,
  ],
  callout: [
    { kind: 'select', key: 'variant', label: 'studio.field.variant', options: options(CALLOUT_VARIANTS, 'studio.variant') },
    { kind: 'text', key: 'title', label: 'studio.field.calloutTitle', optional: true },
    { kind: 'markdown', key: 'markdown', label: 'studio.field.markdown' },
    id,
  ],
  'single-choice': [prompt, choices(), { kind: 'choice', key: 'answer', multiple: false }, feedback, skill, id],
  'multiple-choice': [prompt, choices(), { kind: 'choice', key: 'answers', multiple: true }, feedback, skill, id],
  'short-answer': [
    prompt,
    { kind: 'list', key: 'accepted', label: 'studio.field.accepted', item: 'studio.item.accepted', fields: 'text', newItem: () => '' },
    {
      kind: 'group',
      key: 'tolerance',
      label: 'studio.field.tolerance',
      fields: [
        { kind: 'checkbox', key: 'case', label: 'studio.field.toleranceCase' },
        { kind: 'checkbox', key: 'accents', label: 'studio.field.toleranceAccents' },
        { kind: 'checkbox', key: 'spaces', label: 'studio.field.toleranceSpaces' },
        { kind: 'checkbox', key: 'punctuation', label: 'studio.field.tolerancePunctuation' },
        {
          kind: 'select',
          key: 'typos',
          label: 'studio.field.toleranceTypos',
          options: [
            { value: 0, label: 'studio.typos.0' },
            { value: 1, label: 'studio.typos.1' },
            { value: 2, label: 'studio.typos.2' },
          ],
        },
      ],
    },
    feedback,
    skill,
    id,
  ],
  ordering: [
    prompt,
    {
      kind: 'list',
      key: 'items',
      label: 'studio.field.orderingItems',
      hint: 'studio.hint.orderingItems',
      item: 'studio.item.step',
      fields: [{ kind: 'markdown', key: 'text', label: 'studio.field.text' }, itemId],
      newItem: withId('etape', { text: '' }),
    },
    feedback,
    skill,
    id,
  ],
  matching: [
    prompt,
    {
      kind: 'list',
      key: 'pairs',
      label: 'studio.field.pairs',
      item: 'studio.item.pair',
      fields: [
        { kind: 'markdown', key: 'left', label: 'studio.field.left' },
        { kind: 'markdown', key: 'right', label: 'studio.field.right' },
        itemId,
      ],
      newItem: withId('paire', { left: '', right: '' }),
    },
    feedback,
    skill,
    id,
  ],
  'true-false': [
    { kind: 'markdown', key: 'prompt', label: 'studio.field.prompt', optional: true },
    {
      kind: 'list',
      key: 'statements',
      label: 'studio.field.statements',
      item: 'studio.item.statement',
      fields: [
        { kind: 'markdown', key: 'text', label: 'studio.field.text' },
        { kind: 'boolean', key: 'answer', label: 'studio.field.statementAnswer' },
        { kind: 'markdown', key: 'explanation', label: 'studio.field.explanation' },
        itemId,
      ],
      newItem: withId('affirmation', { text: '', answer: true, explanation: '' }),
    },
    skill,
    id,
  ],
  flashcards: [
    {
      kind: 'list',
      key: 'cards',
      label: 'studio.field.cards',
      item: 'studio.item.card',
      fields: [
        { kind: 'markdown', key: 'front', label: 'studio.field.front' },
        { kind: 'markdown', key: 'back', label: 'studio.field.back' },
        itemId,
      ],
      newItem: withId('carte', { front: '', back: '' }),
    },
    skill,
    id,
  ],
  scenario: [
    { kind: 'text', key: 'title', label: 'studio.field.scenarioTitle' },
    { kind: 'step', key: 'start', label: 'studio.field.start' },
    {
      kind: 'list',
      key: 'steps',
      label: 'studio.field.steps',
      item: 'studio.item.scenarioStep',
      fields: [
        { kind: 'markdown', key: 'situation', label: 'studio.field.situation' },
        {
          kind: 'group',
          key: 'image',
          label: 'studio.field.stepImage',
          optional: { add: 'studio.stepImage.add', remove: 'studio.stepImage.remove', newValue: () => ({ src: '', alt: '' }) },
          fields: [
            { kind: 'media', key: 'src', label: 'studio.field.src', kinds: ['IMAGE'] },
            { kind: 'text', key: 'alt', label: 'studio.field.alt', hint: 'studio.hint.alt' },
            { kind: 'markdown', key: 'longDescription', label: 'studio.field.longDescription', optional: true },
          ],
        },
        {
          kind: 'list',
          key: 'choices',
          label: 'studio.field.scenarioChoices',
          hint: 'studio.hint.scenarioChoices',
          item: 'studio.item.choice',
          optional: true,
          fields: [
            { kind: 'markdown', key: 'text', label: 'studio.field.text' },
            { kind: 'select', key: 'quality', label: 'studio.field.quality', options: options(SCENARIO_QUALITIES, 'studio.quality') },
            { kind: 'markdown', key: 'consequence', label: 'studio.field.consequence' },
            { kind: 'step', key: 'next', label: 'studio.field.next', ending: true },
            itemId,
          ],
          newItem: withId('choix', { text: '', next: null, consequence: '', quality: 'bad' }),
        },
        itemId,
      ],
      newItem: withId('etape', { situation: '' }),
    },
    skill,
    id,
  ],
  poll: [prompt, choices(), { kind: 'checkbox', key: 'multiple', label: 'studio.field.multiple' }, id],
  h5p: [{ kind: 'h5p-package', key: 'package' }, { kind: 'text', key: 'title', label: 'studio.field.h5pTitle', optional: true }, skill, id],
};

export function isElementType(value: unknown): value is ElementType {
  return typeof value === 'string' && value in ELEMENT_FIELDS;
}
