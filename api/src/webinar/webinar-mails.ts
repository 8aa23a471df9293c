import type { MailAttachment, NewMail } from '../mail/mail.service.js';
import { calendarFilename } from './calendar.js';
import { parisDateTime } from './webinar-time.js';

export type WebinarMailKind = 'CONFIRMED' | 'WAITLISTED' | 'PROMOTED' | 'REMINDER_24H' | 'REMINDER_1H' | 'WEBINAR_CANCELLED';

export interface WebinarMailInput {
  kind: WebinarMailKind;
  to: string;
  displayName: string;
  locale: string;
  title: string;
  startsAt: Date;
  pageUrl: string;
  /** The .ics file, attached to the mails that give or recall a place. */
  calendar?: string;
}

const FR: Record<WebinarMailKind, (title: string, when: string) => { subject: string; lines: string[] }> = {
  CONFIRMED: (title, when) => ({
    subject: `Inscription confirmée\u00a0: ${title}`,
    lines: [`Votre inscription au webinaire « ${title} » est confirmée.`, `Il aura lieu le ${when} (heure de Paris).`],
  }),
  WAITLISTED: (title, when) => ({
    subject: `Liste d’attente\u00a0: ${title}`,
    lines: [
      `Le webinaire « ${title} » du ${when} est complet\u00a0: vous êtes sur la liste d’attente.`,
      'Si une place se libère, vous serez inscrit automatiquement et prévenu par e-mail.',
    ],
  }),
  PROMOTED: (title, when) => ({
    subject: `Une place s’est libérée\u00a0: ${title}`,
    lines: [`Une place s’est libérée\u00a0: vous êtes inscrit au webinaire « ${title} ».`, `Il aura lieu le ${when} (heure de Paris).`],
  }),
  REMINDER_24H: (title, when) => ({
    subject: `Demain\u00a0: ${title}`,
    lines: [`Rappel\u00a0: le webinaire « ${title} » a lieu demain, le ${when}.`],
  }),
  REMINDER_1H: (title, when) => ({
    subject: `Dans une heure\u00a0: ${title}`,
    lines: [
      `Rappel\u00a0: le webinaire « ${title} » commence dans une heure, le ${when}.`,
      'Le bouton « Rejoindre » s’ouvre 15 minutes avant.',
    ],
  }),
  WEBINAR_CANCELLED: (title, when) => ({
    subject: `Webinaire annulé\u00a0: ${title}`,
    lines: [`Le webinaire « ${title} » prévu le ${when} est annulé.`],
  }),
};

const EN: typeof FR = {
  CONFIRMED: (title, when) => ({
    subject: `Registration confirmed: ${title}`,
    lines: [`Your registration for the webinar “${title}” is confirmed.`, `It takes place on ${when}.`],
  }),
  WAITLISTED: (title, when) => ({
    subject: `Waiting list: ${title}`,
    lines: [
      `The webinar “${title}” on ${when} is full: you are on the waiting list.`,
      'If a place frees up, you will be registered automatically and told by e-mail.',
    ],
  }),
  PROMOTED: (title, when) => ({
    subject: `A place freed up: ${title}`,
    lines: [`A place freed up: you are registered for the webinar “${title}”.`, `It takes place on ${when}.`],
  }),
  REMINDER_24H: (title, when) => ({
    subject: `Tomorrow: ${title}`,
    lines: [`Reminder: the webinar “${title}” takes place tomorrow, ${when}.`],
  }),
  REMINDER_1H: (title, when) => ({
    subject: `In one hour: ${title}`,
    lines: [`Reminder: the webinar “${title}” starts in one hour, ${when}.`, 'The “Join” button opens 15 minutes before.'],
  }),
  WEBINAR_CANCELLED: (title, when) => ({
    subject: `Webinar cancelled: ${title}`,
    lines: [`The webinar “${title}” planned on ${when} is cancelled.`],
  }),
};

/** A mail about a webinar, in the person's language (French first), with the calendar file when there is one. */
export function webinarMail(input: WebinarMailInput): NewMail {
  const english = input.locale === 'en';
  const { subject, lines } = (english ? EN : FR)[input.kind](input.title, parisDateTime(input.startsAt, input.locale));
  const attachments: MailAttachment[] = input.calendar
    ? [{ filename: calendarFilename(input.title), contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: input.calendar }]
    : [];
  return {
    to: input.to,
    subject: `${english ? 'Continuité: ' : 'Continuité\u00a0: '}${subject}`,
    text: [
      english ? `Hello ${input.displayName},` : `Bonjour ${input.displayName},`,
      '',
      ...lines,
      '',
      english ? `The webinar’s page: ${input.pageUrl}` : `La page du webinaire\u00a0: ${input.pageUrl}`,
      '',
      'Continuité',
    ].join('\n'),
    attachments,
  };
}
