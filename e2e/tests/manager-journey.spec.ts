import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { learnerFor, managerFor } from './accounts.js';
import { expectAccessible } from './a11y.js';
import { curriculum, type CurriculumModule } from './curriculum.js';
import { play } from './play.js';

const modules = curriculum();
const size = (m: (typeof modules)[number]) => m.grains.reduce((n, g) => n + g.elements.length, 0);
/** The two shortest modules of the curriculum: the learner completes the first, not the second. */
const [done, pending] = [...modules].sort((a, b) => size(a) - size(b) || a.slug.localeCompare(b.slug)) as [
  CurriculumModule,
  CurriculumModule,
];

async function signIn(page: Page, account: { email: string; password: string; name: string }): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${account.name}` })).toBeVisible();
}

test('a manager imports a class, assigns two modules, follows the class as a learner works, and exports it; another school sees none of it', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const project = testInfo.project.name;
  const cohortName = `4e B ${project}`;
  const learner = learnerFor(testInfo, 'assigned');
  const managerPage = await (await browser.newContext()).newPage();
  const learnerPage = await (await browser.newContext()).newPage();

  // 1. The manager of school A imports the class file: one line is rejected, with its reason.
  const managerA = managerFor(testInfo, 'a');
  await signIn(managerPage, managerA);
  await managerPage.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Gestion' }).click();
  await expect(
    managerPage.getByRole('heading', { level: 2, name: new RegExp(managerA.school.name.replace(/[()]/g, '\\$&')) }),
  ).toBeVisible();
  await managerPage.getByRole('link', { name: 'Importer des personnes (CSV)' }).click();
  const csv = [
    'Nom;Prénom;Identifiant;Courriel;Classe;Profil',
    `Apprenante;Léa;;${learner.email};${cohortName};Élève`,
    `Durand;Noé;noe.durand.${project};;${cohortName};Élève`,
    `;Sans nom;sans.nom.${project};;${cohortName};Élève`,
  ].join('\r\n');
  await managerPage
    .getByLabel('Fichier CSV')
    .setInputFiles({ name: 'classe.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
  await managerPage.getByTestId('import-preview').click();
  await expect(managerPage.getByTestId('import-rejected')).toContainText('Nom manquant');
  await expectAccessible(managerPage, 'import preview');
  await managerPage.getByTestId('import-apply').click();
  await expect(managerPage.getByTestId('import-done')).toContainText(/Import de « classe\.csv » terminé/);

  // 2. Two modules assigned to the class.
  await managerPage.getByRole('link', { name: 'Voir les classes et groupes' }).click();
  await managerPage.getByRole('link', { name: cohortName, exact: true }).click();
  await expect(managerPage.getByRole('heading', { level: 1, name: cohortName })).toBeVisible();
  const cohortUrl = managerPage.url();
  await managerPage.getByLabel(done.title, { exact: false }).check();
  await managerPage.getByLabel(pending.title, { exact: false }).check();
  await managerPage.getByLabel('À faire pour le').fill('2099-06-30');
  await managerPage.getByTestId('assign-submit').click();
  await expect(managerPage.getByTestId('cohort-assignments').locator('tbody tr')).toHaveCount(2);
  await expectAccessible(managerPage, 'cohort');

  // 3. The follow-up: nobody has started yet.
  await managerPage.getByTestId('cohort-follow-up').click();
  const learnerRow = managerPage.getByTestId('completion-table').getByRole('row', { name: /Léa Apprenante/ });
  await expect(learnerRow).toContainText('Non commencé');
  await expectAccessible(managerPage, 'follow-up');
  const followUpUrl = managerPage.url();

  // 4. The learner sees the assigned modules first on the home page, and completes one.
  await signIn(learnerPage, learner);
  const assigned = learnerPage.getByTestId('assignments');
  await expect(assigned).toContainText(done.title);
  await expect(assigned).toContainText(pending.title);
  await assigned.getByRole('link', { name: done.title }).click();
  await learnerPage.getByRole('button', { name: /^(Commencer|Reprendre|Recommencer)$/ }).click();
  for (const [index, grain] of done.grains.entries()) {
    await expect(learnerPage.getByText(`Étape ${index + 1} sur ${done.grains.length}`, { exact: true })).toBeVisible();
    for (const element of grain.elements) {
      const box = learnerPage.locator(`[data-element="${element.id}"]`);
      if ((await box.count()) > 0) await play(learnerPage, box, element);
    }
    await learnerPage.getByRole('button', { name: index === done.grains.length - 1 ? 'Terminer' : 'Suivant' }).click();
  }
  await expect(learnerPage.getByRole('heading', { level: 1, name: /Bilan/ })).toBeVisible();

  // 5. The dashboard fills in, and exports as a spreadsheet opens it (UTF-8 with a byte order mark, « ; »).
  await managerPage.reload();
  await expect(learnerRow).toContainText('Terminé');
  await expect(learnerRow).toContainText('Non commencé');
  const [download] = await Promise.all([managerPage.waitForEvent('download'), managerPage.getByTestId('export-completion').click()]);
  const exported = fs.readFileSync((await download.path())!, 'utf8');
  expect(exported.startsWith('\uFEFF')).toBe(true);
  expect(exported).toMatch(/Léa Apprenante;[^\r\n]*Terminé/);

  // 6. The manager of school B sees none of it, even with the addresses.
  const otherPage = await (await browser.newContext()).newPage();
  await signIn(otherPage, managerFor(testInfo, 'b'));
  await otherPage.goto('/gestion');
  await expect(otherPage.getByRole('main')).not.toContainText(cohortName);
  await otherPage.goto(cohortUrl);
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await otherPage.goto(followUpUrl);
  await expect(otherPage.getByRole('main')).not.toContainText('Léa Apprenante');
});
