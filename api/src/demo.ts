import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Role } from './core/roles.js';
import { IdentityService } from './identity/identity.service.js';
import { OrganisationService } from './organisation/organisation.service.js';

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

const ACCOUNTS: { role: Role; roles: Role[]; email: string; name: string }[] = [
  { role: Role.LEARNER, roles: [Role.LEARNER], email: 'apprenant@demo.continuite.fr', name: 'Camille Martin' },
  { role: Role.TRAINER, roles: [Role.TRAINER, Role.LEARNER], email: 'formateur@demo.continuite.fr', name: 'Karim Benali' },
  { role: Role.MANAGER, roles: [Role.MANAGER], email: 'referent@demo.continuite.fr', name: 'Sophie Durand' },
  { role: Role.ADMIN, roles: [Role.ADMIN], email: 'admin@demo.continuite.fr', name: 'Admin Démo' },
];

/**
 * Embedded demo mode only (never with DATABASE_URL): a demo académie with one school, one cohort and
 * one account per role. Passwords are random and returned once, on the first start, to be printed.
 */
export async function seedDemo(app: INestApplicationContext): Promise<DemoAccount[] | null> {
  const organisations = app.get(OrganisationService);
  if (await organisations.hasAnyOrganisation()) return null;
  const identity = app.get(IdentityService);

  const academie = await organisations.createOrganisation({ kind: 'ACADEMIE', name: 'Académie de démonstration' });
  const school = await organisations.createOrganisation({
    kind: 'ETABLISSEMENT',
    name: 'Collège Jean Moulin (démo)',
    uai: '0999999X',
    parentId: academie,
  });
  const cohort = await organisations.createCohort(school, '4e B');

  const created: DemoAccount[] = [];
  for (const account of ACCOUNTS) {
    const password = randomBytes(9).toString('base64url');
    const userId = await identity.createAccount({
      email: account.email,
      displayName: account.name,
      password: `demo-${password}`,
      organisationId: account.role === Role.ADMIN ? academie : school,
      roles: account.roles,
    });
    if (account.role === Role.LEARNER) await organisations.addToCohort(cohort, userId);
    created.push({ role: account.role, email: account.email, password: `demo-${password}` });
  }
  return created;
}
