import { graphql } from '#lib/graphql/generated/index.ts';

export const ManagedWebinarQuery = graphql(`
  query ManagedWebinar($id: ID!) {
    webinar(id: $id) {
      ...WebinarSummaryFields
      description
      joinOpensAt
      roomKind
      roomUrl
      slideDeckUrl
      followUpModuleSlug
      replayUrl
      attendanceThresholdMinutes
      audience {
        openToAll
        organisations {
          id
        }
        cohorts {
          id
        }
      }
      attendance {
        userId
        displayName
        status
        joinedAt
        minutesPresent
        attended
      }
    }
  }
`);

export const UpdateWebinarMutation = graphql(`
  mutation UpdateWebinar($id: ID!, $input: WebinarInput!) {
    updateWebinar(id: $id, input: $input) {
      id
    }
  }
`);

export const CancelWebinarMutation = graphql(`
  mutation CancelWebinar($id: ID!) {
    cancelWebinar(id: $id) {
      id
    }
  }
`);

export const SetWebinarReplayMutation = graphql(`
  mutation SetWebinarReplay($webinarId: ID!, $replayUrl: String) {
    setWebinarReplay(webinarId: $webinarId, replayUrl: $replayUrl) {
      id
      replayUrl
    }
  }
`);

export const RecordWebinarAttendanceMutation = graphql(`
  mutation RecordWebinarAttendance($webinarId: ID!, $userId: ID!, $minutesPresent: Int!) {
    recordWebinarAttendance(webinarId: $webinarId, userId: $userId, minutesPresent: $minutesPresent) {
      userId
      minutesPresent
      attended
    }
  }
`);

export const ExportWebinarReportMutation = graphql(`
  mutation ExportWebinarReport($webinarId: ID!) {
    exportWebinarReport(webinarId: $webinarId) {
      filename
      csv
    }
  }
`);
