import { z } from 'zod';
import {
  IMAGE_EXTENSIONS,
  altSchema,
  choiceSchema,
  feedbackSchema,
  idSchema,
  longDescriptionSchema,
  markdownSchema,
  mediaPathSchema,
  skillRefSchema,
  textSchema,
} from './common.js';
import {
  flashcardsElementSchema,
  matchingElementSchema,
  orderingElementSchema,
  pollElementSchema,
  scenarioElementSchema,
  trueFalseElementSchema,
} from './activities.js';

/** The element types of the content format (v1, and v2 activities from activities.ts). Graded ones name the skill they evidence. */

export { IMAGE_EXTENSIONS };
export const VIDEO_EXTENSIONS = ['mp4', 'webm'] as const;
export const CAPTION_EXTENSIONS = ['vtt'] as const;

export const textElementSchema = z.strictObject({
  type: z.literal('text'),
  id: idSchema,
  markdown: markdownSchema,
});

export const imageElementSchema = z.strictObject({
  type: z.literal('image'),
  id: idSchema,
  src: mediaPathSchema(IMAGE_EXTENSIONS, 'Fichier image dans le dossier du module (chemin relatif).'),
  alt: altSchema,
  longDescription: longDescriptionSchema,
});

export const videoElementSchema = z
  .strictObject({
    type: z.literal('video'),
    id: idSchema,
    src: mediaPathSchema(VIDEO_EXTENSIONS, 'Fichier vidéo dans le dossier du module (chemin relatif).'),
    captions: mediaPathSchema(CAPTION_EXTENSIONS, 'Sous-titres WebVTT (.vtt) dans le dossier du module.').optional(),
    transcript: markdownSchema.optional().meta({ description: 'Transcription en Markdown.' }),
  })
  .refine((video) => video.captions !== undefined || video.transcript !== undefined, {
    error: 'Une vidéo doit avoir des sous-titres (captions) ou une transcription (transcript).',
    path: ['captions'],
  });

export const calloutElementSchema = z.strictObject({
  type: z.literal('callout'),
  id: idSchema,
  variant: z.enum(['info', 'tip', 'warning']),
  title: textSchema.optional(),
  markdown: markdownSchema,
});

// Shared with the v2 activities (activities.ts); exported from here as in format v1.
export { choiceSchema, feedbackSchema };

const choicesSchema = z.array(choiceSchema).min(2, { error: 'Au moins 2 choix.' }).max(8, { error: 'Au plus 8 choix.' });

export const singleChoiceElementSchema = z.strictObject({
  type: z.literal('single-choice'),
  id: idSchema,
  skill: skillRefSchema,
  prompt: markdownSchema,
  choices: choicesSchema,
  answer: idSchema.meta({ description: 'Identifiant du choix correct.' }),
  feedback: feedbackSchema,
});

export const multipleChoiceElementSchema = z.strictObject({
  type: z.literal('multiple-choice'),
  id: idSchema,
  skill: skillRefSchema,
  prompt: markdownSchema,
  choices: choicesSchema,
  answers: z.array(idSchema).min(1, { error: 'Au moins une bonne réponse.' }).meta({ description: 'Identifiants des choix corrects.' }),
  feedback: feedbackSchema,
});

export const toleranceSchema = z
  .strictObject({
    case: z.boolean().default(true).meta({
      description: 'Ignorer majuscules et minuscules (« A » = « a »).',
    }),
    accents: z.boolean().default(true).meta({
      description: 'Ignorer les accents et la cédille (« é » = « e »).',
    }),
    spaces: z.boolean().default(true).meta({ description: 'Ignorer les espaces (« 30 18 » = « 3018 »).' }),
    punctuation: z.boolean().default(true).meta({
      description: 'Ignorer la ponctuation, apostrophes et tirets compris.',
    }),
    typos: z.literal([0, 1, 2], { error: 'typos vaut 0, 1 ou 2.' }).default(1).meta({
      description: "Fautes de frappe tolérées (distance d'édition après les règles ci-dessus) ; 0 pour un nombre ou un code.",
    }),
  })
  .meta({
    description: 'Ce que la correction ignore ; chaque option est vraie par défaut, typos vaut 1.',
  });

export const shortAnswerElementSchema = z.strictObject({
  type: z.literal('short-answer'),
  id: idSchema,
  skill: skillRefSchema,
  prompt: markdownSchema,
  accepted: z.array(textSchema).min(1, { error: 'Au moins une réponse acceptée.' }),
  // prefault: an omitted tolerance still goes through the field defaults, so the parsed element
  // always carries the full settings the correction applies.
  tolerance: toleranceSchema.prefault({}),
  feedback: feedbackSchema,
});

/**
 * An H5P activity (issue 6): a package uploaded by a trainer (or installed with `cli.js import-h5p`),
 * played in an isolated frame. Its xAPI result becomes the learner's answer: graded like a question.
 */
export const h5pElementSchema = z.strictObject({
  type: z.literal('h5p'),
  id: idSchema,
  skill: skillRefSchema,
  package: z.uuid({ error: 'Identifiant de paquet H5P invalide : celui donné au dépôt du paquet est attendu.' }).meta({
    description: 'Identifiant du paquet H5P déposé sur la plateforme (donné au dépôt du fichier .h5p).',
  }),
  title: textSchema.optional().meta({ description: 'Titre de l’activité, lu par les lecteurs d’écran.' }),
});

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

export const elementSchema = z.discriminatedUnion(
  'type',
  [
    textElementSchema,
    imageElementSchema,
    videoElementSchema,
    calloutElementSchema,
    singleChoiceElementSchema,
    multipleChoiceElementSchema,
    shortAnswerElementSchema,
    orderingElementSchema,
    matchingElementSchema,
    trueFalseElementSchema,
    flashcardsElementSchema,
    scenarioElementSchema,
    pollElementSchema,
    h5pElementSchema,
  ],
  {
    error: `Type d'élément inconnu : ${ELEMENT_TYPES.map((t) => `« ${t} »`).join(', ')} attendu.`,
  },
);

export type TextElement = z.infer<typeof textElementSchema>;
export type ImageElement = z.infer<typeof imageElementSchema>;
export type VideoElement = z.infer<typeof videoElementSchema>;
export type CalloutElement = z.infer<typeof calloutElementSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type SingleChoiceElement = z.infer<typeof singleChoiceElementSchema>;
export type MultipleChoiceElement = z.infer<typeof multipleChoiceElementSchema>;
export type Tolerance = z.infer<typeof toleranceSchema>;
export type ShortAnswerElement = z.infer<typeof shortAnswerElementSchema>;
export type H5pElement = z.infer<typeof h5pElementSchema>;
export type Element = z.infer<typeof elementSchema>;
export type ElementType = Element['type'];

/**
 * The v1 graded types, checked by the api's correction: this list keeps exactly that meaning.
 * The v2 activities are told apart by `isInteractive` and `gradedItemsOf`.
 */
export const ANSWERABLE_ELEMENT_TYPES = ['single-choice', 'multiple-choice', 'short-answer'] as const;
export type AnswerableElement = SingleChoiceElement | MultipleChoiceElement | ShortAnswerElement;

export function isAnswerable(element: Element): element is AnswerableElement {
  return (ANSWERABLE_ELEMENT_TYPES as readonly string[]).includes(element.type);
}

/** Every type that takes a learner response, graded or not (flashcards and polls are not graded). */
export const INTERACTIVE_ELEMENT_TYPES = [
  ...ANSWERABLE_ELEMENT_TYPES,
  'ordering',
  'matching',
  'true-false',
  'flashcards',
  'scenario',
  'poll',
  'h5p',
] as const;
export type InteractiveElement = Extract<Element, { type: (typeof INTERACTIVE_ELEMENT_TYPES)[number] }>;

export function isInteractive(element: Element): element is InteractiveElement {
  return (INTERACTIVE_ELEMENT_TYPES as readonly string[]).includes(element.type);
}

/** Separates an element id from a sub-item id in an answer key (ids never contain it). */
export const ITEM_KEY_SEPARATOR = '/';

/**
 * The graded items of an element, each with the key its answer is stored under and the skill it
 * evidences: the element id, or `<elementId>/<statementId>` for each true/false statement and
 * `<elementId>/<stepId>` for each scenario step that has choices. [] for ungraded elements.
 */
export function gradedItemsOf(element: Element): { key: string; skill: string }[] {
  const sub = (id: string) => `${element.id}${ITEM_KEY_SEPARATOR}${id}`;
  switch (element.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'short-answer':
    case 'ordering':
    case 'matching':
    case 'h5p':
      return [{ key: element.id, skill: element.skill }];
    case 'true-false':
      return element.statements.map((statement) => ({ key: sub(statement.id), skill: element.skill }));
    case 'scenario':
      return element.steps.filter((step) => step.choices).map((step) => ({ key: sub(step.id), skill: element.skill }));
    default:
      return [];
  }
}

/**
 * Every key a learner response is sent under, graded or not: the graded items, plus one key per
 * flashcard (`<elementId>/<cardId>`, self-assessed) and the poll id.
 */
export function responseKeysOf(element: Element): string[] {
  if (element.type === 'flashcards') return element.cards.map((card) => `${element.id}${ITEM_KEY_SEPARATOR}${card.id}`);
  if (element.type === 'poll') return [element.id];
  return gradedItemsOf(element).map((item) => item.key);
}

/** The skill an element names (graded ones and flashcards), if any. */
export function skillOf(element: Element): string | undefined {
  return 'skill' in element ? element.skill : undefined;
}

/**
 * Media files an element points to: `key` names the field for a message, `at` is its path inside
 * the element (e.g. `['steps', 2, 'image', 'src']` for a scenario image).
 */
export function mediaOf(element: Element): { key: string; path: string; at: (string | number)[] }[] {
  if (element.type === 'image') return [{ key: 'src', path: element.src, at: ['src'] }];
  if (element.type === 'video') {
    const files = [{ key: 'src', path: element.src, at: ['src'] as (string | number)[] }];
    if (element.captions !== undefined) files.push({ key: 'captions', path: element.captions, at: ['captions'] });
    return files;
  }
  if (element.type === 'scenario') {
    return element.steps.flatMap((step, s) =>
      step.image ? [{ key: `steps[${s}].image.src`, path: step.image.src, at: ['steps', s, 'image', 'src'] }] : [],
    );
  }
  return [];
}
