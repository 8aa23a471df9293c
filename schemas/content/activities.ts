import { z } from 'zod';
import {
  IMAGE_EXTENSIONS,
  altSchema,
  checkUniqueIds,
  choiceSchema,
  feedbackSchema,
  idSchema,
  longDescriptionSchema,
  markdownSchema,
  mediaPathSchema,
  skillRefSchema,
  textSchema,
} from './common.js';

/**
 * The activity types added by content format v2 (issue 3): ordering, matching, a series of
 * true/false statements, flashcards, a branching scenario and a poll. Ids inside an element follow
 * the usual id pattern, which has no "/": answers to a sub-item are keyed `<elementId>/<subId>`.
 */

type Ctx = z.core.$RefinementCtx<unknown>;

/** Reports two entries whose text is the same (once trimmed): the learner could not tell them apart. */
function checkDistinctTexts(values: readonly string[], at: (index: number) => (string | number)[], ctx: Ctx, what: string) {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    const key = value.trim().toLocaleLowerCase('fr');
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: at(i), message: `${what} identique à un autre : le rendre distinct.` });
    seen.add(key);
  });
}

export const orderingItemSchema = z.strictObject({ id: idSchema, text: markdownSchema });

export const orderingElementSchema = z
  .strictObject({
    type: z.literal('ordering'),
    id: idSchema,
    skill: skillRefSchema,
    prompt: markdownSchema,
    items: z
      .array(orderingItemSchema)
      .min(3, { error: 'Au moins 3 étapes à remettre dans l’ordre.' })
      .max(8, { error: 'Au plus 8 étapes.' })
      .meta({ description: 'Étapes écrites DANS LE BON ORDRE ; le lecteur les mélange.' }),
    feedback: feedbackSchema,
  })
  .superRefine((element, ctx) => {
    checkUniqueIds(element.items, ['items'], ctx, 'Étape');
    checkDistinctTexts(
      element.items.map((item) => item.text),
      (i) => ['items', i, 'text'],
      ctx,
      'Texte d’étape',
    );
  });

export const matchingPairSchema = z.strictObject({ id: idSchema, left: markdownSchema, right: markdownSchema });

export const matchingElementSchema = z
  .strictObject({
    type: z.literal('matching'),
    id: idSchema,
    skill: skillRefSchema,
    prompt: markdownSchema,
    pairs: z
      .array(matchingPairSchema)
      .min(2, { error: 'Au moins 2 paires.' })
      .max(8, { error: 'Au plus 8 paires.' })
      .meta({ description: 'Paires justes : chaque « left » va avec son « right » ; le lecteur mélange la colonne de droite.' }),
    feedback: feedbackSchema,
  })
  .superRefine((element, ctx) => {
    checkUniqueIds(element.pairs, ['pairs'], ctx, 'Paire');
    checkDistinctTexts(
      element.pairs.map((pair) => pair.left),
      (i) => ['pairs', i, 'left'],
      ctx,
      'Élément de gauche',
    );
    checkDistinctTexts(
      element.pairs.map((pair) => pair.right),
      (i) => ['pairs', i, 'right'],
      ctx,
      'Élément de droite',
    );
  });

export const trueFalseStatementSchema = z.strictObject({
  id: idSchema,
  text: markdownSchema,
  answer: z.boolean({ error: 'answer vaut true (vrai) ou false (faux).' }),
  explanation: markdownSchema.meta({ description: 'Pourquoi c’est vrai ou faux, montré après la réponse.' }),
});

export const trueFalseElementSchema = z
  .strictObject({
    type: z.literal('true-false'),
    id: idSchema,
    skill: skillRefSchema,
    prompt: markdownSchema.optional(),
    statements: z
      .array(trueFalseStatementSchema)
      .min(2, { error: 'Au moins 2 affirmations.' })
      .max(8, { error: 'Au plus 8 affirmations.' })
      .meta({ description: 'Affirmations montrées une à une ; chacune est un item noté « <élément>/<affirmation> ».' }),
  })
  .superRefine((element, ctx) => {
    checkUniqueIds(element.statements, ['statements'], ctx, 'Affirmation');
  });

export const flashcardSchema = z.strictObject({ id: idSchema, front: markdownSchema, back: markdownSchema });

export const flashcardsElementSchema = z
  .strictObject({
    type: z.literal('flashcards'),
    id: idSchema,
    skill: skillRefSchema,
    cards: z
      .array(flashcardSchema)
      .min(1, { error: 'Au moins 1 carte.' })
      .max(12, { error: 'Au plus 12 cartes.' })
      .meta({ description: 'Cartes recto/verso, auto-évaluées (je savais / pas sûr / je ne savais pas), non notées.' }),
  })
  .superRefine((element, ctx) => {
    checkUniqueIds(element.cards, ['cards'], ctx, 'Carte');
  });

export const SCENARIO_QUALITIES = ['good', 'acceptable', 'bad'] as const;

export const scenarioChoiceSchema = z.strictObject({
  id: idSchema,
  text: markdownSchema,
  next: idSchema.nullable().meta({ description: 'Étape suivante, ou null : le scénario s’arrête sur la conséquence.' }),
  consequence: markdownSchema.meta({ description: 'Ce qui se passe après ce choix, et pourquoi.' }),
  quality: z.enum(SCENARIO_QUALITIES).meta({ description: 'good = réponse juste ; acceptable et bad comptent comme fausses.' }),
});

export const scenarioImageSchema = z.strictObject({
  src: mediaPathSchema(IMAGE_EXTENSIONS, 'Fichier image dans le dossier du module (chemin relatif).'),
  alt: altSchema,
  longDescription: longDescriptionSchema,
});

export const scenarioStepSchema = z.strictObject({
  id: idSchema,
  situation: markdownSchema,
  image: scenarioImageSchema.optional(),
  choices: z
    .array(scenarioChoiceSchema)
    .min(2, { error: 'Au moins 2 choix ; omettez « choices » pour une fin.' })
    .max(6, { error: 'Au plus 6 choix.' })
    .optional()
    .meta({ description: 'Sans choix, l’étape est une fin. Chaque étape avec choix est un item noté « <élément>/<étape> ».' }),
});

export const scenarioElementSchema = z
  .strictObject({
    type: z.literal('scenario'),
    id: idSchema,
    skill: skillRefSchema,
    title: textSchema,
    start: idSchema.meta({ description: 'Identifiant de la première étape.' }),
    steps: z.array(scenarioStepSchema).min(2, { error: 'Au moins 2 étapes (une situation et une fin).' }),
  })
  .superRefine((element, ctx) => checkScenario(element, ctx));

type Scenario = z.infer<typeof scenarioElementSchema>;

/** start and every next name a step; every step is reachable; no cycle; at least one ending. */
function checkScenario(scenario: Scenario, ctx: Ctx) {
  const ids = checkUniqueIds(scenario.steps, ['steps'], ctx, 'Étape');
  const known = () => [...ids].join(', ');
  if (!ids.has(scenario.start)) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: `L’étape de départ « ${scenario.start} » n’existe pas (${known()}).` });
  }
  let broken = !ids.has(scenario.start);
  scenario.steps.forEach((step, s) => {
    if (!step.choices) return;
    checkUniqueIds(step.choices, ['steps', s, 'choices'], ctx, 'Choix');
    step.choices.forEach((choice, c) => {
      if (choice.next !== null && !ids.has(choice.next)) {
        broken = true;
        ctx.addIssue({
          code: 'custom',
          path: ['steps', s, 'choices', c, 'next'],
          message: `L’étape « ${choice.next} » n’existe pas (${known()}).`,
        });
      }
      if (choice.next === step.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', s, 'choices', c, 'next'],
          message: 'Un choix ne peut pas ramener à sa propre étape.',
        });
      }
    });
    if (!step.choices.some((choice) => choice.quality === 'good')) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', s, 'choices'],
        message: 'Au moins un choix « good » par étape : c’est lui qui rend la réponse juste.',
      });
    }
  });
  if (!scenario.steps.some((step) => !step.choices)) {
    ctx.addIssue({ code: 'custom', path: ['steps'], message: 'Le scénario doit avoir au moins une fin (une étape sans « choices »).' });
  }
  if (broken) return;

  const byId = new Map(scenario.steps.map((step) => [step.id, step]));
  const index = new Map(scenario.steps.map((step, s) => [step.id, s]));
  const state = new Map<string, 'open' | 'done'>();
  let cycleReported = false;
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const [c, choice] of (byId.get(id)?.choices ?? []).entries()) {
      if (choice.next === null || choice.next === id) continue;
      const seen = state.get(choice.next);
      if (seen === 'open' && !cycleReported) {
        cycleReported = true;
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index.get(id) ?? 0, 'choices', c, 'next'],
          message: `Boucle : « ${choice.next} » mène de nouveau à « ${id} ». Un scénario avance toujours vers une fin.`,
        });
      } else if (seen === undefined) visit(choice.next);
    }
    state.set(id, 'done');
  };
  visit(scenario.start);
  scenario.steps.forEach((step, s) => {
    if (!state.has(step.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', s, 'id'],
        message: `L’étape « ${step.id} » est inaccessible depuis le départ « ${scenario.start} ».`,
      });
    }
  });
}

export const pollElementSchema = z
  .strictObject({
    type: z.literal('poll'),
    id: idSchema,
    prompt: markdownSchema,
    choices: z.array(choiceSchema).min(2, { error: 'Au moins 2 choix.' }).max(8, { error: 'Au plus 8 choix.' }),
    multiple: z.boolean().default(false).meta({ description: 'Plusieurs choix possibles (faux par défaut).' }),
  })
  .superRefine((element, ctx) => {
    checkUniqueIds(element.choices, ['choices'], ctx, 'Choix');
  });

export type OrderingElement = z.infer<typeof orderingElementSchema>;
export type MatchingElement = z.infer<typeof matchingElementSchema>;
export type TrueFalseStatement = z.infer<typeof trueFalseStatementSchema>;
export type TrueFalseElement = z.infer<typeof trueFalseElementSchema>;
export type Flashcard = z.infer<typeof flashcardSchema>;
export type FlashcardsElement = z.infer<typeof flashcardsElementSchema>;
export type ScenarioQuality = (typeof SCENARIO_QUALITIES)[number];
export type ScenarioChoice = z.infer<typeof scenarioChoiceSchema>;
export type ScenarioStep = z.infer<typeof scenarioStepSchema>;
export type ScenarioElement = z.infer<typeof scenarioElementSchema>;
export type PollElement = z.infer<typeof pollElementSchema>;
