import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type OidcTestProvider, startOidcTestProvider } from '../api/test/oidc-test-provider.js';

/** The school new ENT accounts go into (OIDC_ORGANISATION_UAI), and who the ENT says each person is. */
export const ENT_SCHOOL_UAI = '0999001A';
export const ENT_PUPIL_NAME = 'Noé Élève';

/**
 * The académie's ENT for the journeys: the same real OpenID Connect provider as the api's
 * integration tests, on a free port. Its development login form takes any login as the person's
 * subject; each subject gets a verified e-mail of its own, so every project and test has its account.
 */
export async function startEntProvider(webPort: number): Promise<{ provider: OidcTestProvider; apiEnv: Record<string, string> }> {
  const client = {
    clientId: 'continuite-e2e',
    clientSecret: 'a client secret for the e2e only',
    redirectUri: `http://localhost:${webPort}/auth/oidc/callback`,
  };
  const provider = await startOidcTestProvider(client, (subject) => ({
    email: `${subject.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}@ent.e2e.continuite.fr`,
    email_verified: true,
    name: ENT_PUPIL_NAME,
  }));
  const apiEnv = {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: client.clientId,
    OIDC_CLIENT_SECRET: client.clientSecret,
    OIDC_ORGANISATION_UAI: ENT_SCHOOL_UAI,
  };
  return { provider, apiEnv };
}

/**
 * Creates the ENT's school in the api's database, through the api's own service as the CLI does
 * (the CLI has no command for organisations yet); before the api starts, since PGlite has one owner.
 */
export function createEntSchool(root: string, env: NodeJS.ProcessEnv): void {
  const module = (file: string) => JSON.stringify(pathToFileURL(path.join(root, 'api/dist', file)).href);
  const script = `
    import { createApi } from ${module('app-factory.js')};
    import { loadConfig } from ${module('core/config.js')};
    import { OrganisationService } from ${module('organisation/organisation.service.js')};
    const { app, db } = await createApi({ ...loadConfig(), demo: false }, undefined, { logger: false });
    await app.get(OrganisationService).createOrganisation({ kind: 'ETABLISSEMENT', name: 'Collège de l’ENT (e2e)', uai: '${ENT_SCHOOL_UAI}' });
    await db.destroy();
    process.exit(0);
  `;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, stdio: 'inherit' });
}
