/** One answer as evidence: which skill of which competency, right or wrong. */
export interface AnswerEvidence {
  skillId: string;
  competencyCode: string;
  correct: boolean;
}

export interface CompetencyEvidenceSummary {
  competencyCode: string;
  skillsValidated: number;
  skillsFailed: number;
  answers: number;
}

/**
 * Evidence per competency, recomputed from answers: a skill is validated when its latest answer is
 * right, failed when its latest answer is wrong. Answers must be given oldest first.
 */
export function summariseEvidence(answers: AnswerEvidence[]): CompetencyEvidenceSummary[] {
  const latestBySkill = new Map<string, AnswerEvidence>();
  const answersByCompetency = new Map<string, number>();
  for (const answer of answers) {
    latestBySkill.set(answer.skillId, answer);
    answersByCompetency.set(answer.competencyCode, (answersByCompetency.get(answer.competencyCode) ?? 0) + 1);
  }
  const summaries = new Map<string, CompetencyEvidenceSummary>();
  for (const answer of latestBySkill.values()) {
    const summary = summaries.get(answer.competencyCode) ?? {
      competencyCode: answer.competencyCode,
      skillsValidated: 0,
      skillsFailed: 0,
      answers: answersByCompetency.get(answer.competencyCode) ?? 0,
    };
    if (answer.correct) summary.skillsValidated += 1;
    else summary.skillsFailed += 1;
    summaries.set(answer.competencyCode, summary);
  }
  return [...summaries.values()].sort((a, b) => a.competencyCode.localeCompare(b.competencyCode, 'fr', { numeric: true }));
}
