import { Module } from '@nestjs/common';
import { MailRepository } from './mail.repository.js';
import { MailResolver } from './mail.resolver.js';
import { MailSender } from './mail-sender.service.js';
import { MailService } from './mail.service.js';

/** The outbox (issue 5): features queue mail through MailService; MailSender sends it when SMTP_URL is set. */
@Module({
  providers: [MailRepository, MailService, MailSender, MailResolver],
  exports: [MailService, MailSender],
})
export class MailModule {}
