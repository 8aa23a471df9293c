import { type ContentModule, parseModule } from '@continuite/schemas/content';
import { describe, expect, it } from 'vitest';
import { toPublicContent } from '../catalogue/public-content.js';
import { type ItemAnswer, itemDefinitionsOf, itemStatistics } from './item-statistics.js';
import { excerpt, htmlToText } from './plain-text.js';

const feedback = { correct: 'Oui.', incorrect: 'Non.' };

function moduleOf(elements: Record<string, unknown>[]): ContentModule {
  const parsed = parseModule({
    slug: 'statistiques',
    title: 'Un module',
    summary: 'Pour les statistiques.',
    theme: 'cybersecurity',
    audience: 'staff',
    durationMinutes: 4,
    level: 2,
    objectives: ['Savoir une chose.'],
    sources: [{ title: 'Une source', url: 'https://example.org/source' }],
    grains: [{ id: 'activite', type: 'activity', title: 'Activité', elements }],
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.module;
}

const content = moduleOf([
  {
    type: 'single-choice',
    id: 'q1',
    skill: '@motDePasse2',
    prompt: 'Quel mot de passe est **robuste** ?',
    choices: [
      { id: 'court', text: 'Azerty12' },
      { id: 'phrase', text: 'Quatre mots au hasard' },
      { id: 'date', text: 'Ma date de naissance' },
    ],
    answer: 'phrase',
    feedback,
  },
  {
    type: 'multiple-choice',
    id: 'q2',
    skill: '@motDePasse2',
    prompt: 'Bonnes pratiques ?',
    choices: [
      { id: 'unique', text: 'Un mot de passe par service' },
      { id: 'postit', text: 'Un post-it & un écran' },
      { id: 'gestionnaire', text: 'Un gestionnaire' },
    ],
    answers: ['unique', 'gestionnaire'],
    feedback,
  },
  {
    type: 'true-false',
    id: 'vf',
    skill: '@motDePasse2',
    statements: [
      { id: 's1', text: 'La Terre est ronde.', answer: true, explanation: 'Elle l’est.' },
      { id: 's2', text: 'Le ciel est vert.', answer: false, explanation: 'Il est bleu.' },
    ],
  },
  {
    type: 'scenario',
    id: 'sc',
    skill: '@motDePasse2',
    title: 'Un courriel douteux',
    start: 'debut',
    steps: [
      {
        id: 'debut',
        situation: 'Un lien vous est envoyé.',
        choices: [
          { id: 'cliquer', text: 'Cliquer', next: 'fin', consequence: 'Piégé.', quality: 'bad' },
          { id: 'signaler', text: 'Signaler', next: 'fin', consequence: 'Bien vu.', quality: 'good' },
        ],
      },
      { id: 'fin', situation: 'Fin.' },
    ],
  },
  { type: 'h5p', id: 'quiz', skill: '@motDePasse2', package: '0b7e5c1a-2f3d-4c5e-8a9b-1c2d3e4f5a6b', title: 'Le quiz H5P' },
]);
const definitions = itemDefinitionsOf(content, toPublicContent(content, 'secret'));

const answer = (key: string, correct: boolean, choiceIds: string[] | null = null, userId = 'u1'): ItemAnswer => ({
  key,
  userId,
  correct,
  choiceIds,
});

describe('itemDefinitionsOf', () => {
  it('lists every graded item by its key, statements and scenario steps as <elementId>/<itemId>, labelled in plain text', () => {
    expect(definitions.map((d) => [d.key, d.kind, d.label])).toEqual([
      ['q1', 'SINGLE_CHOICE', 'Quel mot de passe est robuste ?'],
      ['q2', 'MULTIPLE_CHOICE', 'Bonnes pratiques ?'],
      ['vf/s1', 'TRUE_FALSE_STATEMENT', 'La Terre est ronde.'],
      ['vf/s2', 'TRUE_FALSE_STATEMENT', 'Le ciel est vert.'],
      ['sc/debut', 'SCENARIO_STEP', 'Un courriel douteux – Un lien vous est envoyé.'],
      ['quiz', 'H5P', 'Le quiz H5P'],
    ]);
    expect(definitions[1]!.choices).toEqual([
      { id: 'unique', text: 'Un mot de passe par service', right: true },
      { id: 'postit', text: 'Un post-it & un écran', right: false },
      { id: 'gestionnaire', text: 'Un gestionnaire', right: true },
    ]);
  });
});

describe('itemStatistics', () => {
  it('gives the success rate and the wrong choice taken most, with its text', () => {
    const stats = itemStatistics(definitions, [
      answer('q1', true, ['phrase']),
      answer('q1', false, ['court']),
      answer('q1', false, ['date']),
      answer('q1', false, ['date']),
    ]);

    expect(stats[0]).toMatchObject({
      answers: 4,
      correct: 1,
      successRate: 25,
      mostChosenWrong: { choiceId: 'date', text: 'Ma date de naissance', count: 2 },
    });
  });

  it('counts only the wrong choices of a wrong multiple-choice answer', () => {
    const stats = itemStatistics(definitions, [answer('q2', false, ['unique']), answer('q2', false, ['unique', 'postit'])]);

    expect(stats[1]).toMatchObject({ successRate: 0, mostChosenWrong: { choiceId: 'postit', count: 1 } });
  });

  it('reads scenario steps, statements and H5P activities by their key, and says nothing of an item without answers', () => {
    const stats = itemStatistics(definitions, [
      answer('sc/debut', false, ['cliquer']),
      answer('vf/s2', true),
      answer('quiz', false, null, 'u1'),
      answer('quiz', true, null, 'u2'),
      answer('inconnu', true),
    ]);

    expect(stats.map((s) => [s.key, s.answers, s.successRate, s.mostChosenWrong?.choiceId ?? null])).toEqual([
      ['q1', 0, null, null],
      ['q2', 0, null, null],
      ['vf/s1', 0, null, null],
      ['vf/s2', 1, 100, null],
      ['sc/debut', 1, 0, 'cliquer'],
      ['quiz', 2, 50, null],
    ]);
  });
});

describe('plain text', () => {
  it('drops tags and decodes entities', () => {
    expect(htmlToText('<p>Un <strong>post-it</strong> &amp; un &#233;cran&nbsp;!</p>')).toBe('Un post-it & un écran\u00a0!');
  });

  it('shortens at a word with an ellipsis', () => {
    expect(excerpt('Une phrase bien trop longue pour tenir', 20)).toBe('Une phrase bien…');
    expect(excerpt('Courte', 20)).toBe('Courte');
  });
});
