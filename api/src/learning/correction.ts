import { distance } from 'fastest-levenshtein';
import type { Element } from '@continuite/schemas/content';
import type { H5pScore, RawH5pResult } from '../h5p/h5p-result.js';

export type AnswerableElement = Extract<Element, { type: 'single-choice' | 'multiple-choice' | 'short-answer' }>;

/** What the learner sent, normalised to the shape its element takes. */
export type LearnerResponse =
  | { choiceIds: string[] }
  | { text: string }
  | { order: string[] }
  | { pairs: { leftId: string; rightId: string }[] }
  | { value: boolean }
  | { rating: 'KNEW' | 'UNSURE' | 'DID_NOT_KNOW' }
  | { h5p: H5pScore };

export interface RawResponse {
  choiceIds?: string[] | null;
  text?: string | null;
  order?: string[] | null;
  pairs?: { leftId: string; rightId: string }[] | null;
  value?: boolean | null;
  rating?: string | null;
  h5p?: RawH5pResult | null;
}

export interface Correction {
  correct: boolean;
  response: LearnerResponse;
  solution: {
    choiceIds?: string[];
    acceptedAnswers?: string[];
    order?: string[];
    pairs?: { leftId: string; rightId: string }[];
    value?: boolean;
  };
  feedbackMarkdown: string;
}

export class InvalidResponse extends Error {}

const MAX_TEXT = 500;

/** Checks a response against the element's solution. Throws InvalidResponse when its shape does not fit the element. */
export function correctAnswer(element: AnswerableElement, raw: RawResponse): Correction {
  switch (element.type) {
    case 'single-choice': {
      const choiceIds = checkChoices(element.choices, raw.choiceIds);
      if (choiceIds.length !== 1) throw new InvalidResponse('a single-choice question takes exactly one choice');
      return outcome(element, choiceIds[0] === element.answer, { choiceIds }, { choiceIds: [element.answer] });
    }
    case 'multiple-choice': {
      const choiceIds = checkChoices(element.choices, raw.choiceIds);
      if (choiceIds.length === 0) throw new InvalidResponse('choose at least one choice');
      const expected = new Set(element.answers);
      const correct = choiceIds.length === expected.size && choiceIds.every((id) => expected.has(id));
      return outcome(element, correct, { choiceIds }, { choiceIds: [...element.answers] });
    }
    case 'short-answer': {
      if (raw.choiceIds?.length || typeof raw.text !== 'string') throw new InvalidResponse('a short answer takes text');
      const text = raw.text.trim();
      if (text.length === 0 || text.length > MAX_TEXT) throw new InvalidResponse(`an answer has 1 to ${MAX_TEXT} characters`);
      return outcome(
        element,
        matchesAccepted(text, element.accepted, element.tolerance ?? {}),
        { text },
        { acceptedAnswers: [...element.accepted] },
      );
    }
  }
}

function outcome(element: AnswerableElement, correct: boolean, response: LearnerResponse, solution: Correction['solution']): Correction {
  return { correct, response, solution, feedbackMarkdown: correct ? element.feedback.correct : element.feedback.incorrect };
}

export function checkChoices(choices: { id: string }[], raw: string[] | null | undefined): string[] {
  if (!raw || raw.length > choices.length) throw new InvalidResponse('choices are missing or too many');
  const known = new Set(choices.map((c) => c.id));
  const unique = [...new Set(raw)];
  if (unique.length !== raw.length || unique.some((id) => !known.has(id))) throw new InvalidResponse('unknown or repeated choice');
  // Stored in the element's order, so that equal answers look equal.
  return choices.map((c) => c.id).filter((id) => unique.includes(id));
}

export interface Tolerance {
  case?: boolean;
  accents?: boolean;
  spaces?: boolean;
  punctuation?: boolean;
  typos?: number;
}

/** Defaults match the content format: forgiving on case, accents, spaces and punctuation, one typo. */
export function normaliseAnswer(text: string, tolerance: Tolerance): string {
  let result = text.normalize('NFC').trim();
  if (tolerance.case ?? true) result = result.toLocaleLowerCase('fr');
  if (tolerance.accents ?? true)
    result = result
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .normalize('NFC');
  if (tolerance.punctuation ?? true) result = result.replace(/[\p{P}\p{S}]/gu, ' ');
  result = result.replace(/\s+/g, ' ').trim();
  if (tolerance.spaces ?? true) result = result.replace(/ /g, '');
  return result;
}

export function matchesAccepted(text: string, accepted: string[], tolerance: Tolerance): boolean {
  const given = normaliseAnswer(text, tolerance);
  const typos = tolerance.typos ?? 1;
  return accepted.some((candidate) => {
    const expected = normaliseAnswer(candidate, tolerance);
    if (given === expected) return true;
    // A typo is forgiven only in words long enough for it not to make another word (« oui » / « non »).
    const allowed = expected.length < 5 ? 0 : expected.length < 10 ? Math.min(typos, 1) : typos;
    return allowed > 0 && distance(given, expected) <= allowed;
  });
}
