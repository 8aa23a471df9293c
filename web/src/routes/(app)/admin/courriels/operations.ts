import { graphql } from '#lib/graphql/generated/index.ts';

export const OutboxQuery = graphql(`
  query Outbox($first: Int!, $after: String) {
    outbox(first: $first, after: $after) {
      nodes {
        id
        to
        subject
        text
        attachmentNames
        createdAt
        sentAt
        attempts
        lastError
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
