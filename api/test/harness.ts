import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApi } from '../src/app-factory.js';
import { ContentImportService } from '../src/catalogue/content-import.service.js';
import { type AppConfig, loadConfig } from '../src/core/config.js';
import { Role } from '../src/core/roles.js';
import type { Database } from '../src/database/database.js';
import { IdentityService } from '../src/identity/identity.service.js';
import { OrganisationService } from '../src/organisation/organisation.service.js';
import { createFixtureContent } from './fixture-content.js';
import { type DatabaseKind, createTestDatabase } from './test-database.js';

export const PASSWORD = 'correct horse battery staple';

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
  cookies: string[];
}

/**
 * The real api (HTTP, GraphQL, guards, services, SQL) on a fresh database of the given kind,
 * with fixture content imported. One per test file.
 */
export async function startTestApi(kind: DatabaseKind, overrides: Partial<AppConfig> = {}) {
  const content = await createFixtureContent();
  const database = await createTestDatabase(kind);
  const config: AppConfig = { ...loadConfig({}), databaseUrl: undefined, contentDir: content.dir, demo: false, ...overrides };
  const { app } = await createApi(config, database.db, { logger: false });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const importer = app.get(ContentImportService);
  await importer.importDirectory(content.dir);
  const organisationId = await app.get(OrganisationService).createOrganisation({ kind: 'ETABLISSEMENT', name: `Collège ${kind}` });
  let accounts = 0;

  async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResult<T>> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphQLResult['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, cookies: response.headers.getSetCookie() };
  }

  /** Creates an account with these roles and signs it in; returns its session cookie. */
  async function signedIn(...roles: Role[]): Promise<{ cookie: string; email: string; id: string }> {
    return signedInAt(organisationId, ...roles);
  }

  /** The same, in another organisation (roles are held per organisation). */
  async function signedInAt(at: string, ...roles: Role[]): Promise<{ cookie: string; email: string; id: string }> {
    accounts += 1;
    const email = `user${accounts}-${roles.join('-').toLowerCase()}@test.fr`;
    const id = await app
      .get(IdentityService)
      .createAccount({ email, displayName: `User ${accounts}`, password: PASSWORD, organisationId: at, roles });
    const result = await gql(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email, password: PASSWORD } });
    const cookie = result.cookies.map((c) => c.split(';')[0]).join('; ');
    return { cookie, email, id };
  }

  return {
    app: app as NestExpressApplication,
    db: database.db as Database,
    url,
    organisationId,
    content,
    importer,
    gql,
    given: {
      learner: () => signedIn(Role.LEARNER),
      trainer: () => signedIn(Role.TRAINER),
      manager: () => signedIn(Role.MANAGER),
      admin: () => signedIn(Role.ADMIN),
      account: (...roles: Role[]) => signedIn(...roles),
      accountAt: (at: string, ...roles: Role[]) => signedInAt(at, ...roles),
    },
    async stop() {
      await app.close();
      await database.drop();
      await content.remove();
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

export function reasonOf(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.reason;
}
