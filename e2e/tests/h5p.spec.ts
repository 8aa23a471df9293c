import { expect, type Page, test } from '@playwright/test';
import { FIXTURE_TITLE, fixtureEntries, fixturePackage, packH5p } from '../../api/test/h5p-fixture.js';
import { expectAccessible } from './a11y.js';
import { learnerFor, trainerFor } from './accounts.js';

const MODULE = { slug: 'activite-h5p-e2e', title: 'Activité H5P de test : le mot de passe', grain: 'Un quiz H5P' };

async function signIn(page: Page, account: { email: string; password: string; name: string }): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${account.name}` })).toBeVisible();
}

test('a trainer uploads an H5P package through the web, and a hostile one is refused with its reason', async ({
  page,
  baseURL,
}, testInfo) => {
  await signIn(page, trainerFor(testInfo));
  const upload = (buffer: Buffer) =>
    page.request.post('/h5p/packages', {
      headers: { origin: new URL(baseURL!).origin },
      multipart: { package: { name: 'quiz.h5p', mimeType: 'application/zip', buffer } },
    });

  const accepted = await upload(await fixturePackage());
  const hostile = await upload(await packH5p([...fixtureEntries(), { name: 'content/evil.php', data: '<?php echo 1;' }]));

  expect(accepted.status()).toBe(201);
  expect((await accepted.json()).package).toMatchObject({ id: expect.any(String), title: FIXTURE_TITLE });
  expect(hostile.status()).toBe(422);
  expect((await hostile.json()).error.code).toBe('H5P_FILE_TYPE_NOT_ALLOWED');
});

test('a learner plays an H5P activity in a sandboxed frame that reaches neither the session nor the api, resumes it, and its score counts', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await signIn(page, learnerFor(testInfo, 'h5p'));
  // Something the platform's origin keeps in its storage: the frame must not read it.
  await page.evaluate(() => localStorage.setItem('continuite-e2e-secret', 'secret'));
  await page.goto(`/modules/${MODULE.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: MODULE.title })).toBeVisible();
  await page.getByRole('button', { name: /^(Commencer|Reprendre|Recommencer)$/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: MODULE.grain })).toBeVisible();

  // 1. The activity plays in a frame sandboxed without same-origin rights.
  const iframe = page.locator('[data-type="h5p"] iframe');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
  await expect(iframe).toHaveAttribute('title', /Le quiz du mot de passe/);
  const quiz = page.frameLocator('[data-type="h5p"] iframe');
  await expect(quiz.getByRole('button', { name: 'Non, jamais' })).toBeVisible();

  // 2. The package's own script found no cookie, no storage, and the api refused it.
  await expect(quiz.locator('[data-probe="cookie"]')).toHaveText(/cookie : (vide|refusé)/);
  await expect(quiz.locator('[data-probe="stockage"]')).toHaveText(/stockage : (vide|refusé)/);
  await expect(quiz.locator('[data-probe="api"]')).toHaveText('api : refusé');
  // The same, tried from inside the frame by the test: document.cookie is empty, a mutation fails.
  const frame = page.frames().find((f) => f.url().includes('/h5p/play/'))!;
  const cookie = await frame.evaluate(() => {
    try {
      // (Typed by hand: the e2e project has no DOM library.)
      return (globalThis as unknown as { document: { cookie: string } }).document.cookie;
    } catch {
      return '';
    }
  });
  const mutation = await frame.evaluate(async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { signOut }' }),
      });
      return (await response.text()).includes('"errors"') ? 'refused' : 'accepted';
    } catch {
      return 'refused';
    }
  });
  expect(cookie).toBe('');
  expect(mutation).toBe('refused');
  await expectAccessible(page, 'H5P activity');

  // 3. The learner's state inside the activity is saved, and a reload resumes it.
  const stateSaved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('SaveH5pState'));
  await quiz.getByRole('button', { name: 'Garder un brouillon' }).click();
  await quiz.getByRole('button', { name: 'Garder un brouillon' }).click();
  await expect(quiz.getByTestId('drafts')).toHaveText('Brouillons : 2');
  expect((await (await stateSaved).json()).data).toEqual({ saveH5pState: true });
  await page.reload();
  await expect(quiz.getByTestId('drafts')).toHaveText('Brouillons : 2');

  // 4. Its xAPI result becomes the answer: announced on the page, still signed in (signOut was refused).
  await quiz.getByRole('button', { name: 'Non, jamais' }).click();
  const feedback = page.locator('[data-type="h5p"] [aria-live]');
  await expect(feedback).toContainText('Bonne réponse');
  await expect(feedback).toContainText('Score : 1 sur 1.');

  // 5. It counts in the summary like any other answer.
  await page.getByRole('button', { name: 'Terminer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Bilan/ })).toBeVisible();
  await expect(page.getByText('1 bonne(s) réponse(s) sur 1')).toBeVisible();
});
