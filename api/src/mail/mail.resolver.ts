import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../core/auth.guard.js';
import { Role } from '../core/roles.js';
import type { OutboxRecord } from './mail.repository.js';
import { MailService } from './mail.service.js';
import { OutboxArgs, OutboxConnection, type OutboxMail } from './mail.types.js';

@Resolver()
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Roles(Role.ADMIN)
  @Query(() => OutboxConnection, { description: 'The mail the platform queued, newest first (admins).' })
  async outbox(@Args() args: OutboxArgs): Promise<OutboxConnection> {
    const page = await this.mail.outbox(args.first, args.after);
    return { nodes: page.nodes.map(toOutboxMail), pageInfo: page.pageInfo };
  }
}

function toOutboxMail(mail: OutboxRecord): OutboxMail {
  return {
    id: mail.id,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    attachmentNames: (mail.attachments ?? []).map((a) => a.filename),
    createdAt: mail.createdAt,
    sentAt: mail.sentAt,
    attempts: mail.attempts,
    lastError: mail.lastError,
    status: mail.sentAt ? 'SENT' : mail.nextAttemptAt ? 'QUEUED' : 'FAILED',
  };
}
