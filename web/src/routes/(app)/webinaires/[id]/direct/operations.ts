import { graphql } from '#lib/graphql/generated/index.ts';

export const WebinarLivePageQuery = graphql(`
  query WebinarLivePage($id: ID!) {
    webinar(id: $id) {
      ...WebinarSummaryFields
      questions {
        ...WebinarQuestionFields
      }
      polls {
        ...WebinarPollFields
      }
    }
  }
`);
