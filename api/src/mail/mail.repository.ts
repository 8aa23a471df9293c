import { Inject, Injectable } from '@nestjs/common';
import { type Transaction, sql } from 'kysely';
import { DATABASE, type Database } from '../database/database.js';
import type { DB } from '../database/schema.js';

export type Executor = Database | Transaction<DB>;

/** A file sent with a mail (a calendar invitation, say): text as is, or binary in base64. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
  encoding?: 'base64';
}

export interface NewMail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface OutboxRecord {
  id: string;
  to: string;
  subject: string;
  text: string;
  attachments: MailAttachment[] | null;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
}

@Injectable()
export class MailRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private selectMail(executor: Executor = this.db) {
    return executor
      .selectFrom('mail_outbox')
      .select([
        sql<string>`id::text`.as('id'),
        'to_address as to',
        'subject',
        'text_body as text',
        'attachments',
        'created_at as createdAt',
        'sent_at as sentAt',
        'attempts',
        'last_error as lastError',
        'next_attempt_at as nextAttemptAt',
      ])
      .$narrowType<{ attachments: MailAttachment[] | null }>();
  }

  async insertMail(mail: NewMail, at: Date, executor: Executor = this.db): Promise<string> {
    const row = await executor
      .insertInto('mail_outbox')
      .values({
        to_address: mail.to,
        subject: mail.subject,
        text_body: mail.text,
        attachments: mail.attachments?.length ? JSON.stringify(mail.attachments) : null,
        created_at: at,
        next_attempt_at: at,
      })
      .returning(sql<string>`id::text`.as('id'))
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Newest first; `after` is the id of the last mail of the previous page. */
  findMails(limit: number, after?: string): Promise<OutboxRecord[]> {
    let query = this.selectMail().orderBy('id', 'desc').limit(limit);
    if (after) query = query.where('id', '<', after);
    return query.execute();
  }

  findMailsTo(address: string, executor: Executor = this.db): Promise<OutboxRecord[]> {
    return this.selectMail(executor)
      .where(sql`lower(to_address)`, '=', address.toLowerCase())
      .orderBy('id')
      .execute();
  }

  /**
   * Claims mail that is due, for one sender: the rows are locked while claimed (SKIP LOCKED, so
   * several api instances share the work) and their next attempt moves to `leaseUntil`, so no
   * other sender takes them while this one sends.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<OutboxRecord[]> {
    const { rows } = await sql<{ id: string }>`
      UPDATE mail_outbox SET next_attempt_at = ${leaseUntil}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM mail_outbox
        WHERE sent_at IS NULL AND next_attempt_at <= ${now}
        ORDER BY next_attempt_at, id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id::text AS id`.execute(this.db);
    if (rows.length === 0) return [];
    return this.selectMail()
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('id')
      .execute();
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.db.updateTable('mail_outbox').set({ sent_at: at, next_attempt_at: null, last_error: null }).where('id', '=', id).execute();
  }

  async markFailed(id: string, error: string, nextAttemptAt: Date | null): Promise<void> {
    await this.db.updateTable('mail_outbox').set({ last_error: error, next_attempt_at: nextAttemptAt }).where('id', '=', id).execute();
  }

  /** Erasure: mail to a person holds their address and often their name. */
  async deleteMailsTo(address: string, executor: Executor): Promise<number> {
    const result = await executor
      .deleteFrom('mail_outbox')
      .where(sql`lower(to_address)`, '=', address.toLowerCase())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
