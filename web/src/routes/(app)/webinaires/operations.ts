import { graphql } from '#lib/graphql/generated/index.ts';

export const WebinarsHomeQuery = graphql(`
  query WebinarsHome {
    upcomingWebinars(first: 50) {
      nodes {
        ...WebinarSummaryFields
      }
    }
    myWebinars(first: 50) {
      nodes {
        ...WebinarSummaryFields
      }
    }
  }
`);
