import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { fixtureEntries, fixturePackage, packH5p } from '../../api/test/h5p-fixture.js';
import { unzip, zipOf } from '../../api/test/zip.js';
import { learnerFor, trainerFor } from './accounts.js';
import { expectAccessible } from './a11y.js';
import { play } from './play.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function signIn(page: Page, account: { email: string; password: string; name: string }): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${account.name}` })).toBeVisible();
}

// What the trainer writes, kept as the content format has it: the learner then answers from it (play.ts).
const MULTIPLE_CHOICE = {
  type: 'multiple-choice',
  prompt: 'Quels indices doivent alerter ?',
  choices: [
    { id: 'choix-1', text: 'Une demande urgente de mot de passe' },
    { id: 'choix-2', text: 'Une adresse d’expéditeur inconnue' },
    { id: 'choix-3', text: 'Le logo de l’établissement' },
  ],
  answers: ['choix-1', 'choix-2'],
};
const TRUE_FALSE = {
  type: 'true-false',
  statements: [
    { text: 'Un gestionnaire de mots de passe retient un mot de passe différent par service.', answer: true },
    { text: 'Un mot de passe court et compliqué vaut mieux qu’une longue phrase de passe.', answer: false },
    { text: 'La double authentification protège un compte dont le mot de passe a fuité.', answer: true },
    { text: 'L’assistance informatique peut vous demander votre mot de passe par courriel.', answer: false },
    { text: 'Un même mot de passe pour tous ses comptes est une pratique sûre.', answer: false },
    { text: 'Une phrase de passe de quatre mots pris au hasard est difficile à deviner.', answer: true },
    { text: 'Un code reçu par SMS pour se connecter ne se donne à personne.', answer: true },
  ],
};
const ORDERING = {
  type: 'ordering',
  prompt: 'Remettez dans l’ordre ce qu’il faut faire devant un courriel douteux.',
  items: [
    { text: 'Vérifier l’adresse de l’expéditeur' },
    { text: 'Ne pas cliquer sur le lien' },
    { text: 'Signaler le courriel au référent numérique' },
  ],
};
const H5P_QUESTION = 'Peut-on prêter son code d’accès à l’ENT ?';
/** A picture the trainer drew, as plain SVG (a script inside would be refused). */
const PICTURE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60" width="120" height="60"><rect width="120" height="60" fill="#e3e3fd"/><text x="10" y="35" font-size="14">Ne cliquez pas</text></svg>`;

/** Adds an element of this type at the end of the grain and returns its editor. */
async function addElement(grain: Locator, type: string): Promise<Locator> {
  const count = await grain.getByTestId('studio-element').count();
  await grain.getByLabel('Type du nouvel élément').selectOption({ label: type });
  await grain.getByRole('button', { name: 'Ajouter l’élément' }).click();
  const element = grain.getByTestId('studio-element').nth(count);
  await expect(element).toBeVisible();
  return element;
}

test('a trainer writes a module with a text, a multiple choice and an H5P activity, publishes it, republishes it while a learner is on version 1, and exports a file that content:check accepts', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
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
  await trainerPage.getByLabel('Titre de la source').fill('Cybermalveillance.gouv.fr : l’hameçonnage');
  await trainerPage
    .getByLabel('Adresse (https://)')
    .fill('https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/hameconnage-phishing');
  await trainerPage.getByLabel('Thème').selectOption({ label: 'Cybersécurité' });
  await trainerPage.getByLabel('Durée (minutes)').fill('4');
  const first = trainerPage.getByTestId('studio-grain').first();
  await first.getByLabel('Titre du grain').fill('Les indices');
  const text = first.getByTestId('studio-element').first();
  await text.getByLabel('Texte (Markdown)').fill('Un **faux courriel** imite une banque ou un service public pour obtenir vos codes.');

  // 3. A multiple choice: prompt, three choices, two right answers, feedback, skill.
  const question = await addElement(first, 'Choix multiple');
  await question.getByLabel('Question ou consigne').fill(MULTIPLE_CHOICE.prompt);
  const choices = question.getByRole('group', { name: 'Choix', exact: true });
  for (const [i, choice] of MULTIPLE_CHOICE.choices.entries()) {
    await choices.getByRole('listitem').nth(i).getByLabel('Texte', { exact: true }).fill(choice.text);
  }
  const answers = question.getByRole('group', { name: 'Bonnes réponses' });
  await answers.getByLabel(MULTIPLE_CHOICE.choices[1]!.text, { exact: false }).check();
  await question.getByLabel('Si la réponse est juste').fill('Oui : urgence et adresse inconnue.');
  await question.getByLabel('Si la réponse est fausse').fill('Un logo se copie facilement.');
  await question.getByLabel('Acquis évalué').selectOption('@motDePasse2');
  await saved();

  // 4. Reordering by keyboard, announced: the question goes up, then back down.
  await question.getByRole('button', { name: 'Monter Élément 2 : Choix multiple' }).click();
  await expect(trainerPage.getByTestId('studio-announcer')).toHaveText('Élément 2 : Choix multiple déplacé en position 1 sur 2.');
  await expect(trainerPage.getByRole('button', { name: 'Descendre Élément 1 : Choix multiple' })).toBeFocused();
  await trainerPage.keyboard.press('Enter');
  await expect(trainerPage.getByTestId('studio-announcer')).toHaveText('Élément 1 : Choix multiple déplacé en position 2 sur 2.');
  await saved();

  // 5. An H5P activity: a hostile package is refused with its reason, the trainer's own is uploaded and chosen.
  const h5p = await addElement(first, 'Activité H5P');
  const file = h5p.getByLabel('Fichier .h5p');
  const uploadStatus = h5p.getByRole('status');
  const hostile = await packH5p([...fixtureEntries(), { name: 'content/evil.php', data: '<?php echo 1;' }]);
  await file.setInputFiles({ name: 'piege.h5p', mimeType: 'application/zip', buffer: hostile });
  await h5p.getByRole('button', { name: 'Déposer le paquet' }).click();
  await expect(uploadStatus).toContainText('type de fichier qu’H5P n’autorise pas');
  await file.setInputFiles({ name: 'quiz.h5p', mimeType: 'application/zip', buffer: await fixturePackage({ question: H5P_QUESTION }) });
  await h5p.getByRole('button', { name: 'Déposer le paquet' }).click();
  await expect(uploadStatus).toContainText('Paquet « Quiz de test Continuité » déposé et vérifié');
  await expect(h5p.getByLabel('Paquet H5P')).toHaveValue(/^[0-9a-f-]{36}$/);
  await expect(h5p.getByLabel('Titre de l’activité')).toHaveValue('Quiz de test Continuité');
  await saved();

  // 6. A true/false with seven statements and an ordering: the module reaches the catalogue's bar.
  const trueFalse = await addElement(first, 'Vrai ou faux');
  const statements = trueFalse.getByRole('group', { name: 'Affirmations' });
  for (const [i, statement] of TRUE_FALSE.statements.entries()) {
    if (i >= 2) await statements.getByRole('button', { name: `Ajouter : Affirmation ${i + 1}` }).click();
    const item = statements.getByRole('listitem').nth(i);
    await item.getByLabel('Texte', { exact: true }).fill(statement.text);
    await item.getByLabel('Cette affirmation est').selectOption({ label: statement.answer ? 'Vrai' : 'Faux' });
    await item.getByLabel('Explication').fill(statement.answer ? 'C’est exact.' : 'Non : c’est un piège courant.');
  }
  const ordering = await addElement(first, 'Remise en ordre');
  await ordering.getByLabel('Question ou consigne').fill(ORDERING.prompt);
  const steps = ordering.getByRole('group', { name: 'Étapes' });
  for (const [i, step] of ORDERING.items.entries()) {
    await steps.getByRole('listitem').nth(i).getByLabel('Texte', { exact: true }).fill(step.text);
  }
  await ordering.getByLabel('Si la réponse est juste').fill('Bon réflexe.');
  await ordering.getByLabel('Si la réponse est fausse').fill('On vérifie d’abord, on signale ensuite.');

  // 7. The « À retenir » grain that ends every module.
  await trainerPage.getByRole('button', { name: 'Ajouter un grain' }).click();
  const summary = trainerPage.getByTestId('studio-grain').nth(1);
  await summary.getByLabel('Titre du grain').fill('À retenir');
  await summary.getByLabel('Type de grain').selectOption({ label: 'Bilan' });
  await summary.getByLabel('Texte (Markdown)').fill('Urgence, expéditeur inconnu, lien douteux : on ne clique pas, on signale.');
  // An image the trainer uploads beside the field: an active SVG is refused, a plain one is kept and chosen.
  const image = await addElement(summary, 'Image');
  const imageFile = image.getByLabel('Fichier à déposer');
  await imageFile.setInputFiles({
    name: 'piège.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(PICTURE.replace('</svg>', '<script>alert(1)</script></svg>')),
  });
  await image.getByRole('button', { name: 'Déposer le fichier' }).click();
  await expect(image.getByRole('status')).toContainText('contient un script');
  await imageFile.setInputFiles({ name: 'Réflexe à retenir.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(PICTURE) });
  await image.getByRole('button', { name: 'Déposer le fichier' }).click();
  await expect(image.getByRole('status')).toContainText('Fichier « reflexe-a-retenir.svg » déposé et choisi.');
  await expect(image.getByLabel('Fichier', { exact: true })).toHaveValue('reflexe-a-retenir.svg');
  await image.getByLabel('Texte alternatif').fill('Un panneau : ne cliquez pas.');
  await saved();
  await expect(trainerPage.getByTestId('studio-issues')).toContainText('Aucune erreur');

  // 8. The preview shows the grain as a learner sees it, H5P included, and corrects an answer without storing it.
  await first.getByLabel('Titre du grain').focus();
  const preview = trainerPage.getByTestId('studio-preview');
  await expect(preview.getByRole('heading', { name: 'Les indices' })).toBeVisible();
  await expect(preview.locator('strong', { hasText: 'faux courriel' })).toBeVisible();
  await expect(preview.locator('[data-type="h5p"] iframe')).toHaveAttribute('sandbox', 'allow-scripts');
  await expect(preview.frameLocator('[data-type="h5p"] iframe').getByText(H5P_QUESTION)).toBeVisible();
  const previewQuestion = preview.locator('form.question').first();
  await previewQuestion.getByLabel(MULTIPLE_CHOICE.choices[2]!.text, { exact: false }).check();
  await previewQuestion.getByRole('button', { name: 'Valider' }).click();
  await expect(previewQuestion.locator('[aria-live]')).toContainText('Un logo se copie facilement.');
  await expectAccessible(trainerPage, 'studio editor');

  // 9. Publication: version 1.
  await trainerPage.getByTestId('studio-publish').click();
  await expect(trainerPage.getByTestId('studio-published')).toContainText('Version 1 publiée');

  // 10. A learner starts it: the multiple choice and the H5P activity, whose score is recorded.
  await signIn(learnerPage, learnerFor(testInfo, 'studio'));
  await learnerPage.goto(`/modules/${slug}`);
  await expect(learnerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await learnerPage.getByRole('button', { name: /^(Commencer|Reprendre)$/ }).click();
  await expect(learnerPage.getByRole('heading', { level: 2, name: 'Les indices' })).toBeVisible();
  const box = (type: string) => learnerPage.locator(`[data-type="${type}"]`);
  await play(learnerPage, box('multiple-choice'), MULTIPLE_CHOICE);
  await expect(box('multiple-choice').locator('[aria-live]')).toContainText('Bonne réponse');
  const quiz = learnerPage.frameLocator('[data-type="h5p"] iframe');
  await expect(quiz.getByText(H5P_QUESTION)).toBeVisible();
  await quiz.getByRole('button', { name: 'Non, jamais' }).click();
  await expect(box('h5p').locator('[aria-live]')).toContainText('Score : 1 sur 1.');

  // 11. Meanwhile the trainer rewords the question and publishes version 2.
  await question.getByLabel('Question ou consigne').fill('Quels indices doivent vous mettre en garde ?');
  await saved();
  await trainerPage.getByTestId('studio-publish').click();
  await expect(trainerPage.getByTestId('studio-published')).toContainText('Version 2 publiée');

  // 12. The learner's attempt stays on version 1: after a reload the question reads as before, and they finish it.
  await learnerPage.reload();
  await expect(learnerPage.getByRole('heading', { level: 2, name: 'Les indices' })).toBeVisible();
  await expect(box('multiple-choice')).toContainText(MULTIPLE_CHOICE.prompt);
  await expect(learnerPage.getByText('Quels indices doivent vous mettre en garde ?')).toHaveCount(0);
  await play(learnerPage, box('true-false'), TRUE_FALSE);
  await play(learnerPage, box('ordering'), ORDERING);
  await learnerPage.getByRole('button', { name: 'Suivant' }).click();
  await expect(learnerPage.getByRole('heading', { level: 2, name: 'À retenir' })).toBeVisible();
  await expect(learnerPage.getByRole('img', { name: 'Un panneau : ne cliquez pas.' })).toBeVisible();
  await learnerPage.getByRole('button', { name: 'Terminer' }).click();
  await expect(learnerPage.getByRole('heading', { level: 1, name: /Bilan/ })).toBeVisible();
  // 1 multiple choice + 1 H5P + 7 statements + 1 ordering, every one right: the H5P score counts.
  await expect(learnerPage.getByText('10 bonne(s) réponse(s) sur 10')).toBeVisible();

  // 13. The trainer's statistics count the attempt and the H5P activity among the items.
  await trainerPage.getByRole('link', { name: 'Statistiques' }).click();
  await expect(trainerPage.getByTestId('studio-statistics')).toContainText('1');
  await expect(trainerPage.getByRole('row', { name: /Activité H5P/ })).toContainText('100');
  await trainerPage.goBack();

  // 14. Both versions are in the history; version 2 exports to a file that `pnpm content:check` accepts
  //     beside the whole curriculum.
  await trainerPage.getByRole('link', { name: 'Versions et différences' }).click();
  await expect(trainerPage.getByTestId('studio-versions')).toContainText('Version 2');
  await expect(trainerPage.getByTestId('studio-versions')).toContainText('Version 1');
  await expectAccessible(trainerPage, 'studio history');
  const download = trainerPage.waitForEvent('download');
  await trainerPage.getByRole('link', { name: 'dossier .zip de la version 2' }).click();
  const files = await unzip(fs.readFileSync((await (await download).path())!));
  expect([...files.keys()].sort()).toEqual([`${slug}/module.yaml`, `${slug}/reflexe-a-retenir.svg`]);
  const yaml = files.get(`${slug}/module.yaml`)!.toString('utf8');
  expect(yaml).toContain('type: h5p');
  expect(yaml).toContain('Quels indices doivent vous mettre en garde ?');
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'continuite-content-'));
  try {
    fs.cpSync(path.join(ROOT, 'content/framework'), path.join(content, 'framework'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'content/modules'), path.join(content, 'modules'), { recursive: true });
    for (const [name, data] of files) {
      fs.mkdirSync(path.dirname(path.join(content, 'modules', name)), { recursive: true });
      fs.writeFileSync(path.join(content, 'modules', name), data);
    }
    const report = execFileSync(process.execPath, [path.join(ROOT, 'content/check.mjs'), content], { encoding: 'utf8' });
    expect(report).toContain(slug);
  } finally {
    fs.rmSync(content, { recursive: true, force: true });
  }

  // 15. The folder comes back as a .zip: under another slug it is a new module, picture included, ready
  //     to publish; an archive whose picture carries a script is refused, naming the file.
  const copy = `${slug}-copie`;
  const copied = await zipOf({
    [`${copy}/module.yaml`]: yaml.replace(`slug: ${slug}`, `slug: ${copy}`),
    [`${copy}/reflexe-a-retenir.svg`]: files.get(`${slug}/reflexe-a-retenir.svg`)!,
  });
  const hostileArchive = await zipOf({
    'module.yaml': yaml.replace(`slug: ${slug}`, `slug: ${copy}-piege`).replace('reflexe-a-retenir.svg', 'dessin.svg'),
    'dessin.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  });
  await trainerPage.goto('/studio');
  const importField = trainerPage.getByLabel('Fichier module.yaml ou dossier .zip');
  await importField.setInputFiles({ name: 'piege.zip', mimeType: 'application/zip', buffer: hostileArchive });
  await expect(trainerPage.getByRole('alert')).toContainText('Dans l’archive, « dessin.svg »');
  await importField.setInputFiles({ name: `${copy}.zip`, mimeType: 'application/zip', buffer: copied });
  await expect(trainerPage).toHaveURL(/\/studio\/[0-9a-f-]{36}$/);
  await expect(trainerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(trainerPage.getByTestId('studio-issues')).toContainText('Aucune erreur');
});
