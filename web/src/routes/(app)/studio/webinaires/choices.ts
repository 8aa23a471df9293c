import type { ApolloClient } from '@apollo/client';
import { ManagedOrganisationsQuery } from '../../gestion/operations.ts';
import { WebinarFormChoicesQuery } from './operations.ts';

export interface OrganisationChoice {
  id: string;
  name: string;
  cohorts: { id: string; name: string; memberCount: number }[];
}

/** The organisations (with their cohorts) and the modules the schedule form offers to this person. */
export async function webinarFormChoices(client: ApolloClient, roles: readonly string[]) {
  const manages = roles.includes('MANAGER') || roles.includes('ADMIN');
  const [choices, managed] = await Promise.all([
    client.query({ query: WebinarFormChoicesQuery }),
    manages ? client.query({ query: ManagedOrganisationsQuery }) : Promise.resolve(null),
  ]);
  const organisations = new Map<string, OrganisationChoice>();
  const add = (o: OrganisationChoice) => organisations.set(o.id, { id: o.id, name: o.name, cohorts: o.cohorts });
  for (const o of managed?.data?.managedOrganisations ?? []) add(o);
  for (const webinar of choices.data!.managedWebinars.nodes) {
    add(webinar.organisation);
    for (const o of webinar.audience.organisations) add(o);
    for (const c of webinar.audience.cohorts) add(c.organisation);
  }
  return {
    organisations: [...organisations.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    modules: choices.data!.modules.nodes,
  };
}
