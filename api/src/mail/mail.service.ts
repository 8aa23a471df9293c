import { Injectable } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import { type Executor, MailRepository, type NewMail, type OutboxRecord } from './mail.repository.js';

export type { MailAttachment, NewMail, OutboxRecord } from './mail.repository.js';

export interface OutboxPage {
  nodes: OutboxRecord[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The one way the api sends mail: it is queued in the outbox, in the caller's transaction when it
 * has one, so a mail exists exactly when what caused it happened. MailSender sends it when SMTP_URL
 * is set; otherwise it stays there for admins to read.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly repository: MailRepository,
    private readonly clock: Clock,
  ) {}

  queue(mail: NewMail, executor?: Executor): Promise<string> {
    return this.repository.insertMail(mail, this.clock.now(), executor);
  }

  async outbox(first: number, after?: string): Promise<OutboxPage> {
    const rows = await this.repository.findMails(first + 1, after);
    const nodes = rows.slice(0, first);
    return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.at(-1)?.id ?? null } };
  }

  /** For a person's data export. */
  mailsTo(address: string, executor?: Executor): Promise<OutboxRecord[]> {
    return this.repository.findMailsTo(address, executor);
  }

  /** For an erasure, in its transaction. */
  forgetMailsTo(address: string, executor: Executor): Promise<number> {
    return this.repository.deleteMailsTo(address, executor);
  }
}
