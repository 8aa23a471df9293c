import { type ContentModule, gradedItemsOfModule } from '@continuite/schemas/content';
import type { PublicElement, PublicModuleContent } from '../catalogue/public-content.js';
import { excerpt, htmlToText } from './plain-text.js';

export type ItemKind =
  'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SHORT_ANSWER' | 'ORDERING' | 'MATCHING' | 'TRUE_FALSE_STATEMENT' | 'SCENARIO_STEP' | 'H5P';

/** One graded item of a module version as statistics need it: its label, and its choices with which are right. */
export interface ItemDefinition {
  /** The key answers are stored under: `q1`, or `<elementId>/<itemId>` for a statement or a scenario step. */
  key: string;
  elementId: string;
  kind: ItemKind;
  /** Plain text from the public content (what learners read), shortened. */
  label: string;
  /** For single and multiple choice and scenario steps; null where an answer is not a choice. */
  choices: { id: string; text: string; right: boolean }[] | null;
}

/** One stored answer, graded. */
export interface ItemAnswer {
  key: string;
  userId: string;
  correct: boolean;
  /** The choices it took (single and multiple choice, scenario steps); null otherwise. */
  choiceIds: string[] | null;
}

export interface ItemStatistic {
  key: string;
  elementId: string;
  kind: ItemKind;
  label: string;
  answers: number;
  correct: number;
  /** Percent of right answers, rounded; null without answers. */
  successRate: number | null;
  /** The wrong choice taken most often (the first in the element's order on a tie), null when none was. */
  mostChosenWrong: { choiceId: string; text: string; count: number } | null;
}

const LABEL_LENGTH = 160;

/** The graded items of a version, in reading order, labelled from its public content. */
export function itemDefinitionsOf(content: ContentModule, published: PublicModuleContent): ItemDefinition[] {
  const publicById = new Map(published.grains.flatMap((grain) => grain.elements).map((element) => [element.id, element]));
  return gradedItemsOfModule(content).flatMap(({ key, element }): ItemDefinition[] => {
    const shown = publicById.get(element.id);
    const subId = key.slice(element.id.length + 1);
    switch (element.type) {
      case 'single-choice':
      case 'multiple-choice': {
        const right = new Set(element.type === 'single-choice' ? [element.answer] : element.answers);
        const choices = choicesOf(shown).map((c) => ({ id: c.id, text: htmlToText(c.html), right: right.has(c.id) }));
        return [define(key, element.id, element.type === 'single-choice' ? 'SINGLE_CHOICE' : 'MULTIPLE_CHOICE', promptOf(shown), choices)];
      }
      case 'short-answer':
        return [define(key, element.id, 'SHORT_ANSWER', promptOf(shown), null)];
      case 'ordering':
        return [define(key, element.id, 'ORDERING', promptOf(shown), null)];
      case 'matching':
        return [define(key, element.id, 'MATCHING', promptOf(shown), null)];
      case 'true-false': {
        const statement = shown?.kind === 'true-false' ? shown.statements.find((s) => s.id === subId) : undefined;
        return [define(key, element.id, 'TRUE_FALSE_STATEMENT', htmlToText(statement?.html ?? ''), null)];
      }
      case 'scenario': {
        const quality = new Map((element.steps.find((s) => s.id === subId)?.choices ?? []).map((c) => [c.id, c.quality]));
        const scenario = shown?.kind === 'scenario' ? shown : undefined;
        const step = scenario?.steps.find((s) => s.id === subId);
        const choices = (step?.choices ?? []).map((c) => ({ id: c.id, text: htmlToText(c.html), right: quality.get(c.id) === 'good' }));
        const label = step ? `${scenario!.title} – ${htmlToText(step.situationHtml)}` : '';
        return [define(key, element.id, 'SCENARIO_STEP', label, choices)];
      }
      case 'h5p':
        // The activity's score decides: right when H5P reports success (or full marks).
        return [define(key, element.id, 'H5P', element.title ?? element.id, null)];
      default:
        return [];
    }
  });
}

/**
 * Success rate and the most chosen wrong choice per item, over the answers given. The single place
 * where item statistics are computed: answers of erased learners, once kept as aggregates by the
 * privacy work, are to be added here.
 */
export function itemStatistics(definitions: ItemDefinition[], answers: ItemAnswer[]): ItemStatistic[] {
  const byKey = new Map(definitions.map((d) => [d.key, { answers: 0, correct: 0, wrong: new Map<string, number>() }]));
  const rightChoices = new Map(definitions.map((d) => [d.key, new Set(d.choices?.filter((c) => c.right).map((c) => c.id))]));
  for (const answer of answers) {
    const tally = byKey.get(answer.key);
    if (!tally) continue;
    tally.answers += 1;
    if (answer.correct) {
      tally.correct += 1;
      continue;
    }
    // A wrong multiple-choice answer may hold right choices too: only the wrong ones count.
    for (const choiceId of answer.choiceIds ?? []) {
      if (!rightChoices.get(answer.key)!.has(choiceId)) tally.wrong.set(choiceId, (tally.wrong.get(choiceId) ?? 0) + 1);
    }
  }
  return definitions.map((definition) => {
    const tally = byKey.get(definition.key)!;
    let mostChosenWrong: ItemStatistic['mostChosenWrong'] = null;
    for (const choice of definition.choices ?? []) {
      const count = tally.wrong.get(choice.id) ?? 0;
      if (count > 0 && count > (mostChosenWrong?.count ?? 0)) mostChosenWrong = { choiceId: choice.id, text: choice.text, count };
    }
    return {
      key: definition.key,
      elementId: definition.elementId,
      kind: definition.kind,
      label: definition.label,
      answers: tally.answers,
      correct: tally.correct,
      successRate: tally.answers === 0 ? null : Math.round((100 * tally.correct) / tally.answers),
      mostChosenWrong,
    };
  });
}

function define(key: string, elementId: string, kind: ItemKind, label: string, choices: ItemDefinition['choices']): ItemDefinition {
  return { key, elementId, kind, label: excerpt(label, LABEL_LENGTH), choices };
}

function promptOf(element: PublicElement | undefined): string {
  return element && 'promptHtml' in element ? htmlToText(element.promptHtml) : '';
}

function choicesOf(element: PublicElement | undefined): { id: string; html: string }[] {
  return element?.kind === 'single-choice' || element?.kind === 'multiple-choice' ? element.choices : [];
}
