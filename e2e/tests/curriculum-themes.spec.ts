import { expect, type Locator, type Page, test } from '@playwright/test';
import { learnerFor } from './accounts.js';
import { expectAccessible } from './a11y.js';
import { curriculum, type CurriculumModule, plain } from './curriculum.js';

const modules = curriculum();
const themes = [...new Set(modules.map((m) => m.theme))].sort();
/** One module of each theme: the one with the most activity types, so each type is played somewhere. */
const played = themes.map((theme) => {
  const ofTheme = modules.filter((m) => m.theme === theme);
  const types = (m: CurriculumModule) => new Set(m.grains.flatMap((g) => g.elements.map((e) => e.type))).size;
  return ofTheme.sort((a, b) => types(b) - types(a))[0]!;
});

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }, testInfo) => {
  const learner = learnerFor(testInfo, 'themes');
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(learner.email);
  await page.getByLabel('Mot de passe').fill(learner.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Bonjour/ })).toBeVisible();
});

test('the catalogue covers six themes', () => {
  expect(themes).toHaveLength(6);
});

for (const module of played) {
  test(`plays « ${module.title} » (${module.theme}) through to its summary`, async ({ page }) => {
    await page.goto(`/modules/${module.slug}`);
    await page.getByRole('button', { name: /^(Commencer|Reprendre|Recommencer)$/ }).click();
    const seen = new Set<string>();

    for (const [index, grain] of module.grains.entries()) {
      await expect(page.getByText(`Étape ${index + 1} sur ${module.grains.length}`, { exact: true })).toBeVisible();
      for (const element of grain.elements) {
        const box = page.locator(`[data-element="${element.id}"]`);
        if ((await box.count()) === 0) continue;
        await play(page, box, element);
        if (!seen.has(element.type)) {
          seen.add(element.type);
          await expectAccessible(page, `${module.slug} › ${element.type}`);
        }
      }
      await page.getByRole('button', { name: index === module.grains.length - 1 ? 'Terminer' : 'Suivant' }).click();
    }

    await expect(page.getByRole('heading', { level: 1, name: /Bilan/ })).toBeVisible();
    await expect(page.getByText(/bonne\(s\) réponse\(s\) sur \d+/)).toBeVisible();
  });
}

/** Answers one activity as a learner would, with the right answer where the file gives one. */
async function play(page: Page, box: Locator, element: Record<string, any>): Promise<void> {
  const validate = () => box.getByRole('button', { name: 'Valider' }).click();
  switch (element.type) {
    case 'single-choice':
      await box
        .getByLabel(plain(element.choices.find((c: any) => c.id === element.answer).text), { exact: false })
        .first()
        .check();
      await validate();
      break;
    case 'multiple-choice':
      for (const id of element.answers)
        await box
          .getByLabel(plain(element.choices.find((c: any) => c.id === id).text), { exact: false })
          .first()
          .check();
      await validate();
      break;
    case 'short-answer':
      await box.getByRole('textbox').fill(element.accepted[0]);
      await validate();
      break;
    case 'ordering':
      // Keyboard equivalent of drag and drop: each item is moved up to its place.
      for (const [target, item] of element.items.entries()) {
        for (let guard = 0; guard < element.items.length; guard++) {
          const texts = await box.getByRole('listitem').allInnerTexts();
          const at = texts.findIndex((t) => t.includes(plain(item.text)));
          if (at <= target) break;
          await box
            .getByRole('listitem')
            .nth(at)
            .getByRole('button', { name: /Monter/ })
            .click();
        }
      }
      await validate();
      break;
    case 'matching':
      for (const pair of element.pairs)
        await box
          .getByLabel(plain(pair.left), { exact: false })
          .first()
          .selectOption({ label: plain(pair.right) });
      await validate();
      break;
    case 'true-false':
      for (const [i, statement] of element.statements.entries()) {
        await box.getByRole('button', { name: statement.answer ? 'Vrai' : 'Faux', exact: true }).click();
        if (i < element.statements.length - 1) await box.getByRole('button', { name: 'Affirmation suivante' }).click();
      }
      break;
    case 'flashcards':
      for (let i = 0; i < element.cards.length; i++) {
        await box.getByRole('button', { name: 'Retourner la carte' }).click();
        await box.getByRole('button', { name: 'Je savais' }).click();
      }
      break;
    case 'scenario': {
      let step = element.steps.find((s: any) => s.id === element.start);
      while (step?.choices?.length) {
        const good = step.choices.find((c: any) => c.quality === 'good');
        await box.getByLabel(plain(good.text), { exact: false }).last().check();
        await validate();
        if (!good.next) break;
        await box.getByRole('button', { name: 'Continuer' }).click();
        step = element.steps.find((s: any) => s.id === good.next);
      }
      break;
    }
    case 'poll':
      await box
        .getByRole(element.multiple ? 'checkbox' : 'radio')
        .first()
        .check();
      await validate();
      await expect(box).toContainText('%');
      break;
    default:
      return;
  }
  await expect(box.locator('[aria-live]').first()).not.toBeEmpty();
}
