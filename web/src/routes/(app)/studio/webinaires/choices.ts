import type { ApolloClient } from '@apollo/client';
import { WebinarFormChoicesQuery } from './operations.ts';

export interface OrganisationChoice {
  id: string;
  name: string;
  cohorts: { id: string; name: string; memberCount: number }[];
}

/** The organisations (with their cohorts) and the modules the schedule form offers to this trainer. */
export async function webinarFormChoices(client: ApolloClient) {
  const { data } = await client.query({ query: WebinarFormChoicesQuery });
  return {
    organisations: [...data!.webinarHostOrganisations].sort((a, b) => a.name.localeCompare(b.name, 'fr')) as OrganisationChoice[],
    modules: data!.modules.nodes,
  };
}
