import { expect, type Page, test } from '@playwright/test';
import { E2E_API_PORT } from '../playwright.config.js';
import { learnerFor } from './accounts.js';
import { expectAccessible } from './a11y.js';
import { curriculum, plain } from './curriculum.js';
import { play } from './play.js';

const modules = curriculum();
const elementsOf = (slug: string) => modules.find((m) => m.slug === slug)!.grains.flatMap((g) => g.elements);
/** The competency positioned on: the one with the smallest bank among those the curriculum tests well. */
const COMPETENCY = '4.3';
const DAY = 86_400_000;

/** Moves the api's clock (TEST_CLOCK=on in global-setup): reviews fall due as they would the next day. */
async function setApiClock(page: Page, at: Date): Promise<void> {
  const response = await page.request.put(`http://127.0.0.1:${E2E_API_PORT}/__test__/clock`, { data: { now: at.toISOString() } });
  expect(response.ok()).toBe(true);
}

async function signIn(page: Page, learner: { email: string; password: string; name: string }): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(learner.email);
  await page.getByLabel('Mot de passe').fill(learner.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${learner.name}` })).toBeVisible();
}

/** The content element a question box shows: by its id, and by its prompt where ids repeat across modules. */
function contentElementIn(id: string, text: string): Record<string, any> {
  const candidates = modules.flatMap((m) => m.grains.flatMap((g) => g.elements)).filter((e) => e.id === id);
  return candidates.find((e) => !e.prompt || text.includes(plain(e.prompt).slice(0, 40))) ?? candidates[0]!;
}

test.afterEach(async ({ page }) => {
  await setApiClock(page, new Date());
});

test('a learner takes a positioning test, sees the profile fill in, follows a recommended lesson, and reviews the next day', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, learnerFor(testInfo, 'competencies'));

  // 1. The positioning test, from the profile page.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma progression' }).click();
  await page.getByRole('link', { name: /test de positionnement/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test de positionnement' })).toBeVisible();
  await expectAccessible(page, 'positioning start');
  await page.getByRole('checkbox', { name: new RegExp(`^${COMPETENCY.replace('.', '\\.')} `) }).check();
  await page.getByTestId('positioning-start').click();

  const asked: string[] = [];
  for (let n = 1; n <= 25; n++) {
    const question = page.getByTestId('positioning-question');
    const results = page.getByTestId('positioning-results');
    // The next question, or the placement once the test has placed the learner.
    await expect(question.getByRole('heading', { level: 2, name: `Question ${n}` }).or(results)).toBeVisible();
    if (await results.isVisible()) break;
    const box = question.locator('[data-element]').first();
    const id = (await box.getAttribute('data-element'))!;
    asked.push(id);
    if (n === 1) await expectAccessible(page, 'positioning question');
    // Nothing says right or wrong during the test.
    await play(page, box, contentElementIn(id, await box.innerText()), { feedback: false });
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Votre positionnement' })).toBeVisible();
  const placement = page.getByTestId(`placement-${COMPETENCY}`);
  await expect(placement).toBeVisible();
  expect(asked.length).toBeGreaterThan(2);
  expect(asked.length).toBeLessThan(20);
  await expectAccessible(page, 'positioning results');

  // 2. The profile shows what the test measured, apart from lessons, and its history.
  await page.getByRole('link', { name: 'Voir mon profil complet' }).click();
  await expect(page.getByTestId(`measured-${COMPETENCY}`)).toContainText(/\d+\s*pix \(niveau \d\)/);
  await expect(page.getByTestId(`lessons-${COMPETENCY}`)).toHaveText('0 pix');
  const history = page.getByTestId('profile-history').locator('tbody tr');
  await expect(history).toHaveCount(1);
  const totalBefore = Number(await history.first().locator('td').innerText());
  await expectAccessible(page, 'profile after positioning');

  // 3. A recommended micro-lesson, with one answer wrong on purpose (it will come back in review).
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }).click();
  const recommendation = page.getByRole('region', { name: 'Pour progresser' }).getByRole('listitem').first();
  const reason = (await recommendation.innerText()).match(/pour progresser en (\d\.\d)/)![1]!;
  const link = recommendation.getByRole('link').first();
  const slug = decodeURIComponent((await link.getAttribute('href'))!.split('/modules/')[1]!.split(/[/?#]/)[0]!);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/modules/${slug}$`));
  const lesson = modules.find((m) => m.slug === slug)!;
  await page.getByRole('button', { name: /^(Commencer|Reprendre|Recommencer)$/ }).click();
  const missed = elementsOf(slug).find((e) => e.type === 'single-choice' || e.type === 'true-false');
  expect(missed, `${slug} has a question to miss`).toBeDefined();
  for (const [index, grain] of lesson.grains.entries()) {
    await expect(page.getByText(`Étape ${index + 1} sur ${lesson.grains.length}`, { exact: true })).toBeVisible();
    for (const element of grain.elements) {
      const box = page.locator(`[data-element="${element.id}"]`);
      if ((await box.count()) === 0) continue;
      await play(page, box, element, { wrong: element === missed });
    }
    await page.getByRole('button', { name: index === lesson.grains.length - 1 ? 'Terminer' : 'Suivant' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: /Bilan/ })).toBeVisible();

  // 4. The profile changed: lessons now count on the competency they were recommended for.
  await page.goto('/progression');
  await expect(page.getByTestId(`lessons-${reason}`)).not.toHaveText('0 pix');
  await expect(history).toHaveCount(1);
  expect(Number(await history.first().locator('td').innerText())).toBeGreaterThan(totalBefore);

  // 5. Nothing to review today; the next day, the missed question is due, and the session goes through.
  await page.goto('/');
  await expect(page.getByTestId('review-due')).toContainText('Rien à revoir');
  await setApiClock(page, new Date(Date.now() + DAY));
  await page.reload();
  await expect(page.getByTestId('review-due')).toContainText(/\d+ éléments? à revoir/);
  await page.getByRole('link', { name: /Commencer la révision/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Révision du jour' })).toBeVisible();
  await expectAccessible(page, 'review session');

  const reviewed: string[] = [];
  for (let n = 0; n < 12; n++) {
    const item = page.getByTestId('review-item');
    const done = page.getByTestId('review-done');
    await expect(item.or(done)).toBeVisible();
    if (await done.isVisible()) break;
    const key = (await item.getAttribute('data-item-key'))!;
    const itemSlug = (await item.getAttribute('data-module-slug'))!;
    reviewed.push(key);
    const [elementId, subId] = key.split('/');
    const element = elementsOf(itemSlug).find((e) => e.id === elementId)!;
    // The session shows only the statement or card under review.
    const narrowed =
      element.type === 'true-false'
        ? { ...element, statements: element.statements.filter((s: any) => s.id === subId) }
        : element.type === 'flashcards'
          ? { ...element, cards: element.cards.filter((c: any) => c.id === subId) }
          : element;
    await play(page, item.locator('[data-element]').first(), narrowed);
    await page.getByTestId('review-next').click();
  }
  expect(reviewed.map((key) => key.split('/')[0])).toContain(missed!.id);
  await expect(page.getByTestId('review-done')).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('review-due')).toContainText('Rien à revoir');
});
