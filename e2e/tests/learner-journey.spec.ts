import { expect, type Locator, type Page, test } from '@playwright/test';
import { learnerFor } from './accounts.js';
import { expectAccessible } from './a11y.js';
import { type Question, readFixtureModule } from './module-fixture.js';

const module = readFixtureModule();
const questionCount = module.grains.reduce((n, g) => n + g.questions.length, 0);

async function signIn(page: Page, learner: { email: string; password: string; name: string }): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/connexion/);
  await expectAccessible(page, 'sign-in');
  await page.getByLabel('Adresse électronique').fill(learner.email);
  await page.getByLabel('Mot de passe').fill(learner.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${learner.name}` })).toBeVisible();
}

/** Answers one question through the page; `right` picks the solution or a wrong answer. */
async function answer(form: Locator, question: Question, right: boolean): Promise<void> {
  if (question.type === 'short-answer') {
    const input = form.getByRole('textbox');
    await input.fill(right ? question.accepted[0]! : 'je ne sais pas');
    // Keyboard only: Enter in the field sends the answer.
    await input.press('Enter');
    return;
  }
  const correct = question.type === 'single-choice' ? [question.answer] : question.answers;
  const picks = right ? correct : [question.choices.find((c) => !correct.includes(c.id))!.id];
  for (const id of picks) {
    const text = question.choices.find((c) => c.id === id)!.text;
    await form.getByLabel(text, { exact: false }).first().check();
  }
  await form.getByRole('button', { name: 'Valider' }).click();
}

test('a learner signs in, completes a module with a wrong and a right answer, sees the feedback, then the progress', async ({
  page,
}, testInfo) => {
  await signIn(page, learnerFor(testInfo, 'journey'));
  // A new learner is recommended micro-lessons for their gaps, each with its reason and duration.
  const recommended = page.getByRole('region', { name: 'Pour progresser' });
  await expect(recommended.getByRole('listitem').first()).toContainText(/pour progresser en \d\.\d [\s\S]*\d+\s*min/);
  await expectAccessible(page, 'home');

  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  await expectAccessible(page, 'catalogue');
  await page.getByLabel('Rechercher').fill('parcours de test');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.getByRole('link', { name: module.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
  await expectAccessible(page, 'module page');
  await page.getByRole('button', { name: /^(Commencer|Reprendre|Recommencer)$/ }).click();

  let asked = 0;
  let right = 0;
  for (const [index, grain] of module.grains.entries()) {
    await expect(page.getByText(`Étape ${index + 1} sur ${module.grains.length}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: grain.title })).toBeVisible();
    const forms = page.locator('form.question');
    for (const [q, question] of grain.questions.entries()) {
      // The first question is answered wrong on purpose; the others right.
      const answerRight = asked > 0;
      await answer(forms.nth(q), question, answerRight);
      // The verdict is announced in the form's live region.
      await expect(forms.nth(q).locator('[aria-live]')).toContainText(answerRight ? 'Bonne réponse' : 'Ce n’est pas la bonne réponse.');
      if (asked === 0) await expectAccessible(page, 'player with feedback');
      asked += 1;
      if (answerRight) right += 1;
    }
    const last = index === module.grains.length - 1;
    await page.getByRole('button', { name: last ? 'Terminer' : 'Suivant' }).click();
  }

  await expect(page.getByRole('heading', { level: 1, name: /Bilan/ })).toBeVisible();
  await expect(page.getByText(`${right} bonne(s) réponse(s) sur ${questionCount}`)).toBeVisible();
  await expect(page.getByRole('table')).toContainText('4.3');
  await expectAccessible(page, 'summary');

  await page.getByRole('link', { name: 'Voir ma progression' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma progression' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(module.title);
  // The Pix profile fills in from the answers: the competency the module evidences has pix.
  const profile = page.getByRole('table', { name: 'Pix et niveau par compétence du cadre de référence (CRCN)' });
  await expect(profile.getByRole('row', { name: /4\.3/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Pix par compétence/ })).toBeVisible();
  await expectAccessible(page, 'progress');
});

test('a learner resumes a module where they stopped, with the feedback already given', async ({ page }, testInfo) => {
  await signIn(page, learnerFor(testInfo, 'resume'));
  await page.goto('/catalogue?q=parcours%20de%20test');
  await page.getByRole('link', { name: module.title }).click();
  await page.getByRole('button', { name: /^(Commencer|Reprendre|Recommencer)$/ }).click();
  const first = module.grains.find((g) => g.questions.length > 0)!;
  const firstIndex = module.grains.indexOf(first);
  for (let i = 0; i < firstIndex; i++) await page.getByRole('button', { name: 'Suivant' }).click();
  await answer(page.locator('form.question').first(), first.questions[0]!, true);
  await expect(page.locator('form.question [aria-live]').first()).toContainText('Bonne réponse');

  await page.reload();

  await expect(page.getByText(`Étape ${firstIndex + 1} sur ${module.grains.length}`, { exact: true })).toBeVisible();
  await expect(page.locator('form.question [aria-live]').first()).toContainText('Bonne réponse');
});

test('a wrong password is refused with a message in French and the e-mail kept', async ({ page }, testInfo) => {
  const learner = learnerFor(testInfo, 'password');
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(learner.email);
  await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();

  await expect(page.getByRole('alert')).toContainText(/mot de passe/i);
  await expect(page.getByLabel('Adresse électronique')).toHaveValue(learner.email);
  await expectAccessible(page, 'sign-in with error');
});

test('the interface switches to English and back, and English stays after a reload', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: /Français/ }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
});
