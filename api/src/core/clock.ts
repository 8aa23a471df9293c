import { Inject, Injectable } from '@nestjs/common';
import type { Express, Request, Response } from 'express';
import { APP_CONFIG } from './config.provider.js';
import type { AppConfig } from './config.js';

/**
 * The time the api reasons with (review due dates, positioning times). It is the system time, moved
 * by an offset that only a test build can change (TEST_CLOCK=on, refused in production): an
 * end-to-end test sets it to "tomorrow" to see the next day's review.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** For tests only (see mountTestClock): moves the clock to a given instant. */
  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  /** `PUT /__test__/clock {"now": "<ISO date>"}` moves the clock; only when the config allows it. */
  mountTestRoute(app: Express): void {
    if (!this.config.testClock) return;
    app.put('/__test__/clock', (req: Request, res: Response) => {
      const at = new Date(String((req.body as { now?: unknown } | undefined)?.now));
      if (Number.isNaN(at.getTime())) {
        res.status(400).json({ error: 'now must be an ISO date' });
        return;
      }
      this.set(at);
      res.json({ now: this.now().toISOString() });
    });
  }
}
