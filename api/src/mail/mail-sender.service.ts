import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import { SerialPass } from '../core/serial-pass.js';
import type { AppConfig } from '../core/config.js';
import { nextAttemptAfterFailure } from './backoff.js';
import { MailRepository, type OutboxRecord } from './mail.repository.js';

const POLL_MS = 15_000;
/** A sender that stops mid-send leaves its mail claimed this long; then another one retries it. */
const CLAIM_MS = 10 * 60_000;
const BATCH = 20;

/**
 * Sends the outbox through SMTP_URL (a worker started with the application when it is set). Each
 * mail is claimed by one sender (SKIP LOCKED), marked sent once the server accepted it, and retried
 * with a growing wait when it failed. A crash between sending and marking sends that mail again.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transport: Transporter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly passes = new SerialPass(() => this.sendBatches());

  constructor(
    private readonly repository: MailRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.mail.smtpUrl) return;
    this.timer = setInterval(() => void this.sendDue().catch((error: unknown) => this.logger.error(String(error))), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.passes.settled();
    this.transport?.close();
  }

  /** One pass: sends what is due and returns how many were sent. Does nothing without SMTP_URL. */
  sendDue(): Promise<number> {
    if (!this.config.mail.smtpUrl) return Promise.resolve(0);
    // One pass at a time in this instance; other instances are kept apart by the claim.
    return this.passes.run();
  }

  private async sendBatches(): Promise<number> {
    let sent = 0;
    for (;;) {
      const now = this.clock.now();
      const claimed = await this.repository.claimDue(now, new Date(now.getTime() + CLAIM_MS), BATCH);
      for (const mail of claimed) if (await this.send(mail)) sent += 1;
      if (claimed.length < BATCH) return sent;
    }
  }

  private async send(mail: OutboxRecord): Promise<boolean> {
    try {
      await this.transporter().sendMail({
        from: this.config.mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
          encoding: a.encoding,
        })),
      });
      await this.repository.markSent(mail.id, this.clock.now());
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const next = nextAttemptAfterFailure(this.clock.now(), mail.attempts);
      await this.repository.markFailed(mail.id, message.slice(0, 500), next);
      this.logger.warn(`mail ${mail.id} not sent (attempt ${mail.attempts})${next ? '' : ', giving up'}: ${message}`);
      return false;
    }
  }

  private transporter(): Transporter {
    this.transport ??= nodemailer.createTransport(this.config.mail.smtpUrl);
    return this.transport;
  }
}
