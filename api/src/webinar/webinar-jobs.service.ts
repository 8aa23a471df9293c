import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../core/clock.js';
import { APP_CONFIG } from '../core/config.provider.js';
import { SerialPass } from '../core/serial-pass.js';
import type { AppConfig } from '../core/config.js';
import { AttendanceService } from './attendance.service.js';
import { RegistrationService } from './registration.service.js';
import { reminderStillUseful } from './webinar-time.js';
import { WebinarRepository } from './webinar.repository.js';

const POLL_MS = 15_000;
/** BigBlueButton is read once a minute while its room may be open. */
const ATTENDANCE_EVERY_MS = 60_000;
const RETRY_MS = 60_000;
const MAX_ATTEMPTS = 120;

export interface JobsPassResult {
  done: number;
}

/**
 * The durable jobs of webinars (issue 7), in PostgreSQL: reminders 24 h and 1 h before, and the
 * readings of a BigBlueButton room. A job is claimed with FOR UPDATE SKIP LOCKED and marked done in
 * the transaction that queues its mail, so it is done once even with several instances or a
 * restart in between. Every time comes from the Clock, so tests move it.
 */
@Injectable()
export class WebinarJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WebinarJobs');
  private timer: NodeJS.Timeout | undefined;
  private readonly passes = new SerialPass(() => this.pass());

  constructor(
    private readonly repository: WebinarRepository,
    private readonly registrations: RegistrationService,
    private readonly attendance: AttendanceService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.webinarJobs) return;
    this.timer = setInterval(() => void this.runDue().catch((error: unknown) => this.logger.error(String(error))), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.passes.settled();
  }

  /** One pass: does every job due now, one transaction each. */
  runDue(): Promise<JobsPassResult> {
    return this.passes.run();
  }

  private async pass(): Promise<JobsPassResult> {
    let done = 0;
    for (;;) {
      const worked = await this.repository.transaction(async (trx) => {
        const now = this.clock.now();
        const job = await this.repository.claimDueJob(now, trx);
        if (!job) return false;
        if (job.kind === 'ATTENDANCE') {
          try {
            const again = await this.attendance.readRoom(job.webinarId, trx);
            if (again) await this.repository.postponeJob(job.id, nextReading(new Date(job.runAt), now), null, trx);
            else await this.repository.finishJob(job.id, now, trx);
          } catch (error) {
            this.attendance.logFailure(job.webinarId, error);
            // A server that keeps failing is given up on after two hours of retries.
            if (job.attempts >= MAX_ATTEMPTS) await this.repository.finishJob(job.id, now, trx);
            else await this.repository.postponeJob(job.id, new Date(now.getTime() + RETRY_MS), String(error).slice(0, 500), trx);
          }
          return true;
        }
        const webinar = await this.repository.findWebinar(job.webinarId, trx);
        if (webinar && !webinar.cancelledAt && reminderStillUseful(job.kind, webinar.startsAt, now)) {
          await this.registrations.mailPeople(webinar, job.kind, { statuses: ['REGISTERED'] }, trx);
        }
        await this.repository.finishJob(job.id, now, trx);
        return true;
      });
      if (!worked) return { done };
      done += 1;
    }
  }
}

/**
 * The next reading of a room keeps the minute cadence planned from the first one (not from when this
 * one ran, which drifts later at each pass): the first minute mark after now; after a pause of the
 * worker, the readings start again on the same marks rather than catching up one after another.
 */
export function nextReading(plannedAt: Date, now: Date): Date {
  const elapsed = Math.max(0, now.getTime() - plannedAt.getTime());
  return new Date(plannedAt.getTime() + (Math.floor(elapsed / ATTENDANCE_EVERY_MS) + 1) * ATTENDANCE_EVERY_MS);
}
