import { expect, test } from '@playwright/test';
import { learnerFor } from './accounts.js';
import { expectAccessible } from './a11y.js';
import { curriculum, type CurriculumModule } from './curriculum.js';
import { play } from './play.js';

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
