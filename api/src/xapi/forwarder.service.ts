import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PseudonymKey } from '../analytics/pseudonym-key.js';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import { SerialPass } from '../core/serial-pass.js';
import type { AppConfig } from '../core/config.js';
import { sendStatements } from './forwarding-http.js';
import { FORWARD_BATCH, retryAfterFailure } from './forwarding-rules.js';
import { type ClaimedForwarding, ForwardingRepository } from './forwarding.repository.js';
import { openSecret, secretKey } from './secret-box.js';
import { StatementsRepository } from './statements.repository.js';

const POLL_MS = 5_000;
/** A worker that stops mid-send leaves its destination held this long; then another one takes it up. */
const LEASE_MS = 2 * 60_000;
/** Batches sent to one destination before the worker turns to the next (each gets its turn). */
const BATCHES_PER_TURN = 50;

export interface ForwardingPass {
  /** Statements the other sides accepted in this pass. */
  sent: number;
  /** Sends that failed (each will be retried with a growing wait). */
  failures: number;
}

/**
 * Forwards each organisation's statements (its own and its descendants') to the external LRS its
 * admin set (issue 8). A destination is claimed by one worker (SKIP LOCKED, then a lease); its
 * statements go in batches in (tx_id, seq) order; the position moves only past what the other side
 * accepted, so a failure sends the same batch again later (after 30 s, doubling up to 1 h) and nothing
 * is skipped. A worker that dies between the other side's answer and moving the position sends that
 * batch once more: the other side finds the ids it has and stores nothing twice.
 */
@Injectable()
export class XapiForwarder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('XapiForwarder');
  private timer: NodeJS.Timeout | undefined;
  private readonly passes = new SerialPass(() => this.pass());

  constructor(
    private readonly repository: ForwardingRepository,
    private readonly statements: StatementsRepository,
    private readonly pseudonymKey: PseudonymKey,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.xapi.jobs) return;
    this.timer = setInterval(() => void this.runOnce().catch((error: unknown) => this.logger.error(String(error))), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.passes.settled();
  }

  /** One pass over every destination due now. A pass already under way in this instance is waited for, then another runs. */
  runOnce(): Promise<ForwardingPass> {
    return this.passes.run();
  }

  private async pass(): Promise<ForwardingPass> {
    const total: ForwardingPass = { sent: 0, failures: 0 };
    const started = this.clock.now();
    for (;;) {
      const leaseId = randomUUID();
      const destination = await this.repository.claimDue(started, leaseId, new Date(this.clock.now().getTime() + LEASE_MS));
      if (!destination) return total;
      const turn = await this.forward(destination).catch(async (error: unknown) => {
        // Not the other side's doing (a secret the server key no longer opens, the database): retried the same way.
        const message = error instanceof Error ? error.message : String(error);
        await this.repository.markFailed(
          destination.id,
          destination.leaseId,
          message.slice(0, 500),
          retryAfterFailure(this.clock.now(), destination.failures + 1),
        );
        this.logger.error(`forwarding ${destination.id} failed: ${message}`);
        return { sent: 0, failures: 1 };
      });
      total.sent += turn.sent;
      total.failures += turn.failures;
    }
  }

  private async forward(destination: ClaimedForwarding): Promise<ForwardingPass> {
    const secret = openSecret(secretKey(await this.pseudonymKey.get()), destination.secretEncrypted);
    let position = { tx: destination.sentTx, seq: destination.sentSeq };
    let sent = 0;
    for (let turn = 0; turn < BATCHES_PER_TURN; turn++) {
      const rows = await this.repository.findStatementsAfter(destination.organisationId, position, FORWARD_BATCH);
      if (rows.length === 0) break;
      const attachments = await this.statements.findAttachments(rows.map((r) => r.seq));
      const batch = rows.map((r) => ({ statement: r.statement, attachments: attachments.filter((a) => a.seq === r.seq) }));
      const outcome = await sendStatements({ endpoint: destination.endpoint, key: destination.key, secret }, batch);
      for (const id of outcome.conflicts) {
        this.logger.warn(`forwarding ${destination.id}: the other LRS holds ${id} with another content; left as it is there`);
      }
      if (outcome.delivered > 0) {
        position = { tx: rows[outcome.delivered - 1]!.tx, seq: rows[outcome.delivered - 1]!.seq };
        const kept = await this.repository.markSent(destination.id, destination.leaseId, position, outcome.delivered, this.clock.now());
        if (!kept) return { sent, failures: 0 };
        sent += outcome.delivered;
        destination.failures = 0;
      }
      if (outcome.error !== undefined) {
        const next = retryAfterFailure(this.clock.now(), destination.failures + 1);
        await this.repository.markFailed(destination.id, destination.leaseId, outcome.error.slice(0, 500), next);
        this.logger.warn(
          `forwarding ${destination.id} failed (${destination.failures + 1} in a row), next try ${next.toISOString()}: ${outcome.error}`,
        );
        return { sent, failures: 1 };
      }
      if (rows.length < FORWARD_BATCH) break;
    }
    await this.repository.release(destination.id, destination.leaseId, new Date(this.clock.now().getTime() + 1));
    return { sent, failures: 0 };
  }
}
