import { Inject, Injectable } from '@nestjs/common';
import { type Transaction, sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';
import { PERSON_COLUMNS } from './personal-data.js';

type Trx = Transaction<DB>;
type Executor = Database | Trx;

export interface PersonToErase {
  id: string;
  email: string | null;
  identifier: string | null;
  displayName: string;
  locale: string;
  lastActiveAt: Date;
}

/**
 * The writes of an erasure, always inside the caller's transaction. Like the export, it reaches
 * every feature's tables: personal-data.ts lists them, and its test keeps that list complete.
 */
@Injectable()
export class ErasureRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (trx: Trx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(work);
  }

  /** Locks the account: a concurrent answer or sign-in waits, then finds no account. */
  lockPerson(userId: string, trx: Trx): Promise<PersonToErase | undefined> {
    return trx
      .selectFrom('users')
      .select(['id', 'email', 'identifier', 'display_name as displayName', 'locale', 'last_active_at as lastActiveAt'])
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
  }

  /** The organisations the person belongs to, by role or by cohort. */
  async findOrganisationsOf(userId: string, executor: Executor = this.db): Promise<string[]> {
    const { rows } = await sql<{ id: string }>`
      SELECT organisation_id AS id FROM memberships WHERE user_id = ${userId}
      UNION
      SELECT c.organisation_id FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id WHERE m.user_id = ${userId}`.execute(executor);
    return rows.map((r) => r.id);
  }

  /**
   * The one organisation the person's anonymous counts go to: the school of their first cohort,
   * else where they learn, else any; each answer is counted once, in one place.
   */
  async findHomeOrganisation(userId: string, executor: Executor = this.db): Promise<string | null> {
    const { rows } = await sql<{ id: string }>`
      SELECT id FROM (
        SELECT c.organisation_id AS id, 0 AS rank FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id WHERE m.user_id = ${userId}
        UNION ALL
        SELECT organisation_id, CASE role WHEN 'LEARNER' THEN 1 ELSE 2 END FROM memberships WHERE user_id = ${userId}
      ) o
      ORDER BY rank, id
      LIMIT 1`.execute(executor);
    return rows[0]?.id ?? null;
  }

  /** Adds the person's answers and attempts to the anonymous counts, before their rows go. */
  async foldIntoAggregates(userId: string, organisationId: string | null, trx: Trx): Promise<void> {
    await sql`
      INSERT INTO anonymous_item_answers AS t (module_version_id, item_key, organisation_id, answers, correct)
      SELECT at.module_version_id, a.element_id, ${organisationId}::uuid, count(*), count(*) FILTER (WHERE a.correct)
      FROM answers a JOIN attempts at ON at.id = a.attempt_id
      WHERE a.user_id = ${userId}
      GROUP BY at.module_version_id, a.element_id
      ON CONFLICT ON CONSTRAINT anonymous_item_answers_key
      DO UPDATE SET answers = t.answers + excluded.answers, correct = t.correct + excluded.correct`.execute(trx);
    await sql`
      INSERT INTO anonymous_item_choices AS t (module_version_id, item_key, organisation_id, choice_id, chosen, chosen_when_wrong)
      SELECT at.module_version_id, a.element_id, ${organisationId}::uuid, c.choice_id, count(*), count(*) FILTER (WHERE NOT a.correct)
      FROM answers a
      JOIN attempts at ON at.id = a.attempt_id
      CROSS JOIN LATERAL jsonb_array_elements_text(
        CASE WHEN jsonb_typeof(a.response->'choiceIds') = 'array' THEN a.response->'choiceIds' ELSE '[]'::jsonb END
      ) AS c(choice_id)
      WHERE a.user_id = ${userId}
      GROUP BY at.module_version_id, a.element_id, c.choice_id
      ON CONFLICT ON CONSTRAINT anonymous_item_choices_key
      DO UPDATE SET chosen = t.chosen + excluded.chosen, chosen_when_wrong = t.chosen_when_wrong + excluded.chosen_when_wrong`.execute(trx);
    await sql`
      INSERT INTO anonymous_module_attempts AS t (module_id, module_version_id, organisation_id, started, completed)
      SELECT module_id, module_version_id, ${organisationId}::uuid, count(*), count(*) FILTER (WHERE status = 'COMPLETED')
      FROM attempts
      WHERE user_id = ${userId}
      GROUP BY module_id, module_version_id
      ON CONFLICT ON CONSTRAINT anonymous_module_attempts_key
      DO UPDATE SET started = t.started + excluded.started, completed = t.completed + excluded.completed`.execute(trx);
    await sql`
      INSERT INTO anonymous_positioning_answers AS t (module_version_id, item_key, organisation_id, answers, correct, skipped)
      SELECT module_version_id, item_key, ${organisationId}::uuid, count(*), count(*) FILTER (WHERE correct), count(*) FILTER (WHERE skipped)
      FROM positioning_answers
      WHERE user_id = ${userId}
      GROUP BY module_version_id, item_key
      ON CONFLICT ON CONSTRAINT anonymous_positioning_answers_key
      DO UPDATE SET answers = t.answers + excluded.answers, correct = t.correct + excluded.correct, skipped = t.skipped + excluded.skipped`.execute(
      trx,
    );
  }

  /**
   * Audit details are written by every feature: any that names the person (their id, address or
   * identifier) loses its details; the entry and its action stay.
   */
  async redactAuditDetails(values: string[], trx: Trx): Promise<void> {
    if (values.length === 0) return;
    await sql`
      UPDATE audit_log SET details = '{"redacted": true}'::jsonb
      WHERE EXISTS (SELECT 1 FROM unnest(${values}::text[]) AS v(value) WHERE strpos(lower(details::text), lower(v.value)) > 0)`.execute(
      trx,
    );
  }

  async deleteSignInFailures(addresses: string[], trx: Trx): Promise<void> {
    if (addresses.length === 0) return;
    await trx
      .deleteFrom('sign_in_failures')
      .where(
        sql`lower(email)`,
        'in',
        addresses.map((a) => a.toLowerCase()),
      )
      .execute();
  }

  /** Detaches and deletes along personal-data.ts, then deletes the account itself. */
  async deletePerson(userId: string, trx: Trx): Promise<void> {
    for (const { table, column, erasure, erasedFlag } of PERSON_COLUMNS) {
      if (erasure === 'detach') {
        const flag = erasedFlag ? sql`, ${sql.ref(erasedFlag)} = true` : sql``;
        await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = NULL${flag} WHERE ${sql.ref(column)} = ${userId}`.execute(trx);
      } else {
        await sql`DELETE FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${userId}`.execute(trx);
      }
    }
    await trx.deleteFrom('users').where('id', '=', userId).execute();
  }
}
