import { graphql } from '#lib/graphql/generated/index.ts';

export const ManagedOrganisationsQuery = graphql(`
  query ManagedOrganisations {
    managedOrganisations {
      id
      kind
      name
      uai
      cohorts {
        id
        name
        memberCount
      }
    }
  }
`);
