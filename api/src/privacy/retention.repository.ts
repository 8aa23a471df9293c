import { Injectable } from '@nestjs/common';
import { type Transaction, sql } from 'kysely';
import type { DB } from '../database/schema.js';
import type { RetentionCutoffs } from './retention.js';

type Trx = Transaction<DB>;

export interface NoticeCandidate {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  lastActiveAt: Date;
}

/**
 * The reads of a retention pass. Candidates are locked with SKIP LOCKED, inside the caller's
 * transaction: several api instances running the pass each take other accounts, never the same.
 */
@Injectable()
export class RetentionRepository {
  /** Accounts with an e-mail close to erasure that have no notice since their last activity. */
  async claimNoticeCandidates(cutoffs: RetentionCutoffs, limit: number, trx: Trx): Promise<NoticeCandidate[]> {
    const { rows } = await sql<NoticeCandidate>`
      SELECT u.id, u.email, u.display_name AS "displayName", u.locale, u.last_active_at AS "lastActiveAt"
      FROM users u
      WHERE u.email IS NOT NULL
        AND u.last_active_at < ${cutoffs.noticeInactiveSince}
        AND NOT EXISTS (SELECT 1 FROM retention_notices n WHERE n.user_id = u.id AND n.sent_at >= u.last_active_at)
      ORDER BY u.last_active_at
      LIMIT ${limit}
      FOR UPDATE OF u SKIP LOCKED`.execute(trx);
    return rows;
  }

  async upsertNotice(userId: string, sentAt: Date, trx: Trx): Promise<void> {
    await trx
      .insertInto('retention_notices')
      .values({ user_id: userId, sent_at: sentAt })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ sent_at: sentAt }))
      .execute();
  }

  /**
   * Accounts inactive past the retention period whose notice (sent after their last activity, a
   * full notice period ago) went unanswered; accounts without an e-mail cannot be told and go at once.
   */
  async claimErasureCandidates(cutoffs: RetentionCutoffs, limit: number, trx: Trx): Promise<string[]> {
    const { rows } = await sql<{ id: string }>`
      SELECT u.id
      FROM users u
      WHERE u.last_active_at < ${cutoffs.eraseInactiveSince}
        AND (u.email IS NULL OR EXISTS (
          SELECT 1 FROM retention_notices n
          WHERE n.user_id = u.id AND n.sent_at >= u.last_active_at AND n.sent_at <= ${cutoffs.noticeSentBefore}))
      ORDER BY u.last_active_at
      LIMIT ${limit}
      FOR UPDATE OF u SKIP LOCKED`.execute(trx);
    return rows.map((r) => r.id);
  }
}
