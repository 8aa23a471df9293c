/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ReportLearnerFields on ReportLearner {\n    id\n    displayName\n    pseudonym\n  }\n": typeof types.ReportLearnerFieldsFragmentDoc,
    "\n  fragment CompletionReportFields on CohortCompletion {\n    today\n    assignments {\n      assignment {\n        id\n        dueOn\n        module {\n          id\n          title\n        }\n      }\n      completed\n      inProgress\n      notStarted\n      overdue\n      total\n    }\n    learners {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        learner {\n          ...ReportLearnerFields\n        }\n        progress {\n          assignmentId\n          status\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.CompletionReportFieldsFragmentDoc,
    "\n  fragment HeatmapReportFields on CompetencyHeatmap {\n    competencies {\n      competency {\n        code\n        name\n      }\n      learners\n      averageLevel\n      averagePix\n    }\n    learners {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        learner {\n          ...ReportLearnerFields\n        }\n        cells {\n          competencyCode\n          level\n          pix\n        }\n      }\n    }\n  }\n": typeof types.HeatmapReportFieldsFragmentDoc,
    "\n  fragment ModuleItemStatisticsFields on ModuleItemStatistics {\n    module {\n      id\n      slug\n      title\n    }\n    learners\n    items {\n      key\n      kind\n      label\n      answers\n      correct\n      successRate\n      mostChosenWrong {\n        choiceId\n        text\n        count\n      }\n    }\n  }\n": typeof types.ModuleItemStatisticsFieldsFragmentDoc,
    "\n  mutation SharePositioning($sessionId: ID!) {\n    sharePositioning(sessionId: $sessionId) {\n      id\n      sharedAt\n    }\n  }\n": typeof types.SharePositioningDocument,
    "\n  fragment ModuleCard on Module {\n    id\n    slug\n    title\n    summary\n    theme\n    audience\n    durationMinutes\n    competencies {\n      code\n      name\n    }\n  }\n": typeof types.ModuleCardFragmentDoc,
    "\n  query H5pState($attemptId: ID!, $elementId: ID!) {\n    h5pState(attemptId: $attemptId, elementId: $elementId)\n  }\n": typeof types.H5pStateDocument,
    "\n  mutation SaveH5pState($input: SaveH5pStateInput!) {\n    saveH5pState(input: $input)\n  }\n": typeof types.SaveH5pStateDocument,
    "\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    graded\n    skillId\n    nextStepId\n    quality\n    response {\n      choiceIds\n      text\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n      rating\n      h5p {\n        scaled\n        raw\n        max\n        success\n        completion\n      }\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n    }\n    poll {\n      total\n      choices {\n        choiceId\n        count\n        percent\n      }\n    }\n  }\n": typeof types.AnswerResultFieldsFragmentDoc,
    "\n  fragment PlayerElement on Element {\n    __typename\n    id\n    ... on TextElement {\n      html\n    }\n    ... on ImageElement {\n      src\n      alt\n      longDescription\n    }\n    ... on VideoElement {\n      src\n      captionsSrc\n      transcriptHtml\n    }\n    ... on CalloutElement {\n      variant\n      title\n      html\n    }\n    ... on SingleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on MultipleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on ShortAnswerElement {\n      promptHtml\n    }\n    ... on OrderingElement {\n      promptHtml\n      items {\n        id\n        html\n      }\n    }\n    ... on MatchingElement {\n      promptHtml\n      lefts {\n        id\n        html\n      }\n      rights {\n        id\n        html\n      }\n    }\n    ... on TrueFalseElement {\n      promptHtml\n      statements {\n        id\n        html\n      }\n    }\n    ... on FlashcardsElement {\n      cards {\n        id\n        frontHtml\n        backHtml\n      }\n    }\n    ... on ScenarioElement {\n      # Aliased: a callout's title is nullable, a scenario's is not, and one selection cannot hold both.\n      scenarioTitle: title\n      startStepId\n      steps {\n        id\n        situationHtml\n        ending\n        image {\n          src\n          alt\n          longDescription\n        }\n        choices {\n          id\n          html\n        }\n      }\n    }\n    ... on PollElement {\n      promptHtml\n      multiple\n      choices {\n        id\n        html\n      }\n    }\n    ... on H5pElement {\n      skillId\n      packageId\n      title\n      playerUrl\n    }\n  }\n": typeof types.PlayerElementFragmentDoc,
    "\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      ...PlayerElement\n    }\n  }\n": typeof types.PlayerGrainFragmentDoc,
    "\n  mutation SubmitAnswer($input: SubmitAnswerInput!) {\n    submitAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n": typeof types.SubmitAnswerDocument,
    "\n  mutation MoveInAttempt($attemptId: ID!, $grainIndex: Int!) {\n    moveInAttempt(attemptId: $attemptId, grainIndex: $grainIndex) {\n      id\n      currentGrainIndex\n    }\n  }\n": typeof types.MoveInAttemptDocument,
    "\n  mutation FinishAttempt($attemptId: ID!) {\n    finishAttempt(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n": typeof types.FinishAttemptDocument,
    "\n  fragment EvidenceRow on CompetencyEvidence {\n    skillsValidated\n    skillsFailed\n    answers\n    competency {\n      code\n      name\n    }\n  }\n": typeof types.EvidenceRowFragmentDoc,
    "\n  fragment ReviewItemFields on ReviewItem {\n    cardId\n    source\n    itemKey\n    due\n    module {\n      id\n      slug\n      title\n    }\n    element {\n      ...PlayerElement\n    }\n  }\n": typeof types.ReviewItemFieldsFragmentDoc,
    "\n  fragment ReviewOutcomeFields on ReviewOutcome {\n    cardId\n    rating\n    correct\n    nextDue\n    result {\n      ...AnswerResultFields\n    }\n  }\n": typeof types.ReviewOutcomeFieldsFragmentDoc,
    "\n  mutation AnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      ...ReviewOutcomeFields\n    }\n  }\n": typeof types.AnswerReviewDocument,
    "\n  fragment StudioModuleFields on StudioModule {\n    id\n    slug\n    title\n    status\n    publishedVersion\n    hasUnpublishedChanges\n    revision\n    updatedAt\n    myRole\n    authors {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.StudioModuleFieldsFragmentDoc,
    "\n  fragment StudioDraftFields on StudioDraft {\n    moduleId\n    revision\n    contentJson\n    previewSkipped\n    issues {\n      path\n      message\n      blocking\n    }\n    preview {\n      ...PlayerGrain\n    }\n  }\n": typeof types.StudioDraftFieldsFragmentDoc,
    "\n  mutation SaveStudioDraft($input: SaveStudioDraftInput!) {\n    saveStudioDraft(input: $input) {\n      ...StudioDraftFields\n    }\n  }\n": typeof types.SaveStudioDraftDocument,
    "\n  query StudioDraft($moduleId: ID!) {\n    studioDraft(moduleId: $moduleId) {\n      ...StudioDraftFields\n    }\n  }\n": typeof types.StudioDraftDocument,
    "\n  mutation PublishStudioModule($moduleId: ID!, $revision: Int!) {\n    publishStudioModule(moduleId: $moduleId, revision: $revision) {\n      ...StudioModuleFields\n    }\n  }\n": typeof types.PublishStudioModuleDocument,
    "\n  mutation CheckPreviewAnswer($input: CheckPreviewAnswerInput!) {\n    checkPreviewAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n": typeof types.CheckPreviewAnswerDocument,
    "\n  query StudioExport($moduleId: ID!, $version: Int) {\n    studioExport(moduleId: $moduleId, version: $version) {\n      filename\n      yaml\n    }\n  }\n": typeof types.StudioExportDocument,
    "\n  query H5pPackages {\n    h5pPackages {\n      id\n      title\n      mainLibrary\n      sizeBytes\n      createdAt\n    }\n  }\n": typeof types.H5pPackagesDocument,
    "\n  query StudioMedia($moduleId: ID!) {\n    studioMedia(moduleId: $moduleId) {\n      path\n      kind\n      sizeBytes\n      url\n    }\n  }\n": typeof types.StudioMediaDocument,
    "\n  mutation ReserveOfflineAttempt($input: ReserveOfflineAttemptInput!) {\n    reserveOfflineAttempt(input: $input) {\n      id\n      versionId\n      version\n      currentGrainIndex\n      grains {\n        ...PlayerGrain\n      }\n      answers {\n        ...AnswerResultFields\n      }\n    }\n  }\n": typeof types.ReserveOfflineAttemptDocument,
    "\n  query ReviewSessionDownload {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n": typeof types.ReviewSessionDownloadDocument,
    "\n  fragment WebinarSummaryFields on Webinar {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    placesTaken\n    placesLeft\n    waitlistCount\n    phase\n    joinable\n    canManage\n    cancelledAt\n    organisation {\n      id\n      name\n    }\n    myRegistration {\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.WebinarSummaryFieldsFragmentDoc,
    "\n  fragment WebinarQuestionFields on WebinarQuestion {\n    id\n    text\n    status\n    askedAt\n    upvotes\n    upvotedByMe\n    askedByMe\n  }\n": typeof types.WebinarQuestionFieldsFragmentDoc,
    "\n  fragment WebinarPollFields on WebinarPoll {\n    id\n    question\n    kind\n    status\n    voters\n    myOptionIds\n    launchedAt\n    closedAt\n    options {\n      id\n      label\n      votes\n    }\n  }\n": typeof types.WebinarPollFieldsFragmentDoc,
    "\n  query WebinarLiveSnapshot($id: ID!) {\n    webinar(id: $id) {\n      id\n      phase\n      questions {\n        ...WebinarQuestionFields\n      }\n      polls {\n        ...WebinarPollFields\n      }\n    }\n  }\n": typeof types.WebinarLiveSnapshotDocument,
    "\n  subscription WebinarLive($webinarId: ID!) {\n    webinarLive(webinarId: $webinarId) {\n      kind\n      question {\n        ...WebinarQuestionFields\n      }\n      poll {\n        ...WebinarPollFields\n      }\n    }\n  }\n": typeof types.WebinarLiveDocument,
    "\n  mutation AskWebinarQuestion($input: AskQuestionInput!) {\n    askWebinarQuestion(input: $input) {\n      ...WebinarQuestionFields\n    }\n  }\n": typeof types.AskWebinarQuestionDocument,
    "\n  mutation UpvoteWebinarQuestion($questionId: ID!) {\n    upvoteWebinarQuestion(questionId: $questionId) {\n      ...WebinarQuestionFields\n    }\n  }\n": typeof types.UpvoteWebinarQuestionDocument,
    "\n  mutation AnswerWebinarPoll($input: AnswerPollInput!) {\n    answerWebinarPoll(input: $input) {\n      ...WebinarPollFields\n    }\n  }\n": typeof types.AnswerWebinarPollDocument,
    "\n  mutation MarkWebinarQuestion($questionId: ID!, $status: WebinarQuestionStatus!) {\n    markWebinarQuestion(questionId: $questionId, status: $status) {\n      ...WebinarQuestionFields\n    }\n  }\n": typeof types.MarkWebinarQuestionDocument,
    "\n  mutation LaunchWebinarPoll($input: LaunchPollInput!) {\n    launchWebinarPoll(input: $input) {\n      ...WebinarPollFields\n    }\n  }\n": typeof types.LaunchWebinarPollDocument,
    "\n  mutation CloseWebinarPoll($pollId: ID!) {\n    closeWebinarPoll(pollId: $pollId) {\n      ...WebinarPollFields\n    }\n  }\n": typeof types.CloseWebinarPollDocument,
    "\n  mutation JoinWebinar($webinarId: ID!) {\n    joinWebinar(webinarId: $webinarId) {\n      url\n    }\n  }\n": typeof types.JoinWebinarDocument,
    "\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    myRecommendations {\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      competency {\n        code\n        name\n      }\n    }\n    myReviewDueCount\n    myAssignments {\n      id\n      dueOn\n      status\n      overdue\n      cohortName\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query Outbox($first: Int!, $after: String) {\n    outbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        text\n        attachmentNames\n        createdAt\n        sentAt\n        attempts\n        lastError\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query AuditLog($first: Int!, $before: String, $action: String) {\n    auditLog(first: $first, before: $before, action: $action) {\n      nodes {\n        id\n        at\n        action\n        actor {\n          id\n          displayName\n        }\n        actorErased\n        target {\n          id\n          displayName\n        }\n        targetErased\n        organisation {\n          id\n          name\n        }\n        details\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment XapiClientFields on XapiClient {\n    id\n    name\n    key\n    permission\n    createdAt\n    revokedAt\n  }\n": typeof types.XapiClientFieldsFragmentDoc,
    "\n  fragment XapiForwardingFields on XapiForwarding {\n    id\n    endpoint\n    key\n    sentCount\n    lastSentAt\n    failures\n    nextAttemptAt\n    lastError\n    createdAt\n  }\n": typeof types.XapiForwardingFieldsFragmentDoc,
    "\n  query LrsOrganisations {\n    xapiOrganisations {\n      id\n      kind\n      name\n      uai\n    }\n  }\n": typeof types.LrsOrganisationsDocument,
    "\n  query LrsSettings($organisationId: ID!) {\n    xapiClients(organisationId: $organisationId) {\n      ...XapiClientFields\n    }\n    xapiForwarding(organisationId: $organisationId) {\n      ...XapiForwardingFields\n    }\n  }\n": typeof types.LrsSettingsDocument,
    "\n  mutation CreateXapiClient($input: CreateXapiClientInput!) {\n    createXapiClient(input: $input) {\n      client {\n        ...XapiClientFields\n      }\n      secret\n      endpoint\n    }\n  }\n": typeof types.CreateXapiClientDocument,
    "\n  mutation RevokeXapiClient($id: ID!) {\n    revokeXapiClient(id: $id) {\n      ...XapiClientFields\n    }\n  }\n": typeof types.RevokeXapiClientDocument,
    "\n  mutation SetXapiForwarding($input: SetXapiForwardingInput!) {\n    setXapiForwarding(input: $input) {\n      ...XapiForwardingFields\n    }\n  }\n": typeof types.SetXapiForwardingDocument,
    "\n  mutation RemoveXapiForwarding($organisationId: ID!) {\n    removeXapiForwarding(organisationId: $organisationId)\n  }\n": typeof types.RemoveXapiForwardingDocument,
    "\n  query CatalogueDomains {\n    domains {\n      code\n      name\n      competencies {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CatalogueDomainsDocument,
    "\n  query CatalogueModules($filter: ModuleFilter, $first: Int!, $after: String) {\n    modules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ModuleCard\n      }\n    }\n  }\n": typeof types.CatalogueModulesDocument,
    "\n  query MyAccount {\n    myAccount {\n      id\n      displayName\n      email\n      identifier\n      createdAt\n      lastActiveAt\n      memberships {\n        organisationName\n        role\n      }\n      cohorts {\n        name\n        organisationName\n      }\n      attempts\n      answers\n      positioningSessions\n      reviewCards\n      retentionMonths\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": typeof types.MyDataExportDocument,
    "\n  mutation EraseMyAccount($confirmation: String!) {\n    eraseMyAccount(confirmation: $confirmation)\n  }\n": typeof types.EraseMyAccountDocument,
    "\n  query ManagedCohort($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      assignments {\n        id\n        dueOn\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    modules(first: 50) {\n      nodes {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n": typeof types.ManagedCohortDocument,
    "\n  query MoreCohortMembers($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MoreCohortMembersDocument,
    "\n  mutation AssignModules($input: AssignModulesInput!) {\n    assignModules(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignModulesDocument,
    "\n  mutation RemoveAssignment($id: ID!) {\n    removeAssignment(id: $id)\n  }\n": typeof types.RemoveAssignmentDocument,
    "\n  query FollowUpCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FollowUpCohortDocument,
    "\n  query CohortCompletion($cohortId: ID!, $after: String, $pseudonymous: Boolean) {\n    cohortCompletion(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {\n      ...CompletionReportFields\n    }\n  }\n": typeof types.CohortCompletionDocument,
    "\n  query CohortHeatmap($cohortId: ID!, $after: String, $pseudonymous: Boolean) {\n    cohortCompetencyHeatmap(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {\n      ...HeatmapReportFields\n    }\n  }\n": typeof types.CohortHeatmapDocument,
    "\n  query CohortItemStatistics($cohortId: ID!) {\n    cohortItemStatistics(cohortId: $cohortId) {\n      ...ModuleItemStatisticsFields\n    }\n  }\n": typeof types.CohortItemStatisticsDocument,
    "\n  mutation ExportCohortReport($cohortId: ID!, $view: CohortReportView!, $pseudonymous: Boolean, $language: ReportLanguage) {\n    exportCohortReport(cohortId: $cohortId, view: $view, pseudonymous: $pseudonymous, language: $language) {\n      filename\n      csv\n    }\n  }\n": typeof types.ExportCohortReportDocument,
    "\n  fragment ImportReportFields on PeopleImportReport {\n    applied\n    created\n    updated\n    unchanged\n    cohortsCreated\n    lines {\n      line\n      displayName\n      email\n      identifier\n      cohort\n      role\n      outcome\n    }\n    rejected {\n      line\n      reason\n      raw\n    }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.PreviewPeopleImportDocument,
    "\n  mutation ImportPeople($input: PeopleImportInput!) {\n    importPeople(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportPeopleDocument,
    "\n  query ManagedOrganisations {\n    managedOrganisations {\n      id\n      kind\n      name\n      uai\n      cohorts {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n": typeof types.ManagedOrganisationsDocument,
    "\n  query OrganisationPeople($organisationId: ID!, $after: String, $search: String) {\n    organisationPeople(organisationId: $organisationId, first: 50, after: $after, search: $search) {\n      nodes {\n        id\n        displayName\n        email\n        identifier\n        roles\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationPeopleDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.SetRolesDocument,
    "\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n": typeof types.StartAttemptDocument,
    "\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n": typeof types.ModulePageDocument,
    "\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myBestScore {\n        percent\n      }\n      myAttempt {\n        ...SummaryAttempt\n      }\n    }\n  }\n": typeof types.ModuleSummaryDocument,
    "\n  fragment SummaryAttempt on Attempt {\n    id\n    status\n    completedAt\n    score {\n      correct\n      total\n      percent\n    }\n    evidence {\n      ...EvidenceRow\n    }\n  }\n": typeof types.SummaryAttemptFragmentDoc,
    "\n  query AttemptSummary($id: ID!, $slug: String!) {\n    attempt(id: $id) {\n      ...SummaryAttempt\n    }\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myBestScore {\n        percent\n      }\n    }\n  }\n": typeof types.AttemptSummaryDocument,
    "\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        versionId\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n": typeof types.PlayerDocument,
    "\n  query DownloadedAttempt($id: ID!) {\n    attempt(id: $id) {\n      id\n      versionId\n      status\n      currentGrainIndex\n      grainCount\n      grains {\n        ...PlayerGrain\n      }\n      answers {\n        ...AnswerResultFields\n      }\n      module {\n        id\n        slug\n        title\n      }\n    }\n  }\n": typeof types.DownloadedAttemptDocument,
    "\n  fragment PositioningSessionFields on PositioningSession {\n    id\n    status\n    answeredCount\n    completedAt\n    sharedAt\n    competencies {\n      code\n      name\n    }\n    question {\n      versionId\n      itemKey\n      number\n      competency {\n        code\n        name\n      }\n      element {\n        ...PlayerElement\n      }\n    }\n    results {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n    }\n  }\n": typeof types.PositioningSessionFieldsFragmentDoc,
    "\n  query Positioning {\n    myPositioning {\n      ...PositioningSessionFields\n    }\n    testableCompetencies {\n      competency {\n        code\n        name\n      }\n      questions\n    }\n  }\n": typeof types.PositioningDocument,
    "\n  mutation StartPositioning($input: StartPositioningInput!) {\n    startPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n": typeof types.StartPositioningDocument,
    "\n  mutation AnswerPositioning($input: AnswerPositioningInput!) {\n    answerPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n": typeof types.AnswerPositioningDocument,
    "\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n    myProfile {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n      nextLevelPercent\n      validatedSkills\n      invalidatedSkills\n      lessonPix\n      measuredPix\n      measuredLevel\n    }\n    myProfileHistory {\n      day\n      totalPix\n    }\n  }\n": typeof types.MyProgressDocument,
    "\n  query ReviewSession {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n": typeof types.ReviewSessionDocument,
    "\n  query StudioAuthors($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n": typeof types.StudioAuthorsDocument,
    "\n  mutation AddModuleCoAuthor($input: AddCoAuthorInput!) {\n    addModuleCoAuthor(input: $input) {\n      ...StudioModuleFields\n    }\n  }\n": typeof types.AddModuleCoAuthorDocument,
    "\n  mutation RemoveModuleCoAuthor($moduleId: ID!, $userId: ID!) {\n    removeModuleCoAuthor(moduleId: $moduleId, userId: $userId) {\n      ...StudioModuleFields\n    }\n  }\n": typeof types.RemoveModuleCoAuthorDocument,
    "\n  query StudioHistory($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n    studioVersions(moduleId: $moduleId) {\n      number\n      title\n      publishedAt\n      current\n    }\n  }\n": typeof types.StudioHistoryDocument,
    "\n  query StudioModuleDiff($moduleId: ID!, $from: Int!, $to: Int) {\n    studioModuleDiff(moduleId: $moduleId, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        target\n        id\n        grainId\n        label\n        fields\n      }\n    }\n  }\n": typeof types.StudioModuleDiffDocument,
    "\n  mutation ArchiveStudioModule($moduleId: ID!) {\n    archiveStudioModule(moduleId: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n": typeof types.ArchiveStudioModuleDocument,
    "\n  mutation RestoreStudioModule($moduleId: ID!) {\n    restoreStudioModule(moduleId: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n": typeof types.RestoreStudioModuleDocument,
    "\n  query StudioEditor($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n    studioDraft(moduleId: $moduleId) {\n      ...StudioDraftFields\n    }\n    studioSkills {\n      id\n      competencyCode\n      competencyName\n      level\n    }\n  }\n": typeof types.StudioEditorDocument,
    "\n  query StudioStatistics($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      id\n      slug\n      title\n      publishedVersion\n    }\n    studioStatistics(moduleId: $moduleId) {\n      attempts\n      completed\n      learners\n      completionRate\n      medianMinutes\n      items {\n        key\n        kind\n        label\n        answers\n        correct\n        successRate\n        mostChosenWrong {\n          choiceId\n          text\n          count\n        }\n      }\n    }\n  }\n": typeof types.StudioStatisticsDocument,
    "\n  query StudioHome {\n    studioModules {\n      ...StudioModuleFields\n    }\n    studioFileModules {\n      slug\n      title\n    }\n  }\n": typeof types.StudioHomeDocument,
    "\n  mutation CreateStudioModule($input: CreateStudioModuleInput!) {\n    createStudioModule(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStudioModuleDocument,
    "\n  mutation ImportStudioFile($input: ImportStudioFileInput!) {\n    importStudioFile(input: $input) {\n      id\n    }\n  }\n": typeof types.ImportStudioFileDocument,
    "\n  mutation TakeOverModule($slug: String!) {\n    takeOverModule(slug: $slug) {\n      id\n    }\n  }\n": typeof types.TakeOverModuleDocument,
    "\n  query ManagedWebinar($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      description\n      joinOpensAt\n      roomKind\n      roomUrl\n      slideDeckUrl\n      followUpModuleSlug\n      replayUrl\n      attendanceThresholdMinutes\n      audience {\n        openToAll\n        organisations {\n          id\n        }\n        cohorts {\n          id\n        }\n      }\n      attendance {\n        userId\n        displayName\n        status\n        joinedAt\n        minutesPresent\n        attended\n      }\n    }\n  }\n": typeof types.ManagedWebinarDocument,
    "\n  mutation UpdateWebinar($id: ID!, $input: WebinarInput!) {\n    updateWebinar(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateWebinarDocument,
    "\n  mutation CancelWebinar($id: ID!) {\n    cancelWebinar(id: $id) {\n      id\n    }\n  }\n": typeof types.CancelWebinarDocument,
    "\n  mutation SetWebinarReplay($webinarId: ID!, $replayUrl: String) {\n    setWebinarReplay(webinarId: $webinarId, replayUrl: $replayUrl) {\n      id\n      replayUrl\n    }\n  }\n": typeof types.SetWebinarReplayDocument,
    "\n  mutation RecordWebinarAttendance($webinarId: ID!, $userId: ID!, $minutesPresent: Int!) {\n    recordWebinarAttendance(webinarId: $webinarId, userId: $userId, minutesPresent: $minutesPresent) {\n      userId\n      minutesPresent\n      attended\n    }\n  }\n": typeof types.RecordWebinarAttendanceDocument,
    "\n  mutation ExportWebinarReport($webinarId: ID!) {\n    exportWebinarReport(webinarId: $webinarId) {\n      filename\n      csv\n    }\n  }\n": typeof types.ExportWebinarReportDocument,
    "\n  query ManagedWebinars {\n    managedWebinars(first: 100) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n  }\n": typeof types.ManagedWebinarsDocument,
    "\n  query WebinarFormChoices {\n    webinarHostOrganisations {\n      ...WebinarOrganisationChoice\n    }\n    modules(first: 50) {\n      nodes {\n        slug\n        title\n      }\n    }\n  }\n": typeof types.WebinarFormChoicesDocument,
    "\n  fragment WebinarOrganisationChoice on Organisation {\n    id\n    name\n    cohorts {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.WebinarOrganisationChoiceFragmentDoc,
    "\n  mutation ScheduleWebinar($input: WebinarInput!) {\n    scheduleWebinar(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleWebinarDocument,
    "\n  query WebinarLivePage($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      questions {\n        ...WebinarQuestionFields\n      }\n      polls {\n        ...WebinarPollFields\n      }\n    }\n  }\n": typeof types.WebinarLivePageDocument,
    "\n  query WebinarPage($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      description\n      joinOpensAt\n      roomKind\n      slideDeckUrl\n      replayUrl\n      attendanceThresholdMinutes\n      followUpModule {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      myRegistration {\n        status\n        waitlistPosition\n        joinedAt\n        minutesPresent\n        attended\n      }\n    }\n  }\n": typeof types.WebinarPageDocument,
    "\n  mutation RegisterForWebinar($webinarId: ID!) {\n    registerForWebinar(webinarId: $webinarId) {\n      id\n      myRegistration {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": typeof types.RegisterForWebinarDocument,
    "\n  mutation CancelWebinarRegistration($webinarId: ID!) {\n    cancelWebinarRegistration(webinarId: $webinarId) {\n      id\n    }\n  }\n": typeof types.CancelWebinarRegistrationDocument,
    "\n  query WebinarsHome {\n    upcomingWebinars(first: 50) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n    myWebinars(first: 50) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n  }\n": typeof types.WebinarsHomeDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      sso {\n        label\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  fragment ReportLearnerFields on ReportLearner {\n    id\n    displayName\n    pseudonym\n  }\n": types.ReportLearnerFieldsFragmentDoc,
    "\n  fragment CompletionReportFields on CohortCompletion {\n    today\n    assignments {\n      assignment {\n        id\n        dueOn\n        module {\n          id\n          title\n        }\n      }\n      completed\n      inProgress\n      notStarted\n      overdue\n      total\n    }\n    learners {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        learner {\n          ...ReportLearnerFields\n        }\n        progress {\n          assignmentId\n          status\n          overdue\n        }\n      }\n    }\n  }\n": types.CompletionReportFieldsFragmentDoc,
    "\n  fragment HeatmapReportFields on CompetencyHeatmap {\n    competencies {\n      competency {\n        code\n        name\n      }\n      learners\n      averageLevel\n      averagePix\n    }\n    learners {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        learner {\n          ...ReportLearnerFields\n        }\n        cells {\n          competencyCode\n          level\n          pix\n        }\n      }\n    }\n  }\n": types.HeatmapReportFieldsFragmentDoc,
    "\n  fragment ModuleItemStatisticsFields on ModuleItemStatistics {\n    module {\n      id\n      slug\n      title\n    }\n    learners\n    items {\n      key\n      kind\n      label\n      answers\n      correct\n      successRate\n      mostChosenWrong {\n        choiceId\n        text\n        count\n      }\n    }\n  }\n": types.ModuleItemStatisticsFieldsFragmentDoc,
    "\n  mutation SharePositioning($sessionId: ID!) {\n    sharePositioning(sessionId: $sessionId) {\n      id\n      sharedAt\n    }\n  }\n": types.SharePositioningDocument,
    "\n  fragment ModuleCard on Module {\n    id\n    slug\n    title\n    summary\n    theme\n    audience\n    durationMinutes\n    competencies {\n      code\n      name\n    }\n  }\n": types.ModuleCardFragmentDoc,
    "\n  query H5pState($attemptId: ID!, $elementId: ID!) {\n    h5pState(attemptId: $attemptId, elementId: $elementId)\n  }\n": types.H5pStateDocument,
    "\n  mutation SaveH5pState($input: SaveH5pStateInput!) {\n    saveH5pState(input: $input)\n  }\n": types.SaveH5pStateDocument,
    "\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    graded\n    skillId\n    nextStepId\n    quality\n    response {\n      choiceIds\n      text\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n      rating\n      h5p {\n        scaled\n        raw\n        max\n        success\n        completion\n      }\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n    }\n    poll {\n      total\n      choices {\n        choiceId\n        count\n        percent\n      }\n    }\n  }\n": types.AnswerResultFieldsFragmentDoc,
    "\n  fragment PlayerElement on Element {\n    __typename\n    id\n    ... on TextElement {\n      html\n    }\n    ... on ImageElement {\n      src\n      alt\n      longDescription\n    }\n    ... on VideoElement {\n      src\n      captionsSrc\n      transcriptHtml\n    }\n    ... on CalloutElement {\n      variant\n      title\n      html\n    }\n    ... on SingleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on MultipleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on ShortAnswerElement {\n      promptHtml\n    }\n    ... on OrderingElement {\n      promptHtml\n      items {\n        id\n        html\n      }\n    }\n    ... on MatchingElement {\n      promptHtml\n      lefts {\n        id\n        html\n      }\n      rights {\n        id\n        html\n      }\n    }\n    ... on TrueFalseElement {\n      promptHtml\n      statements {\n        id\n        html\n      }\n    }\n    ... on FlashcardsElement {\n      cards {\n        id\n        frontHtml\n        backHtml\n      }\n    }\n    ... on ScenarioElement {\n      # Aliased: a callout's title is nullable, a scenario's is not, and one selection cannot hold both.\n      scenarioTitle: title\n      startStepId\n      steps {\n        id\n        situationHtml\n        ending\n        image {\n          src\n          alt\n          longDescription\n        }\n        choices {\n          id\n          html\n        }\n      }\n    }\n    ... on PollElement {\n      promptHtml\n      multiple\n      choices {\n        id\n        html\n      }\n    }\n    ... on H5pElement {\n      skillId\n      packageId\n      title\n      playerUrl\n    }\n  }\n": types.PlayerElementFragmentDoc,
    "\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      ...PlayerElement\n    }\n  }\n": types.PlayerGrainFragmentDoc,
    "\n  mutation SubmitAnswer($input: SubmitAnswerInput!) {\n    submitAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n": types.SubmitAnswerDocument,
    "\n  mutation MoveInAttempt($attemptId: ID!, $grainIndex: Int!) {\n    moveInAttempt(attemptId: $attemptId, grainIndex: $grainIndex) {\n      id\n      currentGrainIndex\n    }\n  }\n": types.MoveInAttemptDocument,
    "\n  mutation FinishAttempt($attemptId: ID!) {\n    finishAttempt(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n": types.FinishAttemptDocument,
    "\n  fragment EvidenceRow on CompetencyEvidence {\n    skillsValidated\n    skillsFailed\n    answers\n    competency {\n      code\n      name\n    }\n  }\n": types.EvidenceRowFragmentDoc,
    "\n  fragment ReviewItemFields on ReviewItem {\n    cardId\n    source\n    itemKey\n    due\n    module {\n      id\n      slug\n      title\n    }\n    element {\n      ...PlayerElement\n    }\n  }\n": types.ReviewItemFieldsFragmentDoc,
    "\n  fragment ReviewOutcomeFields on ReviewOutcome {\n    cardId\n    rating\n    correct\n    nextDue\n    result {\n      ...AnswerResultFields\n    }\n  }\n": types.ReviewOutcomeFieldsFragmentDoc,
    "\n  mutation AnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      ...ReviewOutcomeFields\n    }\n  }\n": types.AnswerReviewDocument,
    "\n  fragment StudioModuleFields on StudioModule {\n    id\n    slug\n    title\n    status\n    publishedVersion\n    hasUnpublishedChanges\n    revision\n    updatedAt\n    myRole\n    authors {\n      id\n      displayName\n      role\n    }\n  }\n": types.StudioModuleFieldsFragmentDoc,
    "\n  fragment StudioDraftFields on StudioDraft {\n    moduleId\n    revision\n    contentJson\n    previewSkipped\n    issues {\n      path\n      message\n      blocking\n    }\n    preview {\n      ...PlayerGrain\n    }\n  }\n": types.StudioDraftFieldsFragmentDoc,
    "\n  mutation SaveStudioDraft($input: SaveStudioDraftInput!) {\n    saveStudioDraft(input: $input) {\n      ...StudioDraftFields\n    }\n  }\n": types.SaveStudioDraftDocument,
    "\n  query StudioDraft($moduleId: ID!) {\n    studioDraft(moduleId: $moduleId) {\n      ...StudioDraftFields\n    }\n  }\n": types.StudioDraftDocument,
    "\n  mutation PublishStudioModule($moduleId: ID!, $revision: Int!) {\n    publishStudioModule(moduleId: $moduleId, revision: $revision) {\n      ...StudioModuleFields\n    }\n  }\n": types.PublishStudioModuleDocument,
    "\n  mutation CheckPreviewAnswer($input: CheckPreviewAnswerInput!) {\n    checkPreviewAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n": types.CheckPreviewAnswerDocument,
    "\n  query StudioExport($moduleId: ID!, $version: Int) {\n    studioExport(moduleId: $moduleId, version: $version) {\n      filename\n      yaml\n    }\n  }\n": types.StudioExportDocument,
    "\n  query H5pPackages {\n    h5pPackages {\n      id\n      title\n      mainLibrary\n      sizeBytes\n      createdAt\n    }\n  }\n": types.H5pPackagesDocument,
    "\n  query StudioMedia($moduleId: ID!) {\n    studioMedia(moduleId: $moduleId) {\n      path\n      kind\n      sizeBytes\n      url\n    }\n  }\n": types.StudioMediaDocument,
    "\n  mutation ReserveOfflineAttempt($input: ReserveOfflineAttemptInput!) {\n    reserveOfflineAttempt(input: $input) {\n      id\n      versionId\n      version\n      currentGrainIndex\n      grains {\n        ...PlayerGrain\n      }\n      answers {\n        ...AnswerResultFields\n      }\n    }\n  }\n": types.ReserveOfflineAttemptDocument,
    "\n  query ReviewSessionDownload {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n": types.ReviewSessionDownloadDocument,
    "\n  fragment WebinarSummaryFields on Webinar {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    placesTaken\n    placesLeft\n    waitlistCount\n    phase\n    joinable\n    canManage\n    cancelledAt\n    organisation {\n      id\n      name\n    }\n    myRegistration {\n      status\n      waitlistPosition\n    }\n  }\n": types.WebinarSummaryFieldsFragmentDoc,
    "\n  fragment WebinarQuestionFields on WebinarQuestion {\n    id\n    text\n    status\n    askedAt\n    upvotes\n    upvotedByMe\n    askedByMe\n  }\n": types.WebinarQuestionFieldsFragmentDoc,
    "\n  fragment WebinarPollFields on WebinarPoll {\n    id\n    question\n    kind\n    status\n    voters\n    myOptionIds\n    launchedAt\n    closedAt\n    options {\n      id\n      label\n      votes\n    }\n  }\n": types.WebinarPollFieldsFragmentDoc,
    "\n  query WebinarLiveSnapshot($id: ID!) {\n    webinar(id: $id) {\n      id\n      phase\n      questions {\n        ...WebinarQuestionFields\n      }\n      polls {\n        ...WebinarPollFields\n      }\n    }\n  }\n": types.WebinarLiveSnapshotDocument,
    "\n  subscription WebinarLive($webinarId: ID!) {\n    webinarLive(webinarId: $webinarId) {\n      kind\n      question {\n        ...WebinarQuestionFields\n      }\n      poll {\n        ...WebinarPollFields\n      }\n    }\n  }\n": types.WebinarLiveDocument,
    "\n  mutation AskWebinarQuestion($input: AskQuestionInput!) {\n    askWebinarQuestion(input: $input) {\n      ...WebinarQuestionFields\n    }\n  }\n": types.AskWebinarQuestionDocument,
    "\n  mutation UpvoteWebinarQuestion($questionId: ID!) {\n    upvoteWebinarQuestion(questionId: $questionId) {\n      ...WebinarQuestionFields\n    }\n  }\n": types.UpvoteWebinarQuestionDocument,
    "\n  mutation AnswerWebinarPoll($input: AnswerPollInput!) {\n    answerWebinarPoll(input: $input) {\n      ...WebinarPollFields\n    }\n  }\n": types.AnswerWebinarPollDocument,
    "\n  mutation MarkWebinarQuestion($questionId: ID!, $status: WebinarQuestionStatus!) {\n    markWebinarQuestion(questionId: $questionId, status: $status) {\n      ...WebinarQuestionFields\n    }\n  }\n": types.MarkWebinarQuestionDocument,
    "\n  mutation LaunchWebinarPoll($input: LaunchPollInput!) {\n    launchWebinarPoll(input: $input) {\n      ...WebinarPollFields\n    }\n  }\n": types.LaunchWebinarPollDocument,
    "\n  mutation CloseWebinarPoll($pollId: ID!) {\n    closeWebinarPoll(pollId: $pollId) {\n      ...WebinarPollFields\n    }\n  }\n": types.CloseWebinarPollDocument,
    "\n  mutation JoinWebinar($webinarId: ID!) {\n    joinWebinar(webinarId: $webinarId) {\n      url\n    }\n  }\n": types.JoinWebinarDocument,
    "\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    myRecommendations {\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      competency {\n        code\n        name\n      }\n    }\n    myReviewDueCount\n    myAssignments {\n      id\n      dueOn\n      status\n      overdue\n      cohortName\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query Outbox($first: Int!, $after: String) {\n    outbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        text\n        attachmentNames\n        createdAt\n        sentAt\n        attempts\n        lastError\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query AuditLog($first: Int!, $before: String, $action: String) {\n    auditLog(first: $first, before: $before, action: $action) {\n      nodes {\n        id\n        at\n        action\n        actor {\n          id\n          displayName\n        }\n        actorErased\n        target {\n          id\n          displayName\n        }\n        targetErased\n        organisation {\n          id\n          name\n        }\n        details\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment XapiClientFields on XapiClient {\n    id\n    name\n    key\n    permission\n    createdAt\n    revokedAt\n  }\n": types.XapiClientFieldsFragmentDoc,
    "\n  fragment XapiForwardingFields on XapiForwarding {\n    id\n    endpoint\n    key\n    sentCount\n    lastSentAt\n    failures\n    nextAttemptAt\n    lastError\n    createdAt\n  }\n": types.XapiForwardingFieldsFragmentDoc,
    "\n  query LrsOrganisations {\n    xapiOrganisations {\n      id\n      kind\n      name\n      uai\n    }\n  }\n": types.LrsOrganisationsDocument,
    "\n  query LrsSettings($organisationId: ID!) {\n    xapiClients(organisationId: $organisationId) {\n      ...XapiClientFields\n    }\n    xapiForwarding(organisationId: $organisationId) {\n      ...XapiForwardingFields\n    }\n  }\n": types.LrsSettingsDocument,
    "\n  mutation CreateXapiClient($input: CreateXapiClientInput!) {\n    createXapiClient(input: $input) {\n      client {\n        ...XapiClientFields\n      }\n      secret\n      endpoint\n    }\n  }\n": types.CreateXapiClientDocument,
    "\n  mutation RevokeXapiClient($id: ID!) {\n    revokeXapiClient(id: $id) {\n      ...XapiClientFields\n    }\n  }\n": types.RevokeXapiClientDocument,
    "\n  mutation SetXapiForwarding($input: SetXapiForwardingInput!) {\n    setXapiForwarding(input: $input) {\n      ...XapiForwardingFields\n    }\n  }\n": types.SetXapiForwardingDocument,
    "\n  mutation RemoveXapiForwarding($organisationId: ID!) {\n    removeXapiForwarding(organisationId: $organisationId)\n  }\n": types.RemoveXapiForwardingDocument,
    "\n  query CatalogueDomains {\n    domains {\n      code\n      name\n      competencies {\n        code\n        name\n      }\n    }\n  }\n": types.CatalogueDomainsDocument,
    "\n  query CatalogueModules($filter: ModuleFilter, $first: Int!, $after: String) {\n    modules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ModuleCard\n      }\n    }\n  }\n": types.CatalogueModulesDocument,
    "\n  query MyAccount {\n    myAccount {\n      id\n      displayName\n      email\n      identifier\n      createdAt\n      lastActiveAt\n      memberships {\n        organisationName\n        role\n      }\n      cohorts {\n        name\n        organisationName\n      }\n      attempts\n      answers\n      positioningSessions\n      reviewCards\n      retentionMonths\n    }\n  }\n": types.MyAccountDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": types.MyDataExportDocument,
    "\n  mutation EraseMyAccount($confirmation: String!) {\n    eraseMyAccount(confirmation: $confirmation)\n  }\n": types.EraseMyAccountDocument,
    "\n  query ManagedCohort($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      assignments {\n        id\n        dueOn\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    modules(first: 50) {\n      nodes {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n": types.ManagedCohortDocument,
    "\n  query MoreCohortMembers($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MoreCohortMembersDocument,
    "\n  mutation AssignModules($input: AssignModulesInput!) {\n    assignModules(input: $input) {\n      id\n    }\n  }\n": types.AssignModulesDocument,
    "\n  mutation RemoveAssignment($id: ID!) {\n    removeAssignment(id: $id)\n  }\n": types.RemoveAssignmentDocument,
    "\n  query FollowUpCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.FollowUpCohortDocument,
    "\n  query CohortCompletion($cohortId: ID!, $after: String, $pseudonymous: Boolean) {\n    cohortCompletion(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {\n      ...CompletionReportFields\n    }\n  }\n": types.CohortCompletionDocument,
    "\n  query CohortHeatmap($cohortId: ID!, $after: String, $pseudonymous: Boolean) {\n    cohortCompetencyHeatmap(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {\n      ...HeatmapReportFields\n    }\n  }\n": types.CohortHeatmapDocument,
    "\n  query CohortItemStatistics($cohortId: ID!) {\n    cohortItemStatistics(cohortId: $cohortId) {\n      ...ModuleItemStatisticsFields\n    }\n  }\n": types.CohortItemStatisticsDocument,
    "\n  mutation ExportCohortReport($cohortId: ID!, $view: CohortReportView!, $pseudonymous: Boolean, $language: ReportLanguage) {\n    exportCohortReport(cohortId: $cohortId, view: $view, pseudonymous: $pseudonymous, language: $language) {\n      filename\n      csv\n    }\n  }\n": types.ExportCohortReportDocument,
    "\n  fragment ImportReportFields on PeopleImportReport {\n    applied\n    created\n    updated\n    unchanged\n    cohortsCreated\n    lines {\n      line\n      displayName\n      email\n      identifier\n      cohort\n      role\n      outcome\n    }\n    rejected {\n      line\n      reason\n      raw\n    }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": types.PreviewPeopleImportDocument,
    "\n  mutation ImportPeople($input: PeopleImportInput!) {\n    importPeople(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportPeopleDocument,
    "\n  query ManagedOrganisations {\n    managedOrganisations {\n      id\n      kind\n      name\n      uai\n      cohorts {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n": types.ManagedOrganisationsDocument,
    "\n  query OrganisationPeople($organisationId: ID!, $after: String, $search: String) {\n    organisationPeople(organisationId: $organisationId, first: 50, after: $after, search: $search) {\n      nodes {\n        id\n        displayName\n        email\n        identifier\n        roles\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationPeopleDocument,
    "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": types.SetRolesDocument,
    "\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n": types.StartAttemptDocument,
    "\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n": types.ModulePageDocument,
    "\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myBestScore {\n        percent\n      }\n      myAttempt {\n        ...SummaryAttempt\n      }\n    }\n  }\n": types.ModuleSummaryDocument,
    "\n  fragment SummaryAttempt on Attempt {\n    id\n    status\n    completedAt\n    score {\n      correct\n      total\n      percent\n    }\n    evidence {\n      ...EvidenceRow\n    }\n  }\n": types.SummaryAttemptFragmentDoc,
    "\n  query AttemptSummary($id: ID!, $slug: String!) {\n    attempt(id: $id) {\n      ...SummaryAttempt\n    }\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myBestScore {\n        percent\n      }\n    }\n  }\n": types.AttemptSummaryDocument,
    "\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        versionId\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n": types.PlayerDocument,
    "\n  query DownloadedAttempt($id: ID!) {\n    attempt(id: $id) {\n      id\n      versionId\n      status\n      currentGrainIndex\n      grainCount\n      grains {\n        ...PlayerGrain\n      }\n      answers {\n        ...AnswerResultFields\n      }\n      module {\n        id\n        slug\n        title\n      }\n    }\n  }\n": types.DownloadedAttemptDocument,
    "\n  fragment PositioningSessionFields on PositioningSession {\n    id\n    status\n    answeredCount\n    completedAt\n    sharedAt\n    competencies {\n      code\n      name\n    }\n    question {\n      versionId\n      itemKey\n      number\n      competency {\n        code\n        name\n      }\n      element {\n        ...PlayerElement\n      }\n    }\n    results {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n    }\n  }\n": types.PositioningSessionFieldsFragmentDoc,
    "\n  query Positioning {\n    myPositioning {\n      ...PositioningSessionFields\n    }\n    testableCompetencies {\n      competency {\n        code\n        name\n      }\n      questions\n    }\n  }\n": types.PositioningDocument,
    "\n  mutation StartPositioning($input: StartPositioningInput!) {\n    startPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n": types.StartPositioningDocument,
    "\n  mutation AnswerPositioning($input: AnswerPositioningInput!) {\n    answerPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n": types.AnswerPositioningDocument,
    "\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n    myProfile {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n      nextLevelPercent\n      validatedSkills\n      invalidatedSkills\n      lessonPix\n      measuredPix\n      measuredLevel\n    }\n    myProfileHistory {\n      day\n      totalPix\n    }\n  }\n": types.MyProgressDocument,
    "\n  query ReviewSession {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n": types.ReviewSessionDocument,
    "\n  query StudioAuthors($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n": types.StudioAuthorsDocument,
    "\n  mutation AddModuleCoAuthor($input: AddCoAuthorInput!) {\n    addModuleCoAuthor(input: $input) {\n      ...StudioModuleFields\n    }\n  }\n": types.AddModuleCoAuthorDocument,
    "\n  mutation RemoveModuleCoAuthor($moduleId: ID!, $userId: ID!) {\n    removeModuleCoAuthor(moduleId: $moduleId, userId: $userId) {\n      ...StudioModuleFields\n    }\n  }\n": types.RemoveModuleCoAuthorDocument,
    "\n  query StudioHistory($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n    studioVersions(moduleId: $moduleId) {\n      number\n      title\n      publishedAt\n      current\n    }\n  }\n": types.StudioHistoryDocument,
    "\n  query StudioModuleDiff($moduleId: ID!, $from: Int!, $to: Int) {\n    studioModuleDiff(moduleId: $moduleId, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        target\n        id\n        grainId\n        label\n        fields\n      }\n    }\n  }\n": types.StudioModuleDiffDocument,
    "\n  mutation ArchiveStudioModule($moduleId: ID!) {\n    archiveStudioModule(moduleId: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n": types.ArchiveStudioModuleDocument,
    "\n  mutation RestoreStudioModule($moduleId: ID!) {\n    restoreStudioModule(moduleId: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n": types.RestoreStudioModuleDocument,
    "\n  query StudioEditor($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n    studioDraft(moduleId: $moduleId) {\n      ...StudioDraftFields\n    }\n    studioSkills {\n      id\n      competencyCode\n      competencyName\n      level\n    }\n  }\n": types.StudioEditorDocument,
    "\n  query StudioStatistics($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      id\n      slug\n      title\n      publishedVersion\n    }\n    studioStatistics(moduleId: $moduleId) {\n      attempts\n      completed\n      learners\n      completionRate\n      medianMinutes\n      items {\n        key\n        kind\n        label\n        answers\n        correct\n        successRate\n        mostChosenWrong {\n          choiceId\n          text\n          count\n        }\n      }\n    }\n  }\n": types.StudioStatisticsDocument,
    "\n  query StudioHome {\n    studioModules {\n      ...StudioModuleFields\n    }\n    studioFileModules {\n      slug\n      title\n    }\n  }\n": types.StudioHomeDocument,
    "\n  mutation CreateStudioModule($input: CreateStudioModuleInput!) {\n    createStudioModule(input: $input) {\n      id\n    }\n  }\n": types.CreateStudioModuleDocument,
    "\n  mutation ImportStudioFile($input: ImportStudioFileInput!) {\n    importStudioFile(input: $input) {\n      id\n    }\n  }\n": types.ImportStudioFileDocument,
    "\n  mutation TakeOverModule($slug: String!) {\n    takeOverModule(slug: $slug) {\n      id\n    }\n  }\n": types.TakeOverModuleDocument,
    "\n  query ManagedWebinar($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      description\n      joinOpensAt\n      roomKind\n      roomUrl\n      slideDeckUrl\n      followUpModuleSlug\n      replayUrl\n      attendanceThresholdMinutes\n      audience {\n        openToAll\n        organisations {\n          id\n        }\n        cohorts {\n          id\n        }\n      }\n      attendance {\n        userId\n        displayName\n        status\n        joinedAt\n        minutesPresent\n        attended\n      }\n    }\n  }\n": types.ManagedWebinarDocument,
    "\n  mutation UpdateWebinar($id: ID!, $input: WebinarInput!) {\n    updateWebinar(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateWebinarDocument,
    "\n  mutation CancelWebinar($id: ID!) {\n    cancelWebinar(id: $id) {\n      id\n    }\n  }\n": types.CancelWebinarDocument,
    "\n  mutation SetWebinarReplay($webinarId: ID!, $replayUrl: String) {\n    setWebinarReplay(webinarId: $webinarId, replayUrl: $replayUrl) {\n      id\n      replayUrl\n    }\n  }\n": types.SetWebinarReplayDocument,
    "\n  mutation RecordWebinarAttendance($webinarId: ID!, $userId: ID!, $minutesPresent: Int!) {\n    recordWebinarAttendance(webinarId: $webinarId, userId: $userId, minutesPresent: $minutesPresent) {\n      userId\n      minutesPresent\n      attended\n    }\n  }\n": types.RecordWebinarAttendanceDocument,
    "\n  mutation ExportWebinarReport($webinarId: ID!) {\n    exportWebinarReport(webinarId: $webinarId) {\n      filename\n      csv\n    }\n  }\n": types.ExportWebinarReportDocument,
    "\n  query ManagedWebinars {\n    managedWebinars(first: 100) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n  }\n": types.ManagedWebinarsDocument,
    "\n  query WebinarFormChoices {\n    webinarHostOrganisations {\n      ...WebinarOrganisationChoice\n    }\n    modules(first: 50) {\n      nodes {\n        slug\n        title\n      }\n    }\n  }\n": types.WebinarFormChoicesDocument,
    "\n  fragment WebinarOrganisationChoice on Organisation {\n    id\n    name\n    cohorts {\n      id\n      name\n      memberCount\n    }\n  }\n": types.WebinarOrganisationChoiceFragmentDoc,
    "\n  mutation ScheduleWebinar($input: WebinarInput!) {\n    scheduleWebinar(input: $input) {\n      id\n    }\n  }\n": types.ScheduleWebinarDocument,
    "\n  query WebinarLivePage($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      questions {\n        ...WebinarQuestionFields\n      }\n      polls {\n        ...WebinarPollFields\n      }\n    }\n  }\n": types.WebinarLivePageDocument,
    "\n  query WebinarPage($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      description\n      joinOpensAt\n      roomKind\n      slideDeckUrl\n      replayUrl\n      attendanceThresholdMinutes\n      followUpModule {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      myRegistration {\n        status\n        waitlistPosition\n        joinedAt\n        minutesPresent\n        attended\n      }\n    }\n  }\n": types.WebinarPageDocument,
    "\n  mutation RegisterForWebinar($webinarId: ID!) {\n    registerForWebinar(webinarId: $webinarId) {\n      id\n      myRegistration {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": types.RegisterForWebinarDocument,
    "\n  mutation CancelWebinarRegistration($webinarId: ID!) {\n    cancelWebinarRegistration(webinarId: $webinarId) {\n      id\n    }\n  }\n": types.CancelWebinarRegistrationDocument,
    "\n  query WebinarsHome {\n    upcomingWebinars(first: 50) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n    myWebinars(first: 50) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n  }\n": types.WebinarsHomeDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      sso {\n        label\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportLearnerFields on ReportLearner {\n    id\n    displayName\n    pseudonym\n  }\n"): (typeof documents)["\n  fragment ReportLearnerFields on ReportLearner {\n    id\n    displayName\n    pseudonym\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompletionReportFields on CohortCompletion {\n    today\n    assignments {\n      assignment {\n        id\n        dueOn\n        module {\n          id\n          title\n        }\n      }\n      completed\n      inProgress\n      notStarted\n      overdue\n      total\n    }\n    learners {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        learner {\n          ...ReportLearnerFields\n        }\n        progress {\n          assignmentId\n          status\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CompletionReportFields on CohortCompletion {\n    today\n    assignments {\n      assignment {\n        id\n        dueOn\n        module {\n          id\n          title\n        }\n      }\n      completed\n      inProgress\n      notStarted\n      overdue\n      total\n    }\n    learners {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        learner {\n          ...ReportLearnerFields\n        }\n        progress {\n          assignmentId\n          status\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HeatmapReportFields on CompetencyHeatmap {\n    competencies {\n      competency {\n        code\n        name\n      }\n      learners\n      averageLevel\n      averagePix\n    }\n    learners {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        learner {\n          ...ReportLearnerFields\n        }\n        cells {\n          competencyCode\n          level\n          pix\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HeatmapReportFields on CompetencyHeatmap {\n    competencies {\n      competency {\n        code\n        name\n      }\n      learners\n      averageLevel\n      averagePix\n    }\n    learners {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        learner {\n          ...ReportLearnerFields\n        }\n        cells {\n          competencyCode\n          level\n          pix\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleItemStatisticsFields on ModuleItemStatistics {\n    module {\n      id\n      slug\n      title\n    }\n    learners\n    items {\n      key\n      kind\n      label\n      answers\n      correct\n      successRate\n      mostChosenWrong {\n        choiceId\n        text\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ModuleItemStatisticsFields on ModuleItemStatistics {\n    module {\n      id\n      slug\n      title\n    }\n    learners\n    items {\n      key\n      kind\n      label\n      answers\n      correct\n      successRate\n      mostChosenWrong {\n        choiceId\n        text\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharePositioning($sessionId: ID!) {\n    sharePositioning(sessionId: $sessionId) {\n      id\n      sharedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SharePositioning($sessionId: ID!) {\n    sharePositioning(sessionId: $sessionId) {\n      id\n      sharedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleCard on Module {\n    id\n    slug\n    title\n    summary\n    theme\n    audience\n    durationMinutes\n    competencies {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ModuleCard on Module {\n    id\n    slug\n    title\n    summary\n    theme\n    audience\n    durationMinutes\n    competencies {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query H5pState($attemptId: ID!, $elementId: ID!) {\n    h5pState(attemptId: $attemptId, elementId: $elementId)\n  }\n"): (typeof documents)["\n  query H5pState($attemptId: ID!, $elementId: ID!) {\n    h5pState(attemptId: $attemptId, elementId: $elementId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveH5pState($input: SaveH5pStateInput!) {\n    saveH5pState(input: $input)\n  }\n"): (typeof documents)["\n  mutation SaveH5pState($input: SaveH5pStateInput!) {\n    saveH5pState(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    graded\n    skillId\n    nextStepId\n    quality\n    response {\n      choiceIds\n      text\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n      rating\n      h5p {\n        scaled\n        raw\n        max\n        success\n        completion\n      }\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n    }\n    poll {\n      total\n      choices {\n        choiceId\n        count\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    graded\n    skillId\n    nextStepId\n    quality\n    response {\n      choiceIds\n      text\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n      rating\n      h5p {\n        scaled\n        raw\n        max\n        success\n        completion\n      }\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n    }\n    poll {\n      total\n      choices {\n        choiceId\n        count\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlayerElement on Element {\n    __typename\n    id\n    ... on TextElement {\n      html\n    }\n    ... on ImageElement {\n      src\n      alt\n      longDescription\n    }\n    ... on VideoElement {\n      src\n      captionsSrc\n      transcriptHtml\n    }\n    ... on CalloutElement {\n      variant\n      title\n      html\n    }\n    ... on SingleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on MultipleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on ShortAnswerElement {\n      promptHtml\n    }\n    ... on OrderingElement {\n      promptHtml\n      items {\n        id\n        html\n      }\n    }\n    ... on MatchingElement {\n      promptHtml\n      lefts {\n        id\n        html\n      }\n      rights {\n        id\n        html\n      }\n    }\n    ... on TrueFalseElement {\n      promptHtml\n      statements {\n        id\n        html\n      }\n    }\n    ... on FlashcardsElement {\n      cards {\n        id\n        frontHtml\n        backHtml\n      }\n    }\n    ... on ScenarioElement {\n      # Aliased: a callout's title is nullable, a scenario's is not, and one selection cannot hold both.\n      scenarioTitle: title\n      startStepId\n      steps {\n        id\n        situationHtml\n        ending\n        image {\n          src\n          alt\n          longDescription\n        }\n        choices {\n          id\n          html\n        }\n      }\n    }\n    ... on PollElement {\n      promptHtml\n      multiple\n      choices {\n        id\n        html\n      }\n    }\n    ... on H5pElement {\n      skillId\n      packageId\n      title\n      playerUrl\n    }\n  }\n"): (typeof documents)["\n  fragment PlayerElement on Element {\n    __typename\n    id\n    ... on TextElement {\n      html\n    }\n    ... on ImageElement {\n      src\n      alt\n      longDescription\n    }\n    ... on VideoElement {\n      src\n      captionsSrc\n      transcriptHtml\n    }\n    ... on CalloutElement {\n      variant\n      title\n      html\n    }\n    ... on SingleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on MultipleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on ShortAnswerElement {\n      promptHtml\n    }\n    ... on OrderingElement {\n      promptHtml\n      items {\n        id\n        html\n      }\n    }\n    ... on MatchingElement {\n      promptHtml\n      lefts {\n        id\n        html\n      }\n      rights {\n        id\n        html\n      }\n    }\n    ... on TrueFalseElement {\n      promptHtml\n      statements {\n        id\n        html\n      }\n    }\n    ... on FlashcardsElement {\n      cards {\n        id\n        frontHtml\n        backHtml\n      }\n    }\n    ... on ScenarioElement {\n      # Aliased: a callout's title is nullable, a scenario's is not, and one selection cannot hold both.\n      scenarioTitle: title\n      startStepId\n      steps {\n        id\n        situationHtml\n        ending\n        image {\n          src\n          alt\n          longDescription\n        }\n        choices {\n          id\n          html\n        }\n      }\n    }\n    ... on PollElement {\n      promptHtml\n      multiple\n      choices {\n        id\n        html\n      }\n    }\n    ... on H5pElement {\n      skillId\n      packageId\n      title\n      playerUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      ...PlayerElement\n    }\n  }\n"): (typeof documents)["\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      ...PlayerElement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAnswer($input: SubmitAnswerInput!) {\n    submitAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAnswer($input: SubmitAnswerInput!) {\n    submitAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveInAttempt($attemptId: ID!, $grainIndex: Int!) {\n    moveInAttempt(attemptId: $attemptId, grainIndex: $grainIndex) {\n      id\n      currentGrainIndex\n    }\n  }\n"): (typeof documents)["\n  mutation MoveInAttempt($attemptId: ID!, $grainIndex: Int!) {\n    moveInAttempt(attemptId: $attemptId, grainIndex: $grainIndex) {\n      id\n      currentGrainIndex\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishAttempt($attemptId: ID!) {\n    finishAttempt(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FinishAttempt($attemptId: ID!) {\n    finishAttempt(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceRow on CompetencyEvidence {\n    skillsValidated\n    skillsFailed\n    answers\n    competency {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceRow on CompetencyEvidence {\n    skillsValidated\n    skillsFailed\n    answers\n    competency {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewItemFields on ReviewItem {\n    cardId\n    source\n    itemKey\n    due\n    module {\n      id\n      slug\n      title\n    }\n    element {\n      ...PlayerElement\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewItemFields on ReviewItem {\n    cardId\n    source\n    itemKey\n    due\n    module {\n      id\n      slug\n      title\n    }\n    element {\n      ...PlayerElement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewOutcomeFields on ReviewOutcome {\n    cardId\n    rating\n    correct\n    nextDue\n    result {\n      ...AnswerResultFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewOutcomeFields on ReviewOutcome {\n    cardId\n    rating\n    correct\n    nextDue\n    result {\n      ...AnswerResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      ...ReviewOutcomeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      ...ReviewOutcomeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioModuleFields on StudioModule {\n    id\n    slug\n    title\n    status\n    publishedVersion\n    hasUnpublishedChanges\n    revision\n    updatedAt\n    myRole\n    authors {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment StudioModuleFields on StudioModule {\n    id\n    slug\n    title\n    status\n    publishedVersion\n    hasUnpublishedChanges\n    revision\n    updatedAt\n    myRole\n    authors {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioDraftFields on StudioDraft {\n    moduleId\n    revision\n    contentJson\n    previewSkipped\n    issues {\n      path\n      message\n      blocking\n    }\n    preview {\n      ...PlayerGrain\n    }\n  }\n"): (typeof documents)["\n  fragment StudioDraftFields on StudioDraft {\n    moduleId\n    revision\n    contentJson\n    previewSkipped\n    issues {\n      path\n      message\n      blocking\n    }\n    preview {\n      ...PlayerGrain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveStudioDraft($input: SaveStudioDraftInput!) {\n    saveStudioDraft(input: $input) {\n      ...StudioDraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveStudioDraft($input: SaveStudioDraftInput!) {\n    saveStudioDraft(input: $input) {\n      ...StudioDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioDraft($moduleId: ID!) {\n    studioDraft(moduleId: $moduleId) {\n      ...StudioDraftFields\n    }\n  }\n"): (typeof documents)["\n  query StudioDraft($moduleId: ID!) {\n    studioDraft(moduleId: $moduleId) {\n      ...StudioDraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishStudioModule($moduleId: ID!, $revision: Int!) {\n    publishStudioModule(moduleId: $moduleId, revision: $revision) {\n      ...StudioModuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishStudioModule($moduleId: ID!, $revision: Int!) {\n    publishStudioModule(moduleId: $moduleId, revision: $revision) {\n      ...StudioModuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckPreviewAnswer($input: CheckPreviewAnswerInput!) {\n    checkPreviewAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckPreviewAnswer($input: CheckPreviewAnswerInput!) {\n    checkPreviewAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioExport($moduleId: ID!, $version: Int) {\n    studioExport(moduleId: $moduleId, version: $version) {\n      filename\n      yaml\n    }\n  }\n"): (typeof documents)["\n  query StudioExport($moduleId: ID!, $version: Int) {\n    studioExport(moduleId: $moduleId, version: $version) {\n      filename\n      yaml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query H5pPackages {\n    h5pPackages {\n      id\n      title\n      mainLibrary\n      sizeBytes\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query H5pPackages {\n    h5pPackages {\n      id\n      title\n      mainLibrary\n      sizeBytes\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioMedia($moduleId: ID!) {\n    studioMedia(moduleId: $moduleId) {\n      path\n      kind\n      sizeBytes\n      url\n    }\n  }\n"): (typeof documents)["\n  query StudioMedia($moduleId: ID!) {\n    studioMedia(moduleId: $moduleId) {\n      path\n      kind\n      sizeBytes\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReserveOfflineAttempt($input: ReserveOfflineAttemptInput!) {\n    reserveOfflineAttempt(input: $input) {\n      id\n      versionId\n      version\n      currentGrainIndex\n      grains {\n        ...PlayerGrain\n      }\n      answers {\n        ...AnswerResultFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReserveOfflineAttempt($input: ReserveOfflineAttemptInput!) {\n    reserveOfflineAttempt(input: $input) {\n      id\n      versionId\n      version\n      currentGrainIndex\n      grains {\n        ...PlayerGrain\n      }\n      answers {\n        ...AnswerResultFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSessionDownload {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewSessionDownload {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebinarSummaryFields on Webinar {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    placesTaken\n    placesLeft\n    waitlistCount\n    phase\n    joinable\n    canManage\n    cancelledAt\n    organisation {\n      id\n      name\n    }\n    myRegistration {\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  fragment WebinarSummaryFields on Webinar {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    placesTaken\n    placesLeft\n    waitlistCount\n    phase\n    joinable\n    canManage\n    cancelledAt\n    organisation {\n      id\n      name\n    }\n    myRegistration {\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebinarQuestionFields on WebinarQuestion {\n    id\n    text\n    status\n    askedAt\n    upvotes\n    upvotedByMe\n    askedByMe\n  }\n"): (typeof documents)["\n  fragment WebinarQuestionFields on WebinarQuestion {\n    id\n    text\n    status\n    askedAt\n    upvotes\n    upvotedByMe\n    askedByMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebinarPollFields on WebinarPoll {\n    id\n    question\n    kind\n    status\n    voters\n    myOptionIds\n    launchedAt\n    closedAt\n    options {\n      id\n      label\n      votes\n    }\n  }\n"): (typeof documents)["\n  fragment WebinarPollFields on WebinarPoll {\n    id\n    question\n    kind\n    status\n    voters\n    myOptionIds\n    launchedAt\n    closedAt\n    options {\n      id\n      label\n      votes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebinarLiveSnapshot($id: ID!) {\n    webinar(id: $id) {\n      id\n      phase\n      questions {\n        ...WebinarQuestionFields\n      }\n      polls {\n        ...WebinarPollFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebinarLiveSnapshot($id: ID!) {\n    webinar(id: $id) {\n      id\n      phase\n      questions {\n        ...WebinarQuestionFields\n      }\n      polls {\n        ...WebinarPollFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebinarLive($webinarId: ID!) {\n    webinarLive(webinarId: $webinarId) {\n      kind\n      question {\n        ...WebinarQuestionFields\n      }\n      poll {\n        ...WebinarPollFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WebinarLive($webinarId: ID!) {\n    webinarLive(webinarId: $webinarId) {\n      kind\n      question {\n        ...WebinarQuestionFields\n      }\n      poll {\n        ...WebinarPollFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskWebinarQuestion($input: AskQuestionInput!) {\n    askWebinarQuestion(input: $input) {\n      ...WebinarQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskWebinarQuestion($input: AskQuestionInput!) {\n    askWebinarQuestion(input: $input) {\n      ...WebinarQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpvoteWebinarQuestion($questionId: ID!) {\n    upvoteWebinarQuestion(questionId: $questionId) {\n      ...WebinarQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpvoteWebinarQuestion($questionId: ID!) {\n    upvoteWebinarQuestion(questionId: $questionId) {\n      ...WebinarQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerWebinarPoll($input: AnswerPollInput!) {\n    answerWebinarPoll(input: $input) {\n      ...WebinarPollFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerWebinarPoll($input: AnswerPollInput!) {\n    answerWebinarPoll(input: $input) {\n      ...WebinarPollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkWebinarQuestion($questionId: ID!, $status: WebinarQuestionStatus!) {\n    markWebinarQuestion(questionId: $questionId, status: $status) {\n      ...WebinarQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkWebinarQuestion($questionId: ID!, $status: WebinarQuestionStatus!) {\n    markWebinarQuestion(questionId: $questionId, status: $status) {\n      ...WebinarQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchWebinarPoll($input: LaunchPollInput!) {\n    launchWebinarPoll(input: $input) {\n      ...WebinarPollFields\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchWebinarPoll($input: LaunchPollInput!) {\n    launchWebinarPoll(input: $input) {\n      ...WebinarPollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseWebinarPoll($pollId: ID!) {\n    closeWebinarPoll(pollId: $pollId) {\n      ...WebinarPollFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseWebinarPoll($pollId: ID!) {\n    closeWebinarPoll(pollId: $pollId) {\n      ...WebinarPollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWebinar($webinarId: ID!) {\n    joinWebinar(webinarId: $webinarId) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWebinar($webinarId: ID!) {\n    joinWebinar(webinarId: $webinarId) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    myRecommendations {\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      competency {\n        code\n        name\n      }\n    }\n    myReviewDueCount\n    myAssignments {\n      id\n      dueOn\n      status\n      overdue\n      cohortName\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    myRecommendations {\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      competency {\n        code\n        name\n      }\n    }\n    myReviewDueCount\n    myAssignments {\n      id\n      dueOn\n      status\n      overdue\n      cohortName\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int!, $after: String) {\n    outbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        text\n        attachmentNames\n        createdAt\n        sentAt\n        attempts\n        lastError\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int!, $after: String) {\n    outbox(first: $first, after: $after) {\n      nodes {\n        id\n        to\n        subject\n        text\n        attachmentNames\n        createdAt\n        sentAt\n        attempts\n        lastError\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $before: String, $action: String) {\n    auditLog(first: $first, before: $before, action: $action) {\n      nodes {\n        id\n        at\n        action\n        actor {\n          id\n          displayName\n        }\n        actorErased\n        target {\n          id\n          displayName\n        }\n        targetErased\n        organisation {\n          id\n          name\n        }\n        details\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $before: String, $action: String) {\n    auditLog(first: $first, before: $before, action: $action) {\n      nodes {\n        id\n        at\n        action\n        actor {\n          id\n          displayName\n        }\n        actorErased\n        target {\n          id\n          displayName\n        }\n        targetErased\n        organisation {\n          id\n          name\n        }\n        details\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment XapiClientFields on XapiClient {\n    id\n    name\n    key\n    permission\n    createdAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment XapiClientFields on XapiClient {\n    id\n    name\n    key\n    permission\n    createdAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment XapiForwardingFields on XapiForwarding {\n    id\n    endpoint\n    key\n    sentCount\n    lastSentAt\n    failures\n    nextAttemptAt\n    lastError\n    createdAt\n  }\n"): (typeof documents)["\n  fragment XapiForwardingFields on XapiForwarding {\n    id\n    endpoint\n    key\n    sentCount\n    lastSentAt\n    failures\n    nextAttemptAt\n    lastError\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LrsOrganisations {\n    xapiOrganisations {\n      id\n      kind\n      name\n      uai\n    }\n  }\n"): (typeof documents)["\n  query LrsOrganisations {\n    xapiOrganisations {\n      id\n      kind\n      name\n      uai\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LrsSettings($organisationId: ID!) {\n    xapiClients(organisationId: $organisationId) {\n      ...XapiClientFields\n    }\n    xapiForwarding(organisationId: $organisationId) {\n      ...XapiForwardingFields\n    }\n  }\n"): (typeof documents)["\n  query LrsSettings($organisationId: ID!) {\n    xapiClients(organisationId: $organisationId) {\n      ...XapiClientFields\n    }\n    xapiForwarding(organisationId: $organisationId) {\n      ...XapiForwardingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateXapiClient($input: CreateXapiClientInput!) {\n    createXapiClient(input: $input) {\n      client {\n        ...XapiClientFields\n      }\n      secret\n      endpoint\n    }\n  }\n"): (typeof documents)["\n  mutation CreateXapiClient($input: CreateXapiClientInput!) {\n    createXapiClient(input: $input) {\n      client {\n        ...XapiClientFields\n      }\n      secret\n      endpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeXapiClient($id: ID!) {\n    revokeXapiClient(id: $id) {\n      ...XapiClientFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeXapiClient($id: ID!) {\n    revokeXapiClient(id: $id) {\n      ...XapiClientFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetXapiForwarding($input: SetXapiForwardingInput!) {\n    setXapiForwarding(input: $input) {\n      ...XapiForwardingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetXapiForwarding($input: SetXapiForwardingInput!) {\n    setXapiForwarding(input: $input) {\n      ...XapiForwardingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveXapiForwarding($organisationId: ID!) {\n    removeXapiForwarding(organisationId: $organisationId)\n  }\n"): (typeof documents)["\n  mutation RemoveXapiForwarding($organisationId: ID!) {\n    removeXapiForwarding(organisationId: $organisationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueDomains {\n    domains {\n      code\n      name\n      competencies {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueDomains {\n    domains {\n      code\n      name\n      competencies {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueModules($filter: ModuleFilter, $first: Int!, $after: String) {\n    modules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ModuleCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueModules($filter: ModuleFilter, $first: Int!, $after: String) {\n    modules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ModuleCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    myAccount {\n      id\n      displayName\n      email\n      identifier\n      createdAt\n      lastActiveAt\n      memberships {\n        organisationName\n        role\n      }\n      cohorts {\n        name\n        organisationName\n      }\n      attempts\n      answers\n      positioningSessions\n      reviewCards\n      retentionMonths\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    myAccount {\n      id\n      displayName\n      email\n      identifier\n      createdAt\n      lastActiveAt\n      memberships {\n        organisationName\n        role\n      }\n      cohorts {\n        name\n        organisationName\n      }\n      attempts\n      answers\n      positioningSessions\n      reviewCards\n      retentionMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExport {\n    myDataExport\n  }\n"): (typeof documents)["\n  query MyDataExport {\n    myDataExport\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMyAccount($confirmation: String!) {\n    eraseMyAccount(confirmation: $confirmation)\n  }\n"): (typeof documents)["\n  mutation EraseMyAccount($confirmation: String!) {\n    eraseMyAccount(confirmation: $confirmation)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedCohort($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      assignments {\n        id\n        dueOn\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    modules(first: 50) {\n      nodes {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagedCohort($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      assignments {\n        id\n        dueOn\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    modules(first: 50) {\n      nodes {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreCohortMembers($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoreCohortMembers($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignModules($input: AssignModulesInput!) {\n    assignModules(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignModules($input: AssignModulesInput!) {\n    assignModules(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAssignment($id: ID!) {\n    removeAssignment(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAssignment($id: ID!) {\n    removeAssignment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortCompletion($cohortId: ID!, $after: String, $pseudonymous: Boolean) {\n    cohortCompletion(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {\n      ...CompletionReportFields\n    }\n  }\n"): (typeof documents)["\n  query CohortCompletion($cohortId: ID!, $after: String, $pseudonymous: Boolean) {\n    cohortCompletion(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {\n      ...CompletionReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortHeatmap($cohortId: ID!, $after: String, $pseudonymous: Boolean) {\n    cohortCompetencyHeatmap(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {\n      ...HeatmapReportFields\n    }\n  }\n"): (typeof documents)["\n  query CohortHeatmap($cohortId: ID!, $after: String, $pseudonymous: Boolean) {\n    cohortCompetencyHeatmap(cohortId: $cohortId, first: 50, after: $after, pseudonymous: $pseudonymous) {\n      ...HeatmapReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortItemStatistics($cohortId: ID!) {\n    cohortItemStatistics(cohortId: $cohortId) {\n      ...ModuleItemStatisticsFields\n    }\n  }\n"): (typeof documents)["\n  query CohortItemStatistics($cohortId: ID!) {\n    cohortItemStatistics(cohortId: $cohortId) {\n      ...ModuleItemStatisticsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCohortReport($cohortId: ID!, $view: CohortReportView!, $pseudonymous: Boolean, $language: ReportLanguage) {\n    exportCohortReport(cohortId: $cohortId, view: $view, pseudonymous: $pseudonymous, language: $language) {\n      filename\n      csv\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCohortReport($cohortId: ID!, $view: CohortReportView!, $pseudonymous: Boolean, $language: ReportLanguage) {\n    exportCohortReport(cohortId: $cohortId, view: $view, pseudonymous: $pseudonymous, language: $language) {\n      filename\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on PeopleImportReport {\n    applied\n    created\n    updated\n    unchanged\n    cohortsCreated\n    lines {\n      line\n      displayName\n      email\n      identifier\n      cohort\n      role\n      outcome\n    }\n    rejected {\n      line\n      reason\n      raw\n    }\n  }\n"): (typeof documents)["\n  fragment ImportReportFields on PeopleImportReport {\n    applied\n    created\n    updated\n    unchanged\n    cohortsCreated\n    lines {\n      line\n      displayName\n      email\n      identifier\n      cohort\n      role\n      outcome\n    }\n    rejected {\n      line\n      reason\n      raw\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPeople($input: PeopleImportInput!) {\n    importPeople(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPeople($input: PeopleImportInput!) {\n    importPeople(input: $input) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedOrganisations {\n    managedOrganisations {\n      id\n      kind\n      name\n      uai\n      cohorts {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagedOrganisations {\n    managedOrganisations {\n      id\n      kind\n      name\n      uai\n      cohorts {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPeople($organisationId: ID!, $after: String, $search: String) {\n    organisationPeople(organisationId: $organisationId, first: 50, after: $after, search: $search) {\n      nodes {\n        id\n        displayName\n        email\n        identifier\n        roles\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPeople($organisationId: ID!, $after: String, $search: String) {\n    organisationPeople(organisationId: $organisationId, first: 50, after: $after, search: $search) {\n      nodes {\n        id\n        displayName\n        email\n        identifier\n        roles\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoles($input: SetRolesInput!) {\n    setRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myBestScore {\n        percent\n      }\n      myAttempt {\n        ...SummaryAttempt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myBestScore {\n        percent\n      }\n      myAttempt {\n        ...SummaryAttempt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryAttempt on Attempt {\n    id\n    status\n    completedAt\n    score {\n      correct\n      total\n      percent\n    }\n    evidence {\n      ...EvidenceRow\n    }\n  }\n"): (typeof documents)["\n  fragment SummaryAttempt on Attempt {\n    id\n    status\n    completedAt\n    score {\n      correct\n      total\n      percent\n    }\n    evidence {\n      ...EvidenceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttemptSummary($id: ID!, $slug: String!) {\n    attempt(id: $id) {\n      ...SummaryAttempt\n    }\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myBestScore {\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttemptSummary($id: ID!, $slug: String!) {\n    attempt(id: $id) {\n      ...SummaryAttempt\n    }\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myBestScore {\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        versionId\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        versionId\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DownloadedAttempt($id: ID!) {\n    attempt(id: $id) {\n      id\n      versionId\n      status\n      currentGrainIndex\n      grainCount\n      grains {\n        ...PlayerGrain\n      }\n      answers {\n        ...AnswerResultFields\n      }\n      module {\n        id\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query DownloadedAttempt($id: ID!) {\n    attempt(id: $id) {\n      id\n      versionId\n      status\n      currentGrainIndex\n      grainCount\n      grains {\n        ...PlayerGrain\n      }\n      answers {\n        ...AnswerResultFields\n      }\n      module {\n        id\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositioningSessionFields on PositioningSession {\n    id\n    status\n    answeredCount\n    completedAt\n    sharedAt\n    competencies {\n      code\n      name\n    }\n    question {\n      versionId\n      itemKey\n      number\n      competency {\n        code\n        name\n      }\n      element {\n        ...PlayerElement\n      }\n    }\n    results {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n    }\n  }\n"): (typeof documents)["\n  fragment PositioningSessionFields on PositioningSession {\n    id\n    status\n    answeredCount\n    completedAt\n    sharedAt\n    competencies {\n      code\n      name\n    }\n    question {\n      versionId\n      itemKey\n      number\n      competency {\n        code\n        name\n      }\n      element {\n        ...PlayerElement\n      }\n    }\n    results {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Positioning {\n    myPositioning {\n      ...PositioningSessionFields\n    }\n    testableCompetencies {\n      competency {\n        code\n        name\n      }\n      questions\n    }\n  }\n"): (typeof documents)["\n  query Positioning {\n    myPositioning {\n      ...PositioningSessionFields\n    }\n    testableCompetencies {\n      competency {\n        code\n        name\n      }\n      questions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPositioning($input: StartPositioningInput!) {\n    startPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartPositioning($input: StartPositioningInput!) {\n    startPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerPositioning($input: AnswerPositioningInput!) {\n    answerPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerPositioning($input: AnswerPositioningInput!) {\n    answerPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n    myProfile {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n      nextLevelPercent\n      validatedSkills\n      invalidatedSkills\n      lessonPix\n      measuredPix\n      measuredLevel\n    }\n    myProfileHistory {\n      day\n      totalPix\n    }\n  }\n"): (typeof documents)["\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n    myProfile {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n      nextLevelPercent\n      validatedSkills\n      invalidatedSkills\n      lessonPix\n      measuredPix\n      measuredLevel\n    }\n    myProfileHistory {\n      day\n      totalPix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewSession {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewSession {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioAuthors($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n"): (typeof documents)["\n  query StudioAuthors($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddModuleCoAuthor($input: AddCoAuthorInput!) {\n    addModuleCoAuthor(input: $input) {\n      ...StudioModuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddModuleCoAuthor($input: AddCoAuthorInput!) {\n    addModuleCoAuthor(input: $input) {\n      ...StudioModuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveModuleCoAuthor($moduleId: ID!, $userId: ID!) {\n    removeModuleCoAuthor(moduleId: $moduleId, userId: $userId) {\n      ...StudioModuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveModuleCoAuthor($moduleId: ID!, $userId: ID!) {\n    removeModuleCoAuthor(moduleId: $moduleId, userId: $userId) {\n      ...StudioModuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioHistory($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n    studioVersions(moduleId: $moduleId) {\n      number\n      title\n      publishedAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query StudioHistory($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n    studioVersions(moduleId: $moduleId) {\n      number\n      title\n      publishedAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioModuleDiff($moduleId: ID!, $from: Int!, $to: Int) {\n    studioModuleDiff(moduleId: $moduleId, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        target\n        id\n        grainId\n        label\n        fields\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudioModuleDiff($moduleId: ID!, $from: Int!, $to: Int) {\n    studioModuleDiff(moduleId: $moduleId, from: $from, to: $to) {\n      from\n      to\n      changes {\n        kind\n        target\n        id\n        grainId\n        label\n        fields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveStudioModule($moduleId: ID!) {\n    archiveStudioModule(moduleId: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveStudioModule($moduleId: ID!) {\n    archiveStudioModule(moduleId: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreStudioModule($moduleId: ID!) {\n    restoreStudioModule(moduleId: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreStudioModule($moduleId: ID!) {\n    restoreStudioModule(moduleId: $moduleId) {\n      ...StudioModuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioEditor($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n    studioDraft(moduleId: $moduleId) {\n      ...StudioDraftFields\n    }\n    studioSkills {\n      id\n      competencyCode\n      competencyName\n      level\n    }\n  }\n"): (typeof documents)["\n  query StudioEditor($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      ...StudioModuleFields\n    }\n    studioDraft(moduleId: $moduleId) {\n      ...StudioDraftFields\n    }\n    studioSkills {\n      id\n      competencyCode\n      competencyName\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioStatistics($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      id\n      slug\n      title\n      publishedVersion\n    }\n    studioStatistics(moduleId: $moduleId) {\n      attempts\n      completed\n      learners\n      completionRate\n      medianMinutes\n      items {\n        key\n        kind\n        label\n        answers\n        correct\n        successRate\n        mostChosenWrong {\n          choiceId\n          text\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudioStatistics($moduleId: ID!) {\n    studioModule(id: $moduleId) {\n      id\n      slug\n      title\n      publishedVersion\n    }\n    studioStatistics(moduleId: $moduleId) {\n      attempts\n      completed\n      learners\n      completionRate\n      medianMinutes\n      items {\n        key\n        kind\n        label\n        answers\n        correct\n        successRate\n        mostChosenWrong {\n          choiceId\n          text\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioHome {\n    studioModules {\n      ...StudioModuleFields\n    }\n    studioFileModules {\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query StudioHome {\n    studioModules {\n      ...StudioModuleFields\n    }\n    studioFileModules {\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStudioModule($input: CreateStudioModuleInput!) {\n    createStudioModule(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStudioModule($input: CreateStudioModuleInput!) {\n    createStudioModule(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStudioFile($input: ImportStudioFileInput!) {\n    importStudioFile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ImportStudioFile($input: ImportStudioFileInput!) {\n    importStudioFile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeOverModule($slug: String!) {\n    takeOverModule(slug: $slug) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TakeOverModule($slug: String!) {\n    takeOverModule(slug: $slug) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedWebinar($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      description\n      joinOpensAt\n      roomKind\n      roomUrl\n      slideDeckUrl\n      followUpModuleSlug\n      replayUrl\n      attendanceThresholdMinutes\n      audience {\n        openToAll\n        organisations {\n          id\n        }\n        cohorts {\n          id\n        }\n      }\n      attendance {\n        userId\n        displayName\n        status\n        joinedAt\n        minutesPresent\n        attended\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagedWebinar($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      description\n      joinOpensAt\n      roomKind\n      roomUrl\n      slideDeckUrl\n      followUpModuleSlug\n      replayUrl\n      attendanceThresholdMinutes\n      audience {\n        openToAll\n        organisations {\n          id\n        }\n        cohorts {\n          id\n        }\n      }\n      attendance {\n        userId\n        displayName\n        status\n        joinedAt\n        minutesPresent\n        attended\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebinar($id: ID!, $input: WebinarInput!) {\n    updateWebinar(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebinar($id: ID!, $input: WebinarInput!) {\n    updateWebinar(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWebinar($id: ID!) {\n    cancelWebinar(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWebinar($id: ID!) {\n    cancelWebinar(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWebinarReplay($webinarId: ID!, $replayUrl: String) {\n    setWebinarReplay(webinarId: $webinarId, replayUrl: $replayUrl) {\n      id\n      replayUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SetWebinarReplay($webinarId: ID!, $replayUrl: String) {\n    setWebinarReplay(webinarId: $webinarId, replayUrl: $replayUrl) {\n      id\n      replayUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWebinarAttendance($webinarId: ID!, $userId: ID!, $minutesPresent: Int!) {\n    recordWebinarAttendance(webinarId: $webinarId, userId: $userId, minutesPresent: $minutesPresent) {\n      userId\n      minutesPresent\n      attended\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWebinarAttendance($webinarId: ID!, $userId: ID!, $minutesPresent: Int!) {\n    recordWebinarAttendance(webinarId: $webinarId, userId: $userId, minutesPresent: $minutesPresent) {\n      userId\n      minutesPresent\n      attended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportWebinarReport($webinarId: ID!) {\n    exportWebinarReport(webinarId: $webinarId) {\n      filename\n      csv\n    }\n  }\n"): (typeof documents)["\n  mutation ExportWebinarReport($webinarId: ID!) {\n    exportWebinarReport(webinarId: $webinarId) {\n      filename\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedWebinars {\n    managedWebinars(first: 100) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagedWebinars {\n    managedWebinars(first: 100) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebinarFormChoices {\n    webinarHostOrganisations {\n      ...WebinarOrganisationChoice\n    }\n    modules(first: 50) {\n      nodes {\n        slug\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebinarFormChoices {\n    webinarHostOrganisations {\n      ...WebinarOrganisationChoice\n    }\n    modules(first: 50) {\n      nodes {\n        slug\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebinarOrganisationChoice on Organisation {\n    id\n    name\n    cohorts {\n      id\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  fragment WebinarOrganisationChoice on Organisation {\n    id\n    name\n    cohorts {\n      id\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleWebinar($input: WebinarInput!) {\n    scheduleWebinar(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleWebinar($input: WebinarInput!) {\n    scheduleWebinar(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebinarLivePage($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      questions {\n        ...WebinarQuestionFields\n      }\n      polls {\n        ...WebinarPollFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebinarLivePage($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      questions {\n        ...WebinarQuestionFields\n      }\n      polls {\n        ...WebinarPollFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebinarPage($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      description\n      joinOpensAt\n      roomKind\n      slideDeckUrl\n      replayUrl\n      attendanceThresholdMinutes\n      followUpModule {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      myRegistration {\n        status\n        waitlistPosition\n        joinedAt\n        minutesPresent\n        attended\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebinarPage($id: ID!) {\n    webinar(id: $id) {\n      ...WebinarSummaryFields\n      description\n      joinOpensAt\n      roomKind\n      slideDeckUrl\n      replayUrl\n      attendanceThresholdMinutes\n      followUpModule {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      myRegistration {\n        status\n        waitlistPosition\n        joinedAt\n        minutesPresent\n        attended\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForWebinar($webinarId: ID!) {\n    registerForWebinar(webinarId: $webinarId) {\n      id\n      myRegistration {\n        status\n        waitlistPosition\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForWebinar($webinarId: ID!) {\n    registerForWebinar(webinarId: $webinarId) {\n      id\n      myRegistration {\n        status\n        waitlistPosition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWebinarRegistration($webinarId: ID!) {\n    cancelWebinarRegistration(webinarId: $webinarId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWebinarRegistration($webinarId: ID!) {\n    cancelWebinarRegistration(webinarId: $webinarId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebinarsHome {\n    upcomingWebinars(first: 50) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n    myWebinars(first: 50) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebinarsHome {\n    upcomingWebinars(first: 50) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n    myWebinars(first: 50) {\n      nodes {\n        ...WebinarSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      sso {\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      sso {\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;