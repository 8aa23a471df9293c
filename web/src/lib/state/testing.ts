import type { AnswerResult } from './player.svelte.ts';

type Overrides = Partial<Omit<AnswerResult, 'response' | 'solution'>> & {
  response?: Partial<AnswerResult['response']>;
  solution?: Partial<AnswerResult['solution']>;
};

/** An answer result as the api returns it, for unit tests: a correct single choice unless told otherwise. */
export function answerResult(elementId: string, overrides: Overrides = {}): AnswerResult {
  const { response, solution, ...rest } = overrides;
  return {
    __typename: 'AnswerResult',
    elementId,
    correct: true,
    graded: true,
    feedbackHtml: '<p>Bravo</p>',
    skillId: 'skill-1',
    nextStepId: null,
    quality: null,
    poll: null,
    ...rest,
    response: {
      __typename: 'AnswerResponse',
      choiceIds: null,
      text: null,
      order: null,
      pairs: null,
      value: null,
      rating: null,
      h5p: null,
      ...response,
    },
    solution: {
      __typename: 'Solution',
      choiceIds: null,
      acceptedAnswers: null,
      order: null,
      pairs: null,
      value: null,
      ...solution,
    },
  };
}
