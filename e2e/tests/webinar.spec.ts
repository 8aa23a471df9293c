import fs from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { E2E_API_PORT, E2E_WEB_PORT } from '../playwright.config.js';
import { ADMIN, learnerFor, webinarHostFor } from './accounts.js';
import { expectAccessible } from './a11y.js';
import { curriculum } from './curriculum.js';

const WEB = `http://localhost:${E2E_WEB_PORT}`;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The follow-up micro-lesson offered after the webinar. */
const followUp = curriculum().find((m) => m.slug === 'double-authentification')!;

interface Account {
  email: string;
  password: string;
  name: string;
}

/** Moves the api's clock (TEST_CLOCK=on in global-setup): reminders fall due, the room opens, the webinar ends. */
async function setApiClock(page: Page, at: Date): Promise<void> {
  const response = await page.request.put(`http://127.0.0.1:${E2E_API_PORT}/__test__/clock`, { data: { now: at.toISOString() } });
  expect(response.ok()).toBe(true);
}

async function signedIn(browser: Browser, account: Account): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${account.name}` })).toBeVisible();
  return page;
}

/** A GraphQL operation sent as the page's signed-in person (mutations carry our Origin, as the web's do). */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables }, headers: { origin: WEB } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

interface Mail {
  to: string;
  subject: string;
  text: string;
  attachmentNames: string[];
}

/** The mail the platform queued for these people (the admin's outbox, newest first). */
async function mailTo(admin: Page, emails: string[]): Promise<Mail[]> {
  const data = await graphql<{ outbox: { nodes: Mail[] } }>(
    admin,
    'query { outbox(first: 100) { nodes { to subject text attachmentNames } } }',
  );
  return data.outbox.nodes.filter((m) => emails.includes(m.to));
}

/** The instant a wall-clock date and time in Paris stand for (the offset is that of the day). */
function parisInstant(date: string, time: string): Date {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const inParis = new Date(new Date(guess).toLocaleString('en-US', { timeZone: 'Europe/Paris' }));
  const inUtc = new Date(new Date(guess).toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess - (inParis.getTime() - inUtc.getTime()));
}

const icsTime = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

test.use({ actionTimeout: 20_000 });

test.afterEach(async ({ page }) => {
  await setApiClock(page, new Date());
});

test('a trainer schedules a webinar for a class, learners register with a waiting list, get mail and reminders, meet live, and find the follow-up', async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const project = testInfo.project.name;
  const host = webinarHostFor(testInfo);
  const ines = learnerFor(testInfo, 'webinar-a');
  const hugo = learnerFor(testInfo, 'webinar-b');
  const zoe = learnerFor(testInfo, 'webinar-c');
  const title = `Mots de passe : les bons réflexes (${project})`;
  const cohortName = `Webinaire ${project}`;
  // Three days ahead, 14:00 to 15:00 in Paris.
  const day = new Date(Date.now() + 3 * 24 * HOUR).toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });
  const startsAt = parisInstant(day, '14:00');

  // 0. The trainer (also the school's manager) puts the three learners in a class.
  const trainer = await signedIn(browser, host);
  const { managedOrganisations } = await graphql<{ managedOrganisations: { id: string; name: string }[] }>(
    trainer,
    'query { managedOrganisations { id name } }',
  );
  const school = managedOrganisations.find((o) => o.name === host.school.name)!;
  const csv = [
    'Nom;Prénom;Identifiant;Courriel;Classe;Profil',
    ...[ines, hugo, zoe].map((l) => `${l.name.split(' ')[1]};${l.name.split(' ')[0]};;${l.email};${cohortName};Élève`),
  ].join('\r\n');
  const { importPeople } = await graphql<{ importPeople: { cohortsCreated: string[] } }>(
    trainer,
    'mutation ($input: PeopleImportInput!) { importPeople(input: $input) { cohortsCreated } }',
    { input: { organisationId: school.id, csv } },
  );
  expect(importPeople.cohortsCreated).toEqual([cohortName]);

  // 1. The trainer schedules the webinar from the studio: 2 places for a class of 3.
  await trainer.goto('/studio');
  await trainer.getByTestId('studio-webinars').click();
  await expect(trainer.getByRole('heading', { level: 1, name: 'Mes webinaires' })).toBeVisible();
  await expectAccessible(trainer, 'trainer webinars');
  await trainer.getByTestId('webinar-new').click();
  await expect(trainer.getByRole('heading', { level: 1, name: 'Programmer un webinaire' })).toBeVisible();
  await trainer.getByLabel('Organisation', { exact: true }).selectOption({ label: host.school.name });
  await trainer.getByLabel('Titre').fill(title);
  await trainer
    .getByLabel('Présentation', { exact: true })
    .fill('Choisir une phrase de passe, utiliser un gestionnaire, activer la double authentification.');
  await trainer.getByLabel('Date', { exact: true }).fill(day);
  await trainer.getByLabel('Début').fill('14:00');
  await trainer.getByLabel('Fin', { exact: true }).fill('13:00');
  await trainer.getByLabel('Nombre de places').fill('2');
  await trainer.getByLabel(cohortName).check();
  await trainer.getByLabel('Adresse de la salle').fill(`${WEB}/salle-visio-e2e`);
  await trainer.getByLabel('Micro-leçon de suivi (facultatif)').selectOption({ label: followUp.title });
  await trainer.getByLabel('Seuil de présence (minutes)').fill('30');
  // A mistake is shown beside its field, and the form keeps what was typed.
  await trainer.getByTestId('webinar-form-submit').click();
  await expect(trainer.getByTestId('webinar-form-errors')).toBeFocused();
  await expect(trainer.getByText('La fin doit venir après le début.')).toBeVisible();
  await expectAccessible(trainer, 'schedule form with an error');
  await trainer.getByLabel('Fin', { exact: true }).fill('15:00');
  await trainer.getByTestId('webinar-form-submit').click();
  await expect(trainer.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(trainer.getByTestId('webinar-scheduled')).toBeVisible();
  await expect(trainer.getByTestId('webinar-registrations')).toHaveText('0 inscrits sur 2 places, 0 en liste d’attente');
  const webinarUrl = trainer.url();
  const webinarId = webinarUrl.split('/').at(-1)!;
  await expectAccessible(trainer, 'trainer webinar page');

  // 2. Inès and Hugo take the two places; Zoé goes on the waiting list.
  const inesPage = await signedIn(browser, ines);
  await inesPage.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Webinaires' }).click();
  await expect(inesPage.getByRole('heading', { level: 1, name: 'Webinaires' })).toBeVisible();
  await expect(inesPage.getByTestId('upcoming-webinars')).toContainText(title);
  await expect(inesPage.getByTestId('upcoming-webinars')).toContainText('(heure de Paris)');
  await expectAccessible(inesPage, 'webinar list');
  await inesPage.getByRole('link', { name: title }).click();
  await expect(inesPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(inesPage, 'webinar page');
  await inesPage.getByTestId('webinar-register').click();
  await expect(inesPage.getByTestId('webinar-my-status')).toContainText('Votre inscription est confirmée');

  const hugoPage = await signedIn(browser, hugo);
  await hugoPage.goto(`/webinaires/${webinarId}`);
  await hugoPage.getByTestId('webinar-register').click();
  await expect(hugoPage.getByTestId('webinar-my-status')).toContainText('Votre inscription est confirmée');

  const zoePage = await signedIn(browser, zoe);
  await zoePage.goto(`/webinaires/${webinarId}`);
  await expect(zoePage.getByTestId('webinar-register')).toHaveText('M’inscrire sur la liste d’attente');
  await zoePage.getByTestId('webinar-register').click();
  await expect(zoePage.getByTestId('webinar-my-status')).toContainText('vous êtes en position 1 sur la liste d’attente');
  await expectAccessible(zoePage, 'webinar page, waiting list');

  // Hugo cancels: Zoé is promoted.
  await hugoPage.getByTestId('webinar-cancel').click();
  await expect(hugoPage.getByTestId('webinar-action-status')).toHaveText('Votre inscription est annulée.');
  await zoePage.reload();
  await expect(zoePage.getByTestId('webinar-my-status')).toContainText('Votre inscription est confirmée');
  await trainer.reload();
  await expect(trainer.getByTestId('webinar-registrations')).toHaveText('2 inscrits sur 2 places, 0 en liste d’attente');

  // 3. The calendar file: a valid iCalendar event at 14:00 in Paris, written in UTC.
  const download = inesPage.waitForEvent('download');
  await inesPage.getByTestId('webinar-calendar').click();
  const ics = fs.readFileSync((await (await download).path())!, 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toMatch(new RegExp(`DTSTART:${icsTime(startsAt)}\\r?\\n`));
  expect(ics).toMatch(new RegExp(`DTEND:${icsTime(new Date(startsAt.getTime() + HOUR))}\\r?\\n`));
  expect(ics).toMatch(/END:VCALENDAR\s*$/);

  // 4. The mail: confirmations with the calendar file attached, the waiting list, the promotion.
  const admin = await signedIn(browser, ADMIN);
  const people = [ines.email, hugo.email, zoe.email];
  const mails = await mailTo(admin, people);
  const confirmation = mails.find((m) => m.to === ines.email && m.subject.includes('Inscription confirmée'))!;
  expect(confirmation).toBeDefined();
  expect(confirmation.subject).toContain(title);
  expect(confirmation.attachmentNames).toEqual([expect.stringMatching(/\.ics$/)]);
  expect(confirmation.text).toContain('14:00');
  expect(mails.some((m) => m.to === zoe.email && m.subject.includes('Liste d’attente'))).toBe(true);
  const promoted = mails.find((m) => m.to === zoe.email && m.subject.includes('Une place s’est libérée'))!;
  expect(promoted.attachmentNames).toEqual([expect.stringMatching(/\.ics$/)]);

  // 5. The reminders, 24 hours and 1 hour before, to those holding a place.
  await setApiClock(page, new Date(startsAt.getTime() - 24 * HOUR + MINUTE));
  await expect
    .poll(
      async () =>
        (await mailTo(admin, people))
          .filter((m) => m.subject.includes('Demain'))
          .map((m) => m.to)
          .sort(),
      { timeout: 45_000 },
    )
    .toEqual([ines.email, zoe.email].sort());
  await setApiClock(page, new Date(startsAt.getTime() - HOUR + MINUTE));
  await expect
    .poll(
      async () =>
        (await mailTo(admin, people))
          .filter((m) => m.subject.includes('Dans une heure'))
          .map((m) => m.to)
          .sort(),
      {
        timeout: 45_000,
      },
    )
    .toEqual([ines.email, zoe.email].sort());
  const reminder = (await mailTo(admin, [ines.email])).find((m) => m.subject.includes('Dans une heure'))!;
  expect(reminder.attachmentNames).toEqual([expect.stringMatching(/\.ics$/)]);

  // 6. Fifteen minutes before, the join button opens; pressing it counts Inès as having joined.
  await inesPage.reload();
  await expect(inesPage.getByTestId('webinar-join-later')).toBeVisible();
  await setApiClock(page, new Date(startsAt.getTime() - 10 * MINUTE));
  await inesPage.reload();
  const room = inesPage.waitForEvent('popup');
  await inesPage.getByTestId('webinar-join').click();
  expect((await room).url()).toContain('/salle-visio-e2e');
  await (await room).close();

  // 7. Live: the trainer runs the session; Inès asks, Zoé upvotes, the trainer sees it arrive and answers.
  await setApiClock(page, new Date(startsAt.getTime() + 5 * MINUTE));
  await trainer.goto(webinarUrl);
  await trainer.getByTestId('webinar-moderate').click();
  await expect(trainer.getByRole('heading', { level: 1, name: `Animer : ${title}` })).toBeVisible();
  await expect(trainer.getByTestId('live-connection')).toHaveAttribute('data-state', 'online');

  await inesPage.getByTestId('webinar-live-link').click();
  await expect(inesPage.getByRole('heading', { level: 1, name: `En direct : ${title}` })).toBeVisible();
  await expect(inesPage.getByTestId('live-connection')).toHaveAttribute('data-state', 'online');
  const question = 'Un gestionnaire de mots de passe est-il autorisé sur les postes du collège ?';
  await inesPage.getByLabel('Votre question').fill(question);
  await inesPage.getByRole('button', { name: 'Poser la question' }).click();
  await expect(inesPage.getByTestId('open-questions')).toContainText(question);

  const trainerQuestion = trainer.getByTestId('open-questions').getByTestId('live-question').filter({ hasText: question });
  await expect(trainerQuestion).toBeVisible();
  await expect(trainer.getByTestId('live-announcer')).toContainText(question);

  await zoePage.goto(`/webinaires/${webinarId}/direct`);
  await expect(zoePage.getByTestId('live-connection')).toHaveAttribute('data-state', 'online');
  await expectAccessible(zoePage, 'live page');
  await zoePage.getByRole('button', { name: `Je soutiens : ${question}` }).click();
  await expect(zoePage.getByRole('button', { name: `Soutenue : ${question}` })).toBeDisabled();
  await expect(trainerQuestion.getByTestId('question-upvotes')).toHaveText('1 soutien');
  await expect(inesPage.getByTestId('open-questions').getByTestId('question-upvotes')).toHaveText('1 soutien');
  await expectAccessible(trainer, 'live moderation');

  await trainerQuestion.getByRole('button', { name: /Marquer comme répondue/ }).click();
  await expect(trainer.getByTestId('answered-questions')).toContainText(question);
  await expect(inesPage.getByTestId('answered-questions')).toContainText(question);

  // A question sent while the network is gone waits on the page and goes once it is back.
  const zoeContext = zoePage.context();
  await zoeContext.setOffline(true);
  const second = 'Et pour les élèves de sixième ?';
  await zoePage.getByLabel('Votre question').fill(second);
  await zoePage.getByRole('button', { name: 'Poser la question' }).click();
  await expect(zoePage.getByTestId('pending-questions')).toContainText(second);
  await zoeContext.setOffline(false);
  await expect(zoePage.getByTestId('pending-questions')).toHaveCount(0, { timeout: 20_000 });
  await expect(trainer.getByTestId('open-questions')).toContainText(second);
  await expect(zoePage.getByTestId('live-connection')).toHaveAttribute('data-state', 'online', { timeout: 30_000 });

  // 8. A poll: launched by the trainer, answered by both learners, results seen live, then closed.
  const launch = trainer.getByTestId('launch-poll');
  if (!(await launch.isVisible())) await trainer.getByText('Lancer un sondage').click();
  await launch.getByLabel('Question du sondage').fill('Utilisez-vous déjà un gestionnaire de mots de passe ?');
  await launch.getByLabel('Réponse 1').fill('Oui');
  await launch.getByLabel('Réponse 2').fill('Non');
  await launch.getByRole('button', { name: 'Lancer le sondage' }).click();
  const trainerPoll = trainer.getByTestId('live-poll').filter({ hasText: 'Utilisez-vous déjà' });
  await expect(trainerPoll).toHaveAttribute('data-status', 'OPEN', { timeout: 30_000 });

  for (const [learnerPage, choice] of [
    [inesPage, 'Oui'],
    [zoePage, 'Non'],
  ] as const) {
    const poll = learnerPage.getByTestId('live-poll').filter({ hasText: 'Utilisez-vous déjà' });
    await expect(poll).toBeVisible();
    await poll.getByLabel(choice, { exact: true }).check();
    await poll.getByRole('button', { name: 'Répondre' }).click();
    await expect(poll.getByTestId('poll-answered')).toBeVisible();
  }
  await expectAccessible(inesPage, 'live page with a poll answered');
  await expect(trainerPoll.getByTestId('poll-voters')).toHaveText('2 personnes ont répondu');
  await expect(trainerPoll.getByTestId('poll-results')).toContainText('Oui : 1 (50');
  await trainerPoll.getByTestId('poll-close').click();
  await expect(trainerPoll).toHaveAttribute('data-status', 'CLOSED');
  const inesPoll = inesPage.getByTestId('live-poll').filter({ hasText: 'Utilisez-vous déjà' });
  await expect(inesPoll).toHaveAttribute('data-status', 'CLOSED');
  await expect(inesPoll.getByTestId('poll-results')).toContainText('Non : 1 (50');
  await expect(inesPoll.getByTestId('poll-results')).toContainText('(votre choix)');

  // 9. After the end: attendance (Inès joined; the trainer enters her minutes), the CSV, the replay.
  await setApiClock(page, new Date(startsAt.getTime() + 2 * HOUR));
  await trainer.goto(webinarUrl);
  const attendance = trainer.getByTestId('webinar-attendance');
  const inesRow = attendance.getByRole('row', { name: new RegExp(ines.name) });
  await expect(inesRow).toContainText('Inscrit');
  await expect(inesRow.getByTestId('attendee-attended')).toHaveText('Non');
  await expect(attendance.getByRole('row', { name: new RegExp(zoe.name) })).toBeVisible();
  await inesRow.getByLabel(`Minutes de présence de ${ines.name}`).fill('45');
  await inesRow.getByRole('button', { name: `Enregistrer : ${ines.name}` }).click();
  await expect(inesRow.getByTestId('attendee-attended')).toHaveText('Oui');
  await expectAccessible(trainer, 'trainer webinar page after the end');

  const report = trainer.waitForEvent('download');
  await trainer.getByTestId('webinar-export').click();
  const csvReport = fs.readFileSync((await (await report).path())!, 'utf8');
  expect(csvReport).toContain(ines.name);
  expect(csvReport).toContain(question);
  expect(csvReport).toContain('Utilisez-vous déjà un gestionnaire de mots de passe ?');

  await inesPage.goto(`/webinaires/${webinarId}`);
  await expect(inesPage.getByTestId('webinar-attended')).toHaveText('Votre présence est enregistrée (45 min).');
  await expect(inesPage.getByTestId('webinar-follow-up')).toHaveText(followUp.title);
  await expect(inesPage.getByText('Le replay n’est pas encore disponible.')).toBeVisible();

  await trainer.getByLabel('Adresse du replay').fill('https://tube.education.fr/w/replay-mots-de-passe');
  await trainer.getByRole('button', { name: 'Enregistrer l’adresse du replay' }).click();
  await expect(trainer.getByText('Adresse du replay enregistrée.')).toBeVisible();
  await inesPage.reload();
  await expect(inesPage.getByTestId('webinar-replay')).toHaveAttribute('href', 'https://tube.education.fr/w/replay-mots-de-passe');
  await expectAccessible(inesPage, 'webinar page after the end');
  await inesPage.getByTestId('webinar-follow-up').click();
  await expect(inesPage.getByRole('heading', { level: 1, name: followUp.title })).toBeVisible();
});
