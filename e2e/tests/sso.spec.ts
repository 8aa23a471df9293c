import { expect, test } from '@playwright/test';
import { ENT_PUPIL_NAME } from '../sso-provider.js';
import { expectAccessible } from './a11y.js';

test('a pupil signs in through the ENT and lands on the home page, signed in', async ({ page }, testInfo) => {
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
});

test('a failed sign-in through the ENT is explained on the sign-in page', async ({ page }) => {
  await page.goto('/connexion?erreur=sso-state');

  await expect(page.getByRole('alert')).toHaveText(/La connexion par l’ENT a expiré/);
  await expect(page.getByRole('link', { name: 'Se connecter avec l’ENT' })).toBeVisible();
});
