import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, expect, type Locator, type Page, test } from '@playwright/test';
import { learnerFor } from './accounts.js';
import { expectAccessible } from './a11y.js';
import { type Question, readFixtureModule } from './module-fixture.js';

// Issue 9: learn offline and on slow links, lose nothing.
const module = readFixtureModule();
const SLUG = 'parcours-temoin-e2e';
const questions = module.grains.flatMap((g) => g.questions);

async function signIn(page: Page, learner: { email: string; password: string; name: string }): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(learner.email);
  await page.getByLabel('Mot de passe').fill(learner.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${learner.name}` })).toBeVisible();
}

/** The service worker controls the page: from here on, a reload without network finds the app. */
async function serviceWorkerReady(page: Page): Promise<void> {
  // Expressions, not functions: the e2e project compiles without the DOM's service worker types.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  // A page opened before its worker was active is not controlled by it until it loads again.
  if (!(await page.evaluate('Boolean(navigator.serviceWorker.controller)'))) await page.reload();
}

async function answer(form: Locator, question: Question): Promise<void> {
  if (question.type === 'short-answer') {
    await form.getByRole('textbox').fill(question.accepted[0]!);
  } else {
    const picks = question.type === 'single-choice' ? [question.answer] : question.answers;
    for (const id of picks)
      await form
        .getByLabel(question.choices.find((c) => c.id === id)!.text, { exact: false })
        .first()
        .check();
  }
  await form.getByRole('button', { name: 'Valider' }).click();
}

/** Downloads the fixture module from its page and opens the downloaded copy in the player. */
async function download(page: Page): Promise<void> {
  await page.goto(`/modules/${SLUG}`);
  await serviceWorkerReady(page);
  const offline = page.getByRole('region', { name: 'Hors ligne' });
  await offline.getByRole('button', { name: 'Télécharger pour hors-ligne' }).click();
  await expect(offline.getByText('Disponible hors ligne sur cet appareil.')).toBeVisible();
  // The space it takes is shown, and the learner may remove it.
  await expect(offline.getByText(/Espace occupé\s*: [\d,]+\s*(ko|Mo)/)).toBeVisible();
  await expect(offline.getByRole('button', { name: 'Supprimer le téléchargement' })).toBeVisible();
  await offline.getByRole('link', { name: 'Suivre le module téléchargé' }).click();
  await expect(page).toHaveURL(/\/jouer\?tentative=/);
  await expect(page.getByText(`Étape 1 sur ${module.grains.length}`, { exact: true })).toBeVisible();
}

/** The learner's answers as the platform stores them, read through its own data export (PGlite or PostgreSQL alike). */
async function storedAnswers(page: Page): Promise<{ attemptId: string; itemKey: string }[]> {
  const response = await page.request.post('/graphql', { data: { query: '{ myDataExport }' } });
  const body = (await response.json()) as { data: { myDataExport: string } };
  return (JSON.parse(body.data.myDataExport) as { answers: { attemptId: string; itemKey: string }[] }).answers;
}

function expectEachOnce(answers: { itemKey: string }[], keys: string[]): void {
  for (const key of keys)
    expect(
      answers.filter((a) => a.itemKey === key),
      key,
    ).toHaveLength(1);
}

test('a learner downloads a module, completes it offline after a reload, and sees the feedback and the progress once back online', async ({
  page,
  context,
}, testInfo) => {
  await signIn(page, learnerFor(testInfo, 'offline'));
  await download(page);
  const playUrl = page.url();
  expect(playUrl).toContain('tentative=');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
  await expect(page.getByText('Vous êtes hors ligne.', { exact: false })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Hors ligne' }).first()).toBeVisible();
  for (const [index, grain] of module.grains.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: grain.title })).toBeVisible();
    for (const question of grain.questions) {
      const form = page.locator(`form[data-element="${question.id}"]`);
      await answer(form, question);
      // No correction offline: none was downloaded. The player says it comes with the network.
      await expect(form.getByRole('status')).toContainText('la correction s’affichera au retour du réseau');
      await expect(form.getByRole('button', { name: 'En attente du réseau' })).toBeVisible();
    }
    if (index === 0) await expectAccessible(page, 'player offline');
    await page.getByRole('button', { name: index === module.grains.length - 1 ? 'Terminer' : 'Suivant' }).click();
  }
  await expect(page.getByText('Module terminé sur cet appareil.', { exact: false })).toBeVisible();
  await expect(page.getByText(`${questions.length} réponses attendent le réseau`, { exact: false })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText('Module terminé et enregistré', { exact: false })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Toutes vos réponses sont envoyées et corrigées.')).toBeVisible();
  // The feedback shows per item, on this grain and on the earlier ones.
  const last = module.grains.at(-1)!;
  for (const question of last.questions) {
    await expect(page.locator(`form[data-element="${question.id}"] [aria-live]`)).toContainText('Bonne réponse');
  }
  const earlier = module.grains.findIndex((g) => g.questions.length > 0);
  for (let i = module.grains.length - 1; i > earlier; i--) await page.getByRole('button', { name: 'Précédent' }).click();
  for (const question of module.grains[earlier]!.questions) {
    await expect(page.locator(`form[data-element="${question.id}"] [aria-live]`)).toContainText('Bonne réponse');
  }

  await page.goto(`${playUrl.replace('/jouer', '/bilan')}`);
  await expect(page.getByRole('heading', { level: 1, name: /Bilan/ })).toBeVisible();
  await expect(page.getByText(`${questions.length} bonne(s) réponse(s) sur ${questions.length}`)).toBeVisible();
  await page.getByRole('link', { name: 'Voir ma progression' }).click();
  await expect(page.getByRole('main')).toContainText(module.title);

  const stored = await storedAnswers(page);
  expect(stored).toHaveLength(questions.length);
  expectEachOnce(
    stored,
    questions.map((q) => q.id),
  );
});

test('an answer whose response was lost when the connection dropped is sent again, and stored once', async ({ page }, testInfo) => {
  await signIn(page, learnerFor(testInfo, 'offline-drop'));
  await page.goto(`/modules/${SLUG}`);
  await page.getByRole('button', { name: /^(Commencer|Reprendre|Recommencer)$/ }).click();
  const grainIndex = module.grains.findIndex((g) => g.questions.length > 0);
  const question = module.grains[grainIndex]!.questions[0]!;
  for (let i = 0; i < grainIndex; i++) await page.getByRole('button', { name: 'Suivant' }).click();
  // The server stores the answer, then the link drops before its response reaches the browser.
  let dropped = 0;
  await page.route('**/graphql', async (route) => {
    if (dropped === 0 && route.request().postData()?.includes('SubmitAnswer')) {
      dropped += 1;
      await route.fetch();
      await route.abort('internetdisconnected');
      return;
    }
    await route.continue();
  });

  const form = page.locator(`form[data-element="${question.id}"]`);
  await answer(form, question);

  await expect(form.locator('[aria-live]')).toContainText('Bonne réponse', { timeout: 20_000 });
  expect(dropped).toBe(1);
  expectEachOnce(await storedAnswers(page), [question.id]);
});

test('answers given offline in a browser closed before the network came back reach the platform when it is opened again', async ({
  browser,
}, testInfo) => {
  const learner = learnerFor(testInfo, 'offline-reopen');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuite-offline-'));
  const { launchOptions, baseURL, locale, timezoneId, viewport, isMobile, hasTouch } = testInfo.project.use;
  const open = () =>
    chromium.launchPersistentContext(userDataDir, { ...launchOptions, baseURL, locale, timezoneId, viewport, isMobile, hasTouch });
  const grainIndex = module.grains.findIndex((g) => g.questions.length > 0);
  const question = module.grains[grainIndex]!.questions[0]!;
  let context: BrowserContext | undefined = await open();
  expect(browser.isConnected()).toBe(true);
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    await signIn(page, learner);
    await download(page);
    const playUrl = page.url();
    await context.setOffline(true);
    for (let i = 0; i < grainIndex; i++) await page.getByRole('button', { name: 'Suivant' }).click();
    await answer(page.locator(`form[data-element="${question.id}"]`), question);
    await expect(page.getByText('1 réponse attend le réseau', { exact: false })).toBeVisible();
    await context.close();
    context = undefined;

    context = await open();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(playUrl);
    if (page.url().includes('/connexion')) {
      // The session did not outlive the browser: the answer waits on the device until the learner is back.
      await page.getByLabel('Adresse électronique').fill(learner.email);
      await page.getByLabel('Mot de passe').fill(learner.password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.goto(playUrl);
    }
    const form = page.locator(`form[data-element="${question.id}"]`);
    if (!(await form.isVisible())) for (let i = 0; i < grainIndex; i++) await page.getByRole('button', { name: 'Suivant' }).click();
    await expect(form.locator('[aria-live]')).toContainText('Bonne réponse', { timeout: 20_000 });
    expectEachOnce(await storedAnswers(page), [question.id]);
  } finally {
    await context?.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});
