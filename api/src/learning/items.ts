import type { ContentModule, Element } from '@continuite/schemas/content';
import { opaqueRightId } from '../catalogue/public-content.js';
import { checkH5pResult, InvalidH5pResult } from '../h5p/h5p-result.js';
import { type AnswerableElement, checkChoices, type Correction, correctAnswer, InvalidResponse, type RawResponse } from './correction.js';

type Of<T extends Element['type']> = Extract<Element, { type: T }>;

/**
 * One thing a learner answers, found by its key: a whole element (`q1`), or one part of it
 * (`tf/s2` a true/false statement, `sc/step2` a scenario step, `cards/c3` a flashcard).
 */
export type Item =
  | { kind: 'question'; key: string; element: AnswerableElement }
  | { kind: 'ordering'; key: string; element: Of<'ordering'> }
  | { kind: 'matching'; key: string; element: Of<'matching'> }
  | { kind: 'statement'; key: string; element: Of<'true-false'>; statement: Of<'true-false'>['statements'][number] }
  | { kind: 'step'; key: string; element: Of<'scenario'>; step: Of<'scenario'>['steps'][number] }
  | { kind: 'card'; key: string; element: Of<'flashcards'>; card: Of<'flashcards'>['cards'][number] }
  | { kind: 'poll'; key: string; element: Of<'poll'> }
  | { kind: 'h5p'; key: string; element: Of<'h5p'> };

export interface ItemCorrection extends Correction {
  graded: boolean;
  skillId: string | null;
  nextStepId?: string | null;
  quality?: 'GOOD' | 'ACCEPTABLE' | 'BAD';
}

export class ItemNotFound extends Error {}
export class NotAnswerable extends Error {}

export function findItem(content: ContentModule, key: string): Item {
  const [elementId, subId, ...rest] = key.split('/');
  const element = content.grains.flatMap((g) => g.elements).find((e) => e.id === elementId);
  if (!element || rest.length > 0) throw new ItemNotFound(key);
  const needsSub = element.type === 'true-false' || element.type === 'scenario' || element.type === 'flashcards';
  if (needsSub !== (subId !== undefined)) throw needsSub ? new ItemNotFound(key) : new NotAnswerable(key);
  switch (element.type) {
    case 'single-choice':
    case 'multiple-choice':
    case 'short-answer':
      return { kind: 'question', key, element };
    case 'ordering':
      return { kind: 'ordering', key, element };
    case 'matching':
      return { kind: 'matching', key, element };
    case 'poll':
      return { kind: 'poll', key, element };
    case 'h5p':
      return { kind: 'h5p', key, element };
    case 'true-false': {
      const statement = element.statements.find((s) => s.id === subId);
      if (!statement) throw new ItemNotFound(key);
      return { kind: 'statement', key, element, statement };
    }
    case 'scenario': {
      const step = element.steps.find((s) => s.id === subId);
      if (!step) throw new ItemNotFound(key);
      if (!step.choices?.length) throw new NotAnswerable(key);
      return { kind: 'step', key, element, step };
    }
    case 'flashcards': {
      const card = element.cards.find((c) => c.id === subId);
      if (!card) throw new ItemNotFound(key);
      return { kind: 'card', key, element, card };
    }
    default:
      throw new NotAnswerable(key);
  }
}

/** Corrects a response to an item. `secret` is the version's content hash (it hides matching pairs). */
export function correctItem(item: Item, raw: RawResponse, secret: string): ItemCorrection {
  switch (item.kind) {
    case 'question':
      return { ...correctAnswer(item.element, raw), graded: true, skillId: item.element.skill };
    case 'ordering': {
      const expected = item.element.items.map((i) => i.id);
      const order = raw.order ?? [];
      if (order.length !== expected.length || new Set(order).size !== order.length || order.some((id) => !expected.includes(id))) {
        throw new InvalidResponse('an ordering lists every item once');
      }
      const correct = order.every((id, index) => id === expected[index]);
      return {
        ...verdict(item.element.feedback, correct),
        graded: true,
        skillId: item.element.skill,
        response: { order },
        solution: { order: expected },
      };
    }
    case 'matching': {
      const solution = item.element.pairs.map((pair) => ({ leftId: pair.id, rightId: opaqueRightId(secret, item.element.id, pair.id) }));
      const pairs = raw.pairs ?? [];
      const lefts = new Set(pairs.map((p) => p.leftId));
      const rights = new Set(pairs.map((p) => p.rightId));
      const knownRights = new Set(solution.map((p) => p.rightId));
      if (pairs.length !== solution.length || lefts.size !== pairs.length || rights.size !== pairs.length)
        throw new InvalidResponse('pair every item once');
      if (solution.some((p) => !lefts.has(p.leftId)) || pairs.some((p) => !knownRights.has(p.rightId)))
        throw new InvalidResponse('unknown item');
      const byLeft = new Map(solution.map((p) => [p.leftId, p.rightId]));
      const correct = pairs.every((p) => byLeft.get(p.leftId) === p.rightId);
      const ordered = solution.map((p) => pairs.find((given) => given.leftId === p.leftId)!);
      return {
        ...verdict(item.element.feedback, correct),
        graded: true,
        skillId: item.element.skill,
        response: { pairs: ordered },
        solution: { pairs: solution },
      };
    }
    case 'statement': {
      if (typeof raw.value !== 'boolean') throw new InvalidResponse('a true/false statement takes a value');
      const correct = raw.value === item.statement.answer;
      return {
        correct,
        graded: true,
        skillId: item.element.skill,
        response: { value: raw.value },
        solution: { value: item.statement.answer },
        feedbackMarkdown: item.statement.explanation,
      };
    }
    case 'step': {
      const choices = item.step.choices ?? [];
      const [choiceId] = checkChoices(choices, raw.choiceIds);
      if (!choiceId || raw.choiceIds!.length !== 1) throw new InvalidResponse('a scenario step takes exactly one choice');
      const choice = choices.find((c) => c.id === choiceId)!;
      return {
        correct: choice.quality === 'good',
        graded: true,
        skillId: item.element.skill,
        response: { choiceIds: [choiceId] },
        solution: { choiceIds: choices.filter((c) => c.quality === 'good').map((c) => c.id) },
        feedbackMarkdown: choice.consequence,
        nextStepId: choice.next,
        quality: choice.quality.toUpperCase() as ItemCorrection['quality'],
      };
    }
    case 'card': {
      if (raw.rating !== 'KNEW' && raw.rating !== 'UNSURE' && raw.rating !== 'DID_NOT_KNOW') throw new InvalidResponse('rate the card');
      return {
        correct: raw.rating === 'KNEW',
        graded: false,
        skillId: item.element.skill,
        response: { rating: raw.rating },
        solution: {},
        feedbackMarkdown: '',
      };
    }
    case 'poll': {
      const choiceIds = checkChoices(item.element.choices, raw.choiceIds);
      if (choiceIds.length === 0 || (!item.element.multiple && choiceIds.length !== 1))
        throw new InvalidResponse('choose one answer (several when the poll allows it)');
      return { correct: false, graded: false, skillId: null, response: { choiceIds }, solution: {}, feedbackMarkdown: '' };
    }
    case 'h5p': {
      // The activity corrects itself in the learner's browser; its xAPI result is checked for shape and range.
      let checked;
      try {
        checked = checkH5pResult(raw.h5p);
      } catch (error) {
        if (error instanceof InvalidH5pResult) throw new InvalidResponse(error.message);
        throw error;
      }
      const { score, correct } = checked;
      return { correct, graded: true, skillId: item.element.skill, response: { h5p: score }, solution: {}, feedbackMarkdown: '' };
    }
  }
}

function verdict(feedback: { correct: string; incorrect: string }, correct: boolean) {
  return { correct, feedbackMarkdown: correct ? feedback.correct : feedback.incorrect };
}

/** The scenario steps a learner has reached: the start, and every step a stored choice led to. */
export function reachedSteps(element: Of<'scenario'>, answeredChoices: { stepId: string; choiceId: string }[]): Set<string> {
  const reached = new Set([element.start]);
  for (const answer of answeredChoices) {
    const next = element.steps.find((s) => s.id === answer.stepId)?.choices?.find((c) => c.id === answer.choiceId)?.next;
    if (next) reached.add(next);
  }
  return reached;
}
