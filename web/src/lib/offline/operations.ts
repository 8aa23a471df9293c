import { graphql } from '#lib/graphql/generated/index.ts';

/** The download: reserves this device's attempt and brings the public content of its version (no solution). */
export const ReserveOfflineAttemptMutation = graphql(`
  mutation ReserveOfflineAttempt($input: ReserveOfflineAttemptInput!) {
    reserveOfflineAttempt(input: $input) {
      id
      versionId
      version
      currentGrainIndex
      grains {
        ...PlayerGrain
      }
      answers {
        ...AnswerResultFields
      }
    }
  }
`);

/** The day's review session to keep on the device: the items as the learner sees them (no solution). */
export const ReviewSessionDownloadQuery = graphql(`
  query ReviewSessionDownload {
    myReviewSession {
      dueCount
      items {
        ...ReviewItemFields
      }
    }
  }
`);
