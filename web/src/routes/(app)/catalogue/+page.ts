import { createApolloClient } from '#lib/graphql/client.ts';
import { graphql } from '#lib/graphql/generated/index.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { filterOf, PAGE_SIZE, parseCatalogueQuery } from '#lib/utils/catalogue-query.ts';
import type { PageLoad } from './$types';

const CatalogueDomainsQuery = graphql(`
  query CatalogueDomains {
    domains {
      code
      name
      competencies {
        code
        name
      }
    }
  }
`);

const CatalogueModulesQuery = graphql(`
  query CatalogueModules($filter: ModuleFilter, $first: Int!, $after: String) {
    modules(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ModuleCard
      }
    }
  }
`);

export const load = (async ({ fetch, url }) => {
  const query = parseCatalogueQuery(url.searchParams);
  const client = createApolloClient(fetch);
  const [domains, modules] = await Promise.all([
    client.query({ query: CatalogueDomainsQuery }),
    client.query({
      query: CatalogueModulesQuery,
      variables: { filter: filterOf(query), first: PAGE_SIZE, after: query.after },
    }),
  ]).catch((cause) => failLoad(cause, url));
  return { query, domains: domains.data.domains, modules: modules.data.modules };
}) satisfies PageLoad;
