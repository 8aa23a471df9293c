import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';

export interface AnonymousItemTotal {
  /** The item key, as answers store it (`q1`, `<elementId>/<itemId>`). */
  key: string;
  answers: number;
  correct: number;
  /** Per choice: how often taken, and how often within a wrong answer. */
  choices: { choiceId: string; chosen: number; chosenWhenWrong: number }[];
}

export interface AnonymousAttemptTotal {
  moduleId: string;
  started: number;
  completed: number;
}

/**
 * What erased learners leave behind: counts with no user id (issue 5), for statistics to add to
 * those of the learners still here. `organisationIds` narrows to a manager's scope; null is everything.
 */
@Injectable()
export class AnonymousAggregatesService {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async itemTotals(moduleVersionId: string, organisationIds: readonly string[] | null): Promise<AnonymousItemTotal[]> {
    const inScope = scopeFilter(organisationIds);
    const [items, choices] = await Promise.all([
      sql<{ key: string; answers: number; correct: number }>`
        SELECT item_key AS key, sum(answers)::int AS answers, sum(correct)::int AS correct
        FROM anonymous_item_answers WHERE module_version_id = ${moduleVersionId} AND ${inScope}
        GROUP BY item_key ORDER BY item_key`.execute(this.db),
      sql<{ key: string; choiceId: string; chosen: number; chosenWhenWrong: number }>`
        SELECT item_key AS key, choice_id AS "choiceId", sum(chosen)::int AS chosen, sum(chosen_when_wrong)::int AS "chosenWhenWrong"
        FROM anonymous_item_choices WHERE module_version_id = ${moduleVersionId} AND ${inScope}
        GROUP BY item_key, choice_id ORDER BY item_key, choice_id`.execute(this.db),
    ]);
    return items.rows.map((item) => ({
      ...item,
      choices: choices.rows
        .filter((c) => c.key === item.key)
        .map(({ choiceId, chosen, chosenWhenWrong }) => ({ choiceId, chosen, chosenWhenWrong })),
    }));
  }

  async attemptTotals(moduleIds: readonly string[], organisationIds: readonly string[] | null): Promise<AnonymousAttemptTotal[]> {
    if (moduleIds.length === 0) return [];
    const { rows } = await sql<AnonymousAttemptTotal>`
      SELECT module_id AS "moduleId", sum(started)::int AS started, sum(completed)::int AS completed
      FROM anonymous_module_attempts WHERE module_id = ANY(${[...moduleIds]}::uuid[]) AND ${scopeFilter(organisationIds)}
      GROUP BY module_id`.execute(this.db);
    return rows;
  }
}

function scopeFilter(organisationIds: readonly string[] | null) {
  return organisationIds === null ? sql`true` : sql`organisation_id = ANY(${[...organisationIds]}::uuid[])`;
}
