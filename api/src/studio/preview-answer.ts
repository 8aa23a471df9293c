import type { ContentModule } from '@continuite/schemas/content';
import { renderMarkdown } from '../catalogue/render.js';
import { InvalidResponse, type RawResponse } from '../learning/correction.js';
import { correctItem, findItem, ItemNotFound, NotAnswerable } from '../learning/items.js';
import { LearningErrors } from '../learning/learning.errors.js';
import type { AnswerResult } from '../learning/learning.types.js';

/**
 * The result a learner would get for this answer, corrected by the learning feature's own rules on
 * the draft: the preview plays each activity to the end (feedback, solution, scenario branches).
 * Nothing is stored; a poll counts only this answer.
 */
export function previewAnswer(module: ContentModule, secret: string, key: string, raw: RawResponse): AnswerResult {
  let item;
  try {
    item = findItem(module, key);
  } catch (error) {
    if (error instanceof ItemNotFound) throw LearningErrors.elementNotFound();
    if (error instanceof NotAnswerable) throw LearningErrors.notAnswerable();
    throw error;
  }
  let correction;
  try {
    correction = correctItem(item, raw, secret);
  } catch (error) {
    if (error instanceof InvalidResponse) throw LearningErrors.invalidResponse(error.message);
    throw error;
  }
  const chosen = 'choiceIds' in correction.response ? correction.response.choiceIds : [];
  return {
    elementId: item.key,
    graded: correction.graded,
    correct: correction.correct,
    feedbackHtml: correction.feedbackMarkdown ? renderMarkdown(correction.feedbackMarkdown) : '',
    response: correction.response,
    solution: correction.solution,
    skillId: correction.skillId,
    nextStepId: correction.nextStepId ?? null,
    quality: correction.quality ?? null,
    poll:
      item.kind === 'poll'
        ? {
            total: 1,
            choices: item.element.choices.map((c) => {
              const count = chosen.includes(c.id) ? 1 : 0;
              return { choiceId: c.id, count, percent: count * 100 };
            }),
          }
        : null,
  } as AnswerResult;
}
