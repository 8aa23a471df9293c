import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { ENT_PUPIL_NAME } from '../sso-provider.js';
import { expectAccessible } from './a11y.js';

test('a pupil signs in through the ENT, downloads all their data, and erases their account', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/connexion/);
  await expectAccessible(page, 'sign-in with the ENT button');

  await page.getByRole('link', { name: 'Se connecter avec l’ENT' }).click();
  // The provider's own development login form (npm oidc-provider): the login is the person's
  // subject there, one per project so that each run makes its own account.
  await page.getByPlaceholder('Enter any login').fill(`${testInfo.project.name}.eleve`);
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${ENT_PUPIL_NAME}` })).toBeVisible();

  // Their account page: they download all their data, then erase the account.
  await page.getByRole('banner').getByRole('link', { name: ENT_PUPIL_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expectAccessible(page, 'account page');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger mes données (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mes-donnees-continuite.json');
  const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(JSON.stringify(data)).toContain(ENT_PUPIL_NAME);

  // Keyboard only: Enter in the confirmation field sends the form.
  await page.getByLabel(/Pour confirmer, saisissez SUPPRIMER/).fill('SUPPRIMER');
  await page.getByLabel(/Pour confirmer, saisissez SUPPRIMER/).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Votre compte a été supprimé' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/connexion/);
});

test('a failed sign-in through the ENT is explained on the sign-in page', async ({ page }) => {
  await page.goto('/connexion?erreur=sso-state');

  await expect(page.getByRole('alert')).toHaveText(/La connexion par l’ENT a expiré/);
  await expect(page.getByRole('link', { name: 'Se connecter avec l’ENT' })).toBeVisible();
});
