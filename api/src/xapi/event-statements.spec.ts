import { describe, expect, it } from 'vitest';
import type { Item } from '../learning/items.js';
import {
  activityIris,
  answerStatement,
  attendanceStatement,
  eventStatementId,
  isoDuration,
  plainText,
  responsePattern,
} from './event-statements.js';
import { validateStatement } from './statement-validation.js';

const activities = { homePage: 'https://continuite.example.fr' };
const actor = { objectType: 'Agent' as const, account: { homePage: activities.homePage, name: 'a1b2c3' } };
const module = { slug: 'mots-de-passe', title: 'Des mots de passe solides', versionNumber: 2 };

const trueFalse = {
  kind: 'statement',
  key: 'vf/s1',
  element: { type: 'true-false', id: 'vf', skill: '@x', statements: [] },
  statement: { id: 's1', text: 'Un **mot de passe** court suffit.', answer: false },
} as unknown as Item;

describe('the statement of an answer', () => {
  const statement = answerStatement({
    activities,
    actor,
    answerId: '0b8f9c1e-0000-4000-8000-000000000001',
    attemptId: '0b8f9c1e-0000-4000-8000-0000000000aa',
    module,
    elementKey: 'vf/s1',
    item: trueFalse,
    contentHash: 'hash',
    response: { value: false },
    correct: true,
    graded: true,
    answeredAt: new Date('2026-11-29T10:00:00Z'),
  });

  it('is valid xAPI 1.0.3 and 2.0', () => {
    expect(validateStatement(statement, '1.0')).toEqual([]);
    expect(validateStatement(statement, '2.0')).toEqual([]);
  });

  it('names a part of an element under the element’s IRI, as a true-false interaction with the learner’s response', () => {
    expect(statement.object.id).toBe('https://continuite.example.fr/xapi/activities/module/mots-de-passe/element/vf/s1');
    expect(statement.object.definition).toEqual({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: { 'fr-FR': 'Un mot de passe court suffit.' },
      interactionType: 'true-false',
    });
    expect(statement.result).toEqual({ completion: true, success: true, score: { scaled: 1, raw: 1, min: 0, max: 1 }, response: 'false' });
  });

  it('has the id the same answer always gets', () => {
    expect(statement.id).toBe(eventStatementId('ANSWER', '0b8f9c1e-0000-4000-8000-000000000001'));
  });
});

describe('the statement of an attendance', () => {
  it('is valid xAPI and says how long the learner was present', () => {
    const statement = attendanceStatement({
      activities,
      actor,
      userId: 'u',
      webinar: { id: '0b8f9c1e-0000-4000-8000-0000000000bb', title: 'Sécuriser sa messagerie' },
      joinedAt: new Date('2026-11-29T10:00:00Z'),
      secondsPresent: 2700,
    });

    expect(validateStatement(statement, '1.0')).toEqual([]);
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/attended');
    expect(statement.result.duration).toBe('PT2700S');
  });
});

describe('small helpers', () => {
  it('write responses in the cmi.interaction patterns', () => {
    expect(responsePattern({ choiceIds: ['a', 'b'] })).toBe('a[,]b');
    expect(responsePattern({ order: ['c', 'a', 'b'] })).toBe('c[,]a[,]b');
    expect(responsePattern({ pairs: [{ leftId: 'l1', rightId: 'r9' }] })).toBe('l1[.]r9');
    expect(responsePattern({ rating: 'KNEW' })).toBe('KNEW');
    expect(responsePattern({ h5p: {} })).toBeNull();
  });

  it('make a short plain name of Markdown, and a duration of milliseconds', () => {
    expect(plainText('Un [lien](https://x.fr) et du **gras**\n\n<b>fin</b>')).toBe('Un lien et du gras fin');
    expect(plainText('x'.repeat(300))).toHaveLength(250);
    expect(isoDuration(12_345)).toBe('PT12.35S');
    expect(isoDuration(-5)).toBe('PT0S');
  });

  it('give each module element an IRI under PUBLIC_URL', () => {
    expect(activityIris.element(activities, 'photos', 'q 1')).toBe(
      'https://continuite.example.fr/xapi/activities/module/photos/element/q%201',
    );
  });
});
