import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { learnerFor, trainerFor } from './accounts.js';
import { expectAccessible } from './a11y.js';

async function signIn(page: Page, account: { email: string; password: string; name: string }): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${account.name}` })).toBeVisible();
}

const CHOICES = ['Une demande urgente de mot de passe', 'Une adresse d’expéditeur inconnue', 'Le logo de l’établissement'];

test('a trainer writes a module with a text and a multiple choice, previews it, publishes it, and a learner completes it', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const project = testInfo.project.name;
  const title = `Repérer un faux courriel (e2e ${project})`;
  const slug = `reperer-un-faux-courriel-e2e-${project}`;
  const trainerPage = await (await browser.newContext()).newPage();
  const learnerPage = await (await browser.newContext()).newPage();
  const saved = () => expect(trainerPage.getByTestId('save-status')).toHaveText(/Enregistré$/);

  // 1. The trainer opens the studio from the header and creates the module: the slug follows the title.
  await signIn(trainerPage, trainerFor(testInfo));
  await trainerPage.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Studio' }).click();
  await expect(trainerPage.getByRole('heading', { level: 1, name: 'Studio' })).toBeVisible();
  const create = trainerPage.getByTestId('studio-create');
  await create.getByLabel('Titre').fill(title);
  await expect(create.getByLabel('Identifiant (slug)')).toHaveValue(slug);
  await expectAccessible(trainerPage, 'studio home');
  await create.getByRole('button', { name: 'Créer le module' }).click();
  await expect(trainerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // A new module shows what is missing, beside each field.
  await expect(trainerPage.getByTestId('studio-issues')).toContainText(/erreurs? empêchen?t la publication/);

  // 2. Details, then a text in the first grain.
  await trainerPage.getByLabel('Résumé').fill('Trois indices suffisent à démasquer la plupart des faux courriels.');
  await trainerPage.getByLabel('Objectif 1').fill('Repérer les indices d’un courriel frauduleux');
  await trainerPage.getByLabel('Titre de la source').fill('Cybermalveillance.gouv.fr');
  await trainerPage.getByLabel('Thème').selectOption({ label: 'Cybersécurité' });
  await trainerPage.getByLabel('Titre du grain').fill('Les indices');
  const text = trainerPage.getByTestId('studio-element').first();
  await text.getByLabel('Texte (Markdown)').fill('Un **faux courriel** imite une banque ou un service public.');

  // 3. A multiple choice: prompt, three choices, two right answers, feedback, skill.
  await trainerPage.getByLabel('Type du nouvel élément').selectOption({ label: 'Choix multiple' });
  await trainerPage.getByRole('button', { name: 'Ajouter l’élément' }).click();
  const question = trainerPage.getByTestId('studio-element').nth(1);
  await question.getByLabel('Question ou consigne').fill('Quels indices doivent alerter ?');
  const choices = question.getByRole('group', { name: 'Choix', exact: true });
  for (const [i, choice] of CHOICES.entries()) {
    await choices.getByRole('listitem').nth(i).getByLabel('Texte', { exact: true }).fill(choice);
  }
  const answers = question.getByRole('group', { name: 'Bonnes réponses' });
  await answers.getByLabel(CHOICES[1]!, { exact: false }).check();
  await question.getByLabel('Si la réponse est juste').fill('Oui : urgence et adresse inconnue.');
  await question.getByLabel('Si la réponse est fausse').fill('Un logo se copie facilement.');
  await question.getByLabel('Acquis évalué').selectOption('@motDePasse2');
  await saved();
  await expect(trainerPage.getByTestId('studio-issues')).toContainText('Aucune erreur');

  // 4. Reordering by keyboard, announced: the question goes up, then back down.
  await question.getByRole('button', { name: 'Monter Élément 2 : Choix multiple' }).click();
  await expect(trainerPage.getByTestId('studio-announcer')).toHaveText('Élément 2 : Choix multiple déplacé en position 1 sur 2.');
  await expect(trainerPage.getByRole('button', { name: 'Descendre Élément 1 : Choix multiple' })).toBeFocused();
  await trainerPage.keyboard.press('Enter');
  await expect(trainerPage.getByTestId('studio-announcer')).toHaveText('Élément 1 : Choix multiple déplacé en position 2 sur 2.');
  await saved();

  // 5. The preview shows the grain as a learner sees it, and corrects an answer there without storing it.
  const preview = trainerPage.getByTestId('studio-preview');
  await expect(preview.getByRole('heading', { name: 'Les indices' })).toBeVisible();
  await expect(preview.locator('strong', { hasText: 'faux courriel' })).toBeVisible();
  await preview.getByLabel(CHOICES[2]!, { exact: false }).check();
  await preview.getByRole('button', { name: 'Valider' }).click();
  await expect(preview.locator('form.question [aria-live]')).toContainText('Un logo se copie facilement.');
  await expectAccessible(trainerPage, 'studio editor');

  // 6. Publication: version 1, in the history.
  await trainerPage.getByTestId('studio-publish').click();
  await expect(trainerPage.getByTestId('studio-published')).toContainText('Version 1 publiée');
  await trainerPage.getByRole('link', { name: 'Versions et différences' }).click();
  await expect(trainerPage.getByTestId('studio-versions')).toContainText('Version 1');
  await expectAccessible(trainerPage, 'studio history');
  // The version exports to the content/ file format.
  const download = trainerPage.waitForEvent('download');
  await trainerPage.getByRole('link', { name: 'module.yaml de la version 1' }).click();
  const yaml = fs.readFileSync((await (await download).path())!, 'utf8');
  expect(yaml).toContain(`slug: ${slug}`);
  expect(yaml).toContain('type: multiple-choice');

  // 7. A learner finds it and completes it.
  await signIn(learnerPage, learnerFor(testInfo, 'studio'));
  await learnerPage.goto(`/modules/${slug}`);
  await expect(learnerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await learnerPage.getByRole('button', { name: /^(Commencer|Reprendre)$/ }).click();
  await expect(learnerPage.getByRole('heading', { level: 2, name: 'Les indices' })).toBeVisible();
  const form = learnerPage.locator('form.question');
  for (const choice of CHOICES.slice(0, 2)) await form.getByLabel(choice, { exact: false }).check();
  await form.getByRole('button', { name: 'Valider' }).click();
  await expect(form.locator('[aria-live]')).toContainText('Bonne réponse');
  await learnerPage.getByRole('button', { name: 'Terminer' }).click();
  await expect(learnerPage.getByRole('heading', { level: 1, name: /Bilan/ })).toBeVisible();
  await expect(learnerPage.getByText('1 bonne(s) réponse(s) sur 1')).toBeVisible();
});
