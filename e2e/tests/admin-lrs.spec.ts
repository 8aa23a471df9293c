import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN } from './accounts.js';
import { expectAccessible } from './a11y.js';

const XAPI_VERSION = '1.0.3';

interface Received {
  authorization: string | undefined;
  statements: { id: string }[];
}

/** Another LRS on this machine, that the platform forwards to: it keeps what it gets and answers as a Statements resource does. */
async function startOtherLrs(): Promise<{ endpoint: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/autre-lrs/xapi/statements') {
        res.writeHead(404).end();
        return;
      }
      const statements = [JSON.parse(body) as { id: string } | { id: string }[]].flat();
      received.push({ authorization: req.headers.authorization, statements });
      res.writeHead(200, { 'content-type': 'application/json', 'x-experience-api-version': XAPI_VERSION });
      res.end(JSON.stringify(statements.map((s) => s.id)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/autre-lrs/xapi/`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function signIn(page: Page, account: { email: string; password: string; name: string }): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${account.name}` })).toBeVisible();
}

const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

test('an admin gives a tool LRS credentials that write and read statements until revoked, and forwards the statements to another LRS', async ({
  page,
  context,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const toolName = `Simulateur de messagerie (${testInfo.project.name})`;
  const otherLrs = await startOtherLrs();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  try {
    // 1. From the account page, the admin opens the LRS screen of its académie.
    await signIn(page, ADMIN);
    await page.goto('/compte');
    await page.getByRole('region', { name: 'Administration' }).getByRole('link', { name: 'Entrepôt de traces xAPI (LRS)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Entrepôt de traces xAPI (LRS)' })).toBeVisible();
    await expect(page.getByText('Organisation\u00a0: Académie')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Accès des outils' })).toBeVisible();
    await expectAccessible(page, 'the LRS screen');

    // 2. A read and write access for a tool: its key, secret (shown once) and endpoint are on screen, and copy.
    await page.getByLabel('Nom de l’outil').fill(toolName);
    await page.getByRole('radio', { name: /^Lecture et écriture/ }).check();
    await page.getByRole('button', { name: 'Créer l’accès' }).click();
    const credentials = page.getByRole('region', { name: `Identifiants de «\u00a0${toolName}\u00a0»` });
    await expect(credentials).toBeVisible();
    await expect(credentials.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(credentials).toContainText('Le secret n’est affiché qu’une seule fois');
    await expect(page.getByTestId('lrs-clients-status')).toContainText(`Accès «\u00a0${toolName}\u00a0» créé`);
    const endpoint = await credentials.getByLabel('Adresse du LRS').inputValue();
    const key = await credentials.getByLabel('Clé (identifiant HTTP Basic)').inputValue();
    const secret = await credentials.getByLabel('Secret (mot de passe HTTP Basic)').inputValue();
    expect(endpoint).toBe(new URL('/xapi/', page.url()).href);
    expect(key).toMatch(/^[0-9a-f]{24}$/);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    await credentials.getByRole('button', { name: 'Copier le secret' }).click();
    await expect(credentials.getByTestId('lrs-copy-status')).toHaveText('Secret copié.');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(secret);
    const row = page.getByTestId('lrs-clients').getByRole('row', { name: new RegExp(toolName.replace(/[()]/g, '\\$&')) });
    await expect(row).toContainText('Lecture et écriture');
    await expect(row).toContainText(key);
    await expect(row).toContainText('Actif');
    await expectAccessible(page, 'the LRS screen showing new credentials');

    // 3. With them, the tool writes a statement to the LRS and reads it back.
    const statementId = randomUUID();
    const headers = { authorization: basic(key, secret), 'x-experience-api-version': XAPI_VERSION };
    const statement = {
      id: statementId,
      actor: { objectType: 'Agent', name: 'Élève d’un autre outil', mbox: 'mailto:eleve.simulateur@exemple.fr' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'fr-FR': 'a fait l’expérience de' } },
      object: { objectType: 'Activity', id: 'https://simulateur.exemple.fr/activites/messagerie' },
    };
    const posted = await request.post(`${endpoint}statements`, { headers, data: statement });
    expect(posted.status(), await posted.text()).toBe(200);
    expect(await posted.json()).toEqual([statementId]);
    const read = await request.get(`${endpoint}statements?statementId=${statementId}`, { headers });
    expect(read.status()).toBe(200);
    const stored = (await read.json()) as { id: string; actor: { mbox: string }; authority: { account: { name: string } } };
    expect(stored.id).toBe(statementId);
    expect(stored.actor.mbox).toBe('mailto:eleve.simulateur@exemple.fr');
    expect(stored.authority.account.name).toBe(key);

    // 4. Revoking asks first; once confirmed, the access shows as revoked and its credentials are refused.
    await credentials.getByRole('button', { name: 'J’ai copié le secret, masquer' }).click();
    await expect(credentials).toBeHidden();
    await expect(page.getByLabel('Nom de l’outil')).toBeFocused();
    const revokeButton = row.getByRole('button', { name: `Révoquer – ${toolName}` });
    await revokeButton.click();
    const confirmRevoke = page.getByRole('group', { name: `Révoquer l’accès «\u00a0${toolName}\u00a0»\u202f?` });
    await expect(confirmRevoke).toContainText(key);
    await confirmRevoke.getByRole('button', { name: 'Annuler' }).click();
    await expect(confirmRevoke).toBeHidden();
    await expect(revokeButton).toBeFocused();
    await revokeButton.click();
    await expect(confirmRevoke.getByRole('button', { name: 'Oui, révoquer cet accès' })).toBeFocused();
    await expectAccessible(page, 'the LRS screen asking to confirm a revocation');
    await confirmRevoke.getByRole('button', { name: 'Oui, révoquer cet accès' }).click();
    await expect(page.getByTestId('lrs-clients-status')).toHaveText(`L’accès «\u00a0${toolName}\u00a0» est révoqué.`);
    await expect(row).toContainText('Révoqué le');
    await expect(row.getByRole('button')).toHaveCount(0);
    expect((await request.get(`${endpoint}statements?statementId=${statementId}`, { headers })).status()).toBe(401);
    expect((await request.post(`${endpoint}statements`, { headers, data: { ...statement, id: randomUUID() } })).status()).toBe(401);

    // 5. Forwarding: an address that is not one is refused beside its field, in French.
    const forwarding = page.getByTestId('lrs-forwarding-form');
    await expect(page.getByTestId('lrs-forwarding-none')).toBeVisible();
    await forwarding.getByLabel('Adresse du LRS externe').fill('lrs.exemple.fr/xapi');
    await forwarding.getByLabel('Clé (identifiant HTTP Basic)').fill('cle-de-la-plateforme');
    await forwarding.getByLabel('Secret (mot de passe HTTP Basic)').fill('secret-de-la-plateforme');
    await forwarding.getByRole('button', { name: 'Enregistrer le transfert' }).click();
    const endpointField = forwarding.getByLabel('Adresse du LRS externe');
    await expect(endpointField).toHaveAttribute('aria-invalid', 'true');
    await expect(endpointField).toHaveAccessibleDescription(/Cette adresse ne peut pas servir de LRS/);
    await expect(forwarding.locator('#forwarding-endpoint-error')).toHaveText(/^Cette adresse ne peut pas servir de LRS/);
    await expect(forwarding.getByRole('alert')).toHaveText('Le transfert n’est pas enregistré\u00a0: corrigez les champs signalés.');
    await expect(forwarding.getByLabel('Clé (identifiant HTTP Basic)')).toHaveValue('cle-de-la-plateforme');
    await expectAccessible(page, 'the forwarding form with an error');

    // 6. A real address: the setting shows, and the other LRS receives the statement with the credentials given.
    await endpointField.fill(otherLrs.endpoint);
    await forwarding.getByLabel('Secret (mot de passe HTTP Basic)').fill('secret-de-la-plateforme');
    await forwarding.getByRole('button', { name: 'Enregistrer le transfert' }).click();
    await expect(page.getByTestId('lrs-forwarding-status')).toHaveText(`Transfert enregistré vers ${otherLrs.endpoint}.`);
    const setting = page.getByTestId('lrs-forwarding');
    await expect(setting).toContainText(otherLrs.endpoint);
    await expect(setting).toContainText('cle-de-la-plateforme');
    await expect(endpointField).not.toHaveAttribute('aria-invalid');
    await expect(forwarding.getByLabel('Secret (mot de passe HTTP Basic)')).toHaveValue('');
    await expect.poll(() => otherLrs.received.flatMap((r) => r.statements.map((s) => s.id)), { timeout: 30_000 }).toContain(statementId);
    expect(otherLrs.received[0]!.authorization).toBe(basic('cle-de-la-plateforme', 'secret-de-la-plateforme'));
    await expect(async () => {
      await page.getByRole('button', { name: 'Actualiser l’état' }).click();
      await expect(setting).toContainText('Fonctionne', { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.getByTestId('lrs-forwarding-sent')).not.toHaveText('0');
    await expectAccessible(page, 'the LRS screen with forwarding set');

    // 7. Stopping asks first, then the platform keeps its statements to itself.
    await page.getByRole('button', { name: 'Arrêter le transfert' }).click();
    const confirmStop = page.getByRole('group', { name: `Arrêter le transfert vers ${otherLrs.endpoint}\u202f?` });
    await confirmStop.getByRole('button', { name: 'Oui, arrêter le transfert' }).click();
    await expect(page.getByTestId('lrs-forwarding-status')).toHaveText('Transfert arrêté.');
    await expect(page.getByTestId('lrs-forwarding-none')).toBeVisible();
    await expect(setting).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('lrs-forwarding-none')).toBeVisible();
    await expect(page.getByTestId('lrs-clients').getByRole('row', { name: new RegExp(toolName.replace(/[()]/g, '\\$&')) })).toContainText(
      'Révoqué le',
    );
  } finally {
    await otherLrs.close();
  }
});
