import type { Express, Request, Response } from 'express';
import { DomainError } from '../core/errors.js';
import type { IdentityService } from '../identity/identity.service.js';
import { calendarFilename } from './calendar.js';
import type { RegistrationService } from './registration.service.js';

const WEBINAR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `GET /webinars/<id>/calendar.ics`: the webinar's calendar file, for a signed-in person who may see it (the web forwards /webinars). */
export function mountWebinarRoutes(app: Express, registrations: RegistrationService, identity: IdentityService): void {
  app.get('/webinars/:id/calendar.ics', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      const id = String(req.params.id);
      if (!WEBINAR_ID.test(id)) return void res.status(404).json({ error: { code: 'WEBINAR_NOT_FOUND' } });
      const me = await identity.userForRequest(req);
      if (!me) return void res.status(401).json({ error: { code: 'NOT_SIGNED_IN' } });
      const { webinar, ics } = await registrations.calendarFor(me, id);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${calendarFilename(webinar.title)}"`);
      res.send(ics);
    } catch (error) {
      if (error instanceof DomainError)
        return void res.status(error.kind === 'NOT_FOUND' ? 404 : 403).json({ error: { code: error.reason } });
      console.error('[webinar calendar]', error);
      res.status(500).json({ error: { code: 'INTERNAL' } });
    }
  });
}
