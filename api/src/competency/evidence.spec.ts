import { describe, expect, it } from 'vitest';
import { summariseEvidence } from './evidence.js';

describe('summariseEvidence', () => {
  it('counts a skill once, by its latest answer, and every answer of the competency', () => {
    const answers = [
      { skillId: '@mdp2', competencyCode: '4.1', correct: false },
      { skillId: '@mdp2', competencyCode: '4.1', correct: true },
      { skillId: '@phishing3', competencyCode: '4.1', correct: false },
      { skillId: '@photo2', competencyCode: '4.2', correct: true },
    ];

    const summary = summariseEvidence(answers);

    expect(summary).toEqual([
      { competencyCode: '4.1', skillsValidated: 1, skillsFailed: 1, answers: 3 },
      { competencyCode: '4.2', skillsValidated: 1, skillsFailed: 0, answers: 1 },
    ]);
  });

  it('orders competencies by code numerically', () => {
    const summary = summariseEvidence([
      { skillId: '@a1', competencyCode: '5.1', correct: true },
      { skillId: '@b1', competencyCode: '1.10', correct: true },
      { skillId: '@c1', competencyCode: '1.2', correct: true },
    ]);

    expect(summary.map((s) => s.competencyCode)).toEqual(['1.2', '1.10', '5.1']);
  });
});
