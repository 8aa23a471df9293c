import { expect, type Locator, type Page, test } from '@playwright/test';
import { E2E_API_PORT } from '../playwright.config.js';
import { learnerFor } from './accounts.js';
import { expectAccessible } from './a11y.js';
import { type Question, readFixtureModule } from './module-fixture.js';

// Issue 9: the day's review session, downloaded and done offline; each review reaches the platform once.
const module = readFixtureModule();
const SLUG = 'parcours-temoin-e2e';
const questions = module.grains.flatMap((g) => g.questions);
const DAY = 86_400_000;

async function signIn(page: Page, learner: { email: string; password: string; name: string }): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(learner.email);
  await page.getByLabel('Mot de passe').fill(learner.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${learner.name}` })).toBeVisible();
}

/** Moves the api's clock (TEST_CLOCK=on in global-setup): the questions missed today fall due as they would tomorrow. */
async function setApiClock(page: Page, at: Date): Promise<void> {
  const response = await page.request.put(`http://127.0.0.1:${E2E_API_PORT}/__test__/clock`, { data: { now: at.toISOString() } });
  expect(response.ok()).toBe(true);
}

/** The service worker controls the page: from here on, a reload without network finds the app. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  if (!(await page.evaluate('Boolean(navigator.serviceWorker.controller)'))) await page.reload();
}

async function answer(form: Locator, question: Question, right: boolean): Promise<void> {
  if (question.type === 'short-answer') {
    await form.getByRole('textbox').fill(right ? question.accepted[0]! : 'je ne sais pas');
  } else {
    const correct = question.type === 'single-choice' ? [question.answer] : question.answers;
    const picks = right ? correct : [question.choices.find((c) => !correct.includes(c.id))!.id];
    for (const id of picks)
      await form
        .getByLabel(question.choices.find((c) => c.id === id)!.text, { exact: false })
        .first()
        .check();
  }
  await form.getByRole('button', { name: 'Valider' }).click();
}

/** The learner's reviews as the platform stores them, read through its own data export. */
async function storedReviews(page: Page): Promise<{ itemKey: string; logs: number }[]> {
  const response = await page.request.post('/graphql', { data: { query: '{ myDataExport }' } });
  const body = (await response.json()) as { data: { myDataExport: string } };
  const data = JSON.parse(body.data.myDataExport) as { reviewCards: { id: string; itemKey: string }[]; reviewLogs: { cardId: string }[] };
  return data.reviewCards.map((card) => ({ itemKey: card.itemKey, logs: data.reviewLogs.filter((log) => log.cardId === card.id).length }));
}

test.afterEach(async ({ page }) => {
  await setApiClock(page, new Date());
});

test('a learner downloads the day’s review, does it offline after a reload, and sees the corrections once back online', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, learnerFor(testInfo, 'offline-review'));

  // Today: the module played online with every question missed; they come back in review tomorrow.
  await page.goto(`/modules/${SLUG}`);
  await page.getByRole('button', { name: /^(Commencer|Reprendre|Recommencer)$/ }).click();
  for (const [index, grain] of module.grains.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: grain.title })).toBeVisible();
    for (const question of grain.questions) {
      const form = page.locator(`form[data-element="${question.id}"]`);
      await answer(form, question, false);
      await expect(form.locator('[aria-live]')).toContainText('Ce n’est pas la bonne réponse.');
    }
    await page.getByRole('button', { name: index === module.grains.length - 1 ? 'Terminer' : 'Suivant' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: /Bilan/ })).toBeVisible();

  // Tomorrow: the session is downloaded from the review page.
  await setApiClock(page, new Date(Date.now() + DAY));
  await page.goto('/revision');
  await serviceWorkerReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Révision du jour' })).toBeVisible();
  await expect(page.getByTestId('review-item')).toBeVisible();
  const offline = page.getByRole('region', { name: 'Hors ligne' });
  await offline.getByRole('button', { name: 'Télécharger pour hors-ligne' }).click();
  await expect(offline.getByText('Révision du jour disponible hors ligne sur cet appareil.')).toBeVisible();
  await expect(offline.getByText(`${questions.length} éléments, téléchargés le`, { exact: false })).toBeVisible();
  await expect(offline.getByText(/Espace occupé\s*: [\d,]+\s*(ko|Mo)/)).toBeVisible();
  await expect(offline.getByRole('button', { name: 'Supprimer le téléchargement' })).toBeVisible();

  // Offline, after a reload: the session plays from the download; each answer waits for the network.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Révision du jour' })).toBeVisible();
  await expect(page.getByText('Vous êtes hors ligne.', { exact: false })).toBeVisible();
  await expect(page.getByText('Révision du téléchargement du', { exact: false })).toBeVisible();
  const reviewed: string[] = [];
  for (let n = 0; n < questions.length; n++) {
    const item = page.getByTestId('review-item');
    await expect(item.getByRole('heading', { level: 2, name: `Élément ${n + 1} sur ${questions.length}` })).toBeVisible();
    const key = (await item.getAttribute('data-item-key'))!;
    reviewed.push(key);
    const form = item.locator(`form[data-element="${key}"]`);
    await answer(
      form,
      questions.find((q) => q.id === key)!,
      true,
    );
    // No correction offline: none was downloaded. The session says it comes with the network.
    await expect(form.getByRole('status')).toContainText('la correction s’affichera au retour du réseau');
    await expect(form.getByRole('button', { name: 'En attente du réseau' })).toBeVisible();
    if (n === 0) await expectAccessible(page, 'review offline');
    await page.getByTestId('review-next').click();
  }
  expect(reviewed.sort()).toEqual(questions.map((q) => q.id).sort());
  const done = page.getByTestId('review-done');
  await expect(done).toBeVisible();
  await expect(done.getByText(`${questions.length} réponses attendent le réseau`, { exact: false })).toBeVisible();
  await expect(done.getByTestId('review-result').and(page.locator('[data-status="waiting"]'))).toHaveCount(questions.length);

  // Back online: the queue leaves once, and each item shows its correction and its next day.
  await context.setOffline(false);
  await expect(page.getByText('Toutes vos réponses sont envoyées et corrigées.')).toBeVisible({ timeout: 20_000 });
  const results = done.getByTestId('review-result');
  await expect(results.and(page.locator('[data-status="reviewed"]'))).toHaveCount(questions.length);
  for (const result of await results.all()) {
    await expect(result).toContainText('Bonne réponse');
    await expect(result).toContainText('À revoir le');
  }
  await expectAccessible(page, 'review results after sync');

  const stored = await storedReviews(page);
  expect(stored.map((card) => card.itemKey).sort()).toEqual(questions.map((q) => q.id).sort());
  for (const card of stored) expect(card.logs, card.itemKey).toBe(1);

  // Nothing left for today; the learner removes the download.
  await page.goto('/revision');
  await expect(page.getByTestId('review-empty')).toBeVisible();
  await offline.getByRole('button', { name: 'Supprimer le téléchargement' }).click();
  await expect(offline).toBeHidden();
});
