import { graphql } from '#lib/graphql/generated/index.ts';

/** What a list or a card shows of a webinar, for learners and trainers alike. */
export const WebinarSummaryFields = graphql(`
  fragment WebinarSummaryFields on Webinar {
    id
    title
    startsAt
    endsAt
    capacity
    placesTaken
    placesLeft
    waitlistCount
    phase
    joinable
    canManage
    cancelledAt
    organisation {
      id
      name
    }
    myRegistration {
      status
      waitlistPosition
    }
  }
`);

export const WebinarQuestionFields = graphql(`
  fragment WebinarQuestionFields on WebinarQuestion {
    id
    text
    status
    askedAt
    upvotes
    upvotedByMe
    askedByMe
  }
`);

export const WebinarPollFields = graphql(`
  fragment WebinarPollFields on WebinarPoll {
    id
    question
    kind
    status
    voters
    myOptionIds
    launchedAt
    closedAt
    options {
      id
      label
      votes
    }
  }
`);

/** Questions and polls as they are now: the live page's start, and its catch-up after a reconnection. */
export const WebinarLiveSnapshotQuery = graphql(`
  query WebinarLiveSnapshot($id: ID!) {
    webinar(id: $id) {
      id
      phase
      questions {
        ...WebinarQuestionFields
      }
      polls {
        ...WebinarPollFields
      }
    }
  }
`);

export const WebinarLiveSubscription = graphql(`
  subscription WebinarLive($webinarId: ID!) {
    webinarLive(webinarId: $webinarId) {
      kind
      question {
        ...WebinarQuestionFields
      }
      poll {
        ...WebinarPollFields
      }
    }
  }
`);

export const AskWebinarQuestionMutation = graphql(`
  mutation AskWebinarQuestion($input: AskQuestionInput!) {
    askWebinarQuestion(input: $input) {
      ...WebinarQuestionFields
    }
  }
`);

export const UpvoteWebinarQuestionMutation = graphql(`
  mutation UpvoteWebinarQuestion($questionId: ID!) {
    upvoteWebinarQuestion(questionId: $questionId) {
      ...WebinarQuestionFields
    }
  }
`);

export const AnswerWebinarPollMutation = graphql(`
  mutation AnswerWebinarPoll($input: AnswerPollInput!) {
    answerWebinarPoll(input: $input) {
      ...WebinarPollFields
    }
  }
`);

export const MarkWebinarQuestionMutation = graphql(`
  mutation MarkWebinarQuestion($questionId: ID!, $status: WebinarQuestionStatus!) {
    markWebinarQuestion(questionId: $questionId, status: $status) {
      ...WebinarQuestionFields
    }
  }
`);

export const LaunchWebinarPollMutation = graphql(`
  mutation LaunchWebinarPoll($input: LaunchPollInput!) {
    launchWebinarPoll(input: $input) {
      ...WebinarPollFields
    }
  }
`);

export const CloseWebinarPollMutation = graphql(`
  mutation CloseWebinarPoll($pollId: ID!) {
    closeWebinarPoll(pollId: $pollId) {
      ...WebinarPollFields
    }
  }
`);

export const JoinWebinarMutation = graphql(`
  mutation JoinWebinar($webinarId: ID!) {
    joinWebinar(webinarId: $webinarId) {
      url
    }
  }
`);
