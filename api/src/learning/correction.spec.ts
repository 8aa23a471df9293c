import { describe, expect, it } from 'vitest';
import { type AnswerableElement, correctAnswer, InvalidResponse, matchesAccepted } from './correction.js';

const feedback = { correct: 'Bravo', incorrect: 'Non' };
const single: AnswerableElement = {
  type: 'single-choice',
  id: 'q1',
  skill: '@s1',
  prompt: 'Q ?',
  answer: 'b',
  choices: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C' },
  ],
  feedback,
};
const multiple: AnswerableElement = {
  type: 'multiple-choice',
  id: 'q2',
  skill: '@s1',
  prompt: 'Q ?',
  answers: ['a', 'c'],
  choices: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C' },
  ],
  feedback,
};
const short: AnswerableElement = {
  type: 'short-answer',
  id: 'q3',
  skill: '@s1',
  prompt: 'Q ?',
  accepted: ['phrase de passe', 'passphrase'],
  feedback,
  tolerance: { case: true, accents: true, spaces: true, punctuation: true, typos: 1 },
};

describe('correctAnswer', () => {
  it('accepts the right single choice and returns the solution with the feedback', () => {
    expect(correctAnswer(single, { choiceIds: ['b'] })).toEqual({
      correct: true,
      response: { choiceIds: ['b'] },
      solution: { choiceIds: ['b'] },
      feedbackMarkdown: 'Bravo',
    });
    expect(correctAnswer(single, { choiceIds: ['a'] }).correct).toBe(false);
  });

  it('requires exactly the expected set for multiple choice, in any order', () => {
    expect(correctAnswer(multiple, { choiceIds: ['c', 'a'] }).correct).toBe(true);
    expect(correctAnswer(multiple, { choiceIds: ['a'] }).correct).toBe(false);
    expect(correctAnswer(multiple, { choiceIds: ['a', 'b', 'c'] }).correct).toBe(false);
  });

  it.each([
    [single, { choiceIds: ['a', 'b'] }],
    [single, { choiceIds: ['z'] }],
    [single, { text: 'b' }],
    [multiple, { choiceIds: [] }],
    [multiple, { choiceIds: ['a', 'a'] }],
    [short, { choiceIds: ['a'] }],
    [short, { text: '   ' }],
    [short, { text: 'x'.repeat(501) }],
  ])('refuses a response of the wrong shape (%#)', (element, response) => {
    expect(() => correctAnswer(element, response)).toThrow(InvalidResponse);
  });

  it('accepts a short answer despite case, accents, spaces, punctuation and one typo', () => {
    for (const text of ['Phrase de passe', 'PHRASE-DE-PASSE !', 'phrasedepasse', 'phrase de pase', ' passphrase.']) {
      expect(correctAnswer(short, { text }).correct, text).toBe(true);
    }
    expect(correctAnswer(short, { text: 'mot de passe' }).correct).toBe(false);
  });
});

describe('matchesAccepted', () => {
  it('forgives no typo in short words', () => {
    expect(matchesAccepted('non', ['oui'], {})).toBe(false);
    expect(matchesAccepted('3018', ['3019'], {})).toBe(false);
  });

  it('honours strict tolerances', () => {
    expect(matchesAccepted('Sécurité', ['securite'], { case: false, accents: false })).toBe(false);
    expect(matchesAccepted('securite', ['securite'], { case: false, accents: false })).toBe(true);
    expect(matchesAccepted('securiteh', ['securite'], { typos: 0 })).toBe(false);
  });
});
