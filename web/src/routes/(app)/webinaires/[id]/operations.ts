import { graphql } from '#lib/graphql/generated/index.ts';

export const WebinarPageQuery = graphql(`
  query WebinarPage($id: ID!) {
    webinar(id: $id) {
      ...WebinarSummaryFields
      description
      joinOpensAt
      roomKind
      slideDeckUrl
      replayUrl
      attendanceThresholdMinutes
      followUpModule {
        id
        slug
        title
        durationMinutes
      }
      myRegistration {
        status
        waitlistPosition
        joinedAt
        minutesPresent
        attended
      }
    }
  }
`);

export const RegisterForWebinarMutation = graphql(`
  mutation RegisterForWebinar($webinarId: ID!) {
    registerForWebinar(webinarId: $webinarId) {
      id
      myRegistration {
        status
        waitlistPosition
      }
    }
  }
`);

export const CancelWebinarRegistrationMutation = graphql(`
  mutation CancelWebinarRegistration($webinarId: ID!) {
    cancelWebinarRegistration(webinarId: $webinarId) {
      id
    }
  }
`);
