import { z } from 'zod';
import { SLUG_PATTERN, contentErrorMap, idSchema, issuesOf, textSchema, type Issue } from './common.js';
import { elementSchema, gradedItemsOf, isAnswerable, type Element } from './elements.js';

// `pix` (Pix and the CRCN) was added with format v2: the sixth theme of issue 3.
export const THEMES = ['ent', 'cybersecurity', 'personal-data', 'media-literacy', 'cyberbullying', 'pix'] as const;
export const AUDIENCES = ['staff', 'students', 'all'] as const;
export const GRAIN_TYPES = ['discovery', 'lesson', 'activity', 'challenge', 'summary'] as const;

export const grainSchema = z.strictObject({
  id: idSchema,
  type: z.enum(GRAIN_TYPES),
  title: textSchema,
  elements: z.array(elementSchema).min(1, { error: 'Un grain contient au moins un élément.' }),
});

export const sourceSchema = z.strictObject({
  title: textSchema,
  url: z
    .url({
      protocol: /^https$/,
      error: 'URL invalide : adresse complète en https:// attendue.',
    })
    .optional(),
  publisher: textSchema.optional(),
});

export const moduleSchema = z
  .strictObject({
    slug: z
      .string()
      .regex(SLUG_PATTERN, {
        error: 'Slug invalide : minuscules, chiffres et tirets (kebab-case), comme le nom du dossier.',
      })
      .meta({
        description: 'Identifiant du module en kebab-case, identique au nom de son dossier.',
      }),
    title: textSchema,
    summary: textSchema.meta({
      description: 'Une ou deux phrases pour la carte du catalogue.',
    }),
    theme: z.enum(THEMES),
    audience: z.enum(AUDIENCES),
    durationMinutes: z
      .int({ error: 'Durée en minutes : un entier de 3 à 7.' })
      .min(3, { error: 'Une micro-leçon dure de 3 à 7 minutes.' })
      .max(7, { error: 'Une micro-leçon dure de 3 à 7 minutes.' }),
    level: z
      .int({ error: 'Niveau CRCN visé : un entier de 1 à 8.' })
      .min(1, { error: 'Niveau CRCN visé : de 1 à 8.' })
      .max(8, { error: 'Niveau CRCN visé : de 1 à 8.' }),
    objectives: z.array(textSchema).min(1, { error: 'Au moins un objectif.' }),
    sources: z.array(sourceSchema).min(1, { error: 'Au moins une source.' }),
    grains: z.array(grainSchema).min(1, { error: 'Au moins un grain.' }),
  })
  .superRefine((module, ctx) => {
    checkIdsAndAnswers(module.grains, ctx);
  })
  .meta({
    title: 'Module de micro-learning',
    description: "Format de contenu v2 d'un module (content/modules/<slug>/module.yaml).",
  });

export type ContentModule = z.infer<typeof moduleSchema>;
export type Grain = z.infer<typeof grainSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Theme = ContentModule['theme'];
export type Audience = ContentModule['audience'];
export type GrainType = Grain['type'];

/** Cross-references inside one module: unique ids, answers that name existing choices. */
function checkIdsAndAnswers(grains: Grain[], ctx: z.core.$RefinementCtx<unknown>) {
  const seen = new Set<string>();
  const claim = (id: string, path: (string | number)[]) => {
    if (seen.has(id))
      ctx.addIssue({
        code: 'custom',
        path,
        message: `Identifiant « ${id} » déjà utilisé dans ce module (grains et éléments compris).`,
      });
    seen.add(id);
  };
  let graded = 0;
  grains.forEach((grain, g) => {
    claim(grain.id, ['grains', g, 'id']);
    grain.elements.forEach((element, e) => {
      const at = ['grains', g, 'elements', e];
      claim(element.id, [...at, 'id']);
      graded += gradedItemsOf(element).length;
      checkChoices(element, at, ctx);
    });
  });
  if (graded === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['grains'],
      message:
        'Le module doit contenir au moins une activité notée (single-choice, multiple-choice, short-answer, ordering, matching, true-false ou scenario).',
    });
  }
}

function checkChoices(element: Element, at: (string | number)[], ctx: z.core.$RefinementCtx<unknown>) {
  if (element.type !== 'single-choice' && element.type !== 'multiple-choice') return;
  const ids = new Set<string>();
  element.choices.forEach((choice, c) => {
    if (ids.has(choice.id))
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'choices', c, 'id'],
        message: `Choix « ${choice.id} » en double dans cet élément.`,
      });
    ids.add(choice.id);
  });
  const unknown = (id: string) => `La réponse « ${id} » ne correspond à aucun choix (${[...ids].join(', ')}).`;
  if (element.type === 'single-choice') {
    if (!ids.has(element.answer))
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'answer'],
        message: unknown(element.answer),
      });
    return;
  }
  const answers = new Set<string>();
  element.answers.forEach((id, a) => {
    if (!ids.has(id))
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'answers', a],
        message: unknown(id),
      });
    if (answers.has(id))
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'answers', a],
        message: `Réponse « ${id} » en double.`,
      });
    answers.add(id);
  });
}

export type ModuleParseResult = { success: true; module: ContentModule } | { success: false; issues: Issue[] };

/**
 * Parses a module (read from YAML, or sent by the trainer screens as JSON) with French messages.
 * Checks what the module alone can tell; `loadContent` adds folder, framework and file checks.
 */
export function parseModule(data: unknown): ModuleParseResult {
  const result = moduleSchema.safeParse(data, { error: contentErrorMap });
  return result.success ? { success: true, module: result.data } : { success: false, issues: issuesOf(result.error) };
}

/** Every graded element of a module, in reading order, with its grain. */
export function answerableElementsOf(module: ContentModule) {
  return module.grains.flatMap((grain) => grain.elements.filter(isAnswerable).map((element) => ({ grain, element })));
}

/** Every graded item of a module (a v1 element, a true/false statement, a scenario step…), in reading order. */
export function gradedItemsOfModule(module: ContentModule) {
  return module.grains.flatMap((grain) =>
    grain.elements.flatMap((element) => gradedItemsOf(element).map((item) => ({ ...item, grain, element }))),
  );
}
