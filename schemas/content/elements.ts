import { z } from 'zod';
import { idSchema, markdownSchema, mediaPathSchema, skillRefSchema, textSchema } from './common.js';

/** The element types of content format v1. Graded ones name the skill they evidence. */

export const IMAGE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'gif', 'avif'] as const;
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
  alt: z
    .string({
      error: "Le texte alternatif (alt) est obligatoire : décrivez ce que l'image apporte.",
    })
    .regex(/\S/, { error: 'Le texte alternatif (alt) ne doit pas être vide.' })
    .meta({
      description: "Texte alternatif : ce que l'image apporte, pour qui ne la voit pas.",
    }),
  longDescription: markdownSchema.optional().meta({ description: 'Description détaillée (schéma, graphique).' }),
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

export const choiceSchema = z.strictObject({
  id: idSchema,
  text: markdownSchema,
});

export const feedbackSchema = z
  .strictObject({
    correct: markdownSchema.meta({
      description: 'Retour si la réponse est juste : expliquer pourquoi.',
    }),
    incorrect: markdownSchema.meta({
      description: 'Retour si la réponse est fausse : expliquer pourquoi.',
    }),
  })
  .meta({ description: 'Retours en Markdown, montrés après la réponse.' });

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

export const ELEMENT_TYPES = ['text', 'image', 'video', 'callout', 'single-choice', 'multiple-choice', 'short-answer'] as const;

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
export type Element = z.infer<typeof elementSchema>;
export type ElementType = Element['type'];

export const ANSWERABLE_ELEMENT_TYPES = ['single-choice', 'multiple-choice', 'short-answer'] as const;
export type AnswerableElement = SingleChoiceElement | MultipleChoiceElement | ShortAnswerElement;

export function isAnswerable(element: Element): element is AnswerableElement {
  return (ANSWERABLE_ELEMENT_TYPES as readonly string[]).includes(element.type);
}

/** Media files an element points to, with the key that names each. */
export function mediaOf(element: Element): { key: string; path: string }[] {
  if (element.type === 'image') return [{ key: 'src', path: element.src }];
  if (element.type === 'video') {
    const files = [{ key: 'src', path: element.src }];
    if (element.captions !== undefined) files.push({ key: 'captions', path: element.captions });
    return files;
  }
  return [];
}
