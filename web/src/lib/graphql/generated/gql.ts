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
    "\n  fragment ModuleCard on Module {\n    id\n    slug\n    title\n    summary\n    theme\n    audience\n    durationMinutes\n    competencies {\n      code\n      name\n    }\n  }\n": typeof types.ModuleCardFragmentDoc,
    "\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    graded\n    skillId\n    nextStepId\n    quality\n    response {\n      choiceIds\n      text\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n      rating\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n    }\n    poll {\n      total\n      choices {\n        choiceId\n        count\n        percent\n      }\n    }\n  }\n": typeof types.AnswerResultFieldsFragmentDoc,
    "\n  fragment PlayerElement on Element {\n    __typename\n    id\n    ... on TextElement {\n      html\n    }\n    ... on ImageElement {\n      src\n      alt\n      longDescription\n    }\n    ... on VideoElement {\n      src\n      captionsSrc\n      transcriptHtml\n    }\n    ... on CalloutElement {\n      variant\n      title\n      html\n    }\n    ... on SingleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on MultipleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on ShortAnswerElement {\n      promptHtml\n    }\n    ... on OrderingElement {\n      promptHtml\n      items {\n        id\n        html\n      }\n    }\n    ... on MatchingElement {\n      promptHtml\n      lefts {\n        id\n        html\n      }\n      rights {\n        id\n        html\n      }\n    }\n    ... on TrueFalseElement {\n      promptHtml\n      statements {\n        id\n        html\n      }\n    }\n    ... on FlashcardsElement {\n      cards {\n        id\n        frontHtml\n        backHtml\n      }\n    }\n    ... on ScenarioElement {\n      # Aliased: a callout's title is nullable, a scenario's is not, and one selection cannot hold both.\n      scenarioTitle: title\n      startStepId\n      steps {\n        id\n        situationHtml\n        ending\n        image {\n          src\n          alt\n          longDescription\n        }\n        choices {\n          id\n          html\n        }\n      }\n    }\n    ... on PollElement {\n      promptHtml\n      multiple\n      choices {\n        id\n        html\n      }\n    }\n  }\n": typeof types.PlayerElementFragmentDoc,
    "\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      ...PlayerElement\n    }\n  }\n": typeof types.PlayerGrainFragmentDoc,
    "\n  mutation SubmitAnswer($input: SubmitAnswerInput!) {\n    submitAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n": typeof types.SubmitAnswerDocument,
    "\n  mutation MoveInAttempt($attemptId: ID!, $grainIndex: Int!) {\n    moveInAttempt(attemptId: $attemptId, grainIndex: $grainIndex) {\n      id\n      currentGrainIndex\n    }\n  }\n": typeof types.MoveInAttemptDocument,
    "\n  mutation FinishAttempt($attemptId: ID!) {\n    finishAttempt(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n": typeof types.FinishAttemptDocument,
    "\n  fragment EvidenceRow on CompetencyEvidence {\n    skillsValidated\n    skillsFailed\n    answers\n    competency {\n      code\n      name\n    }\n  }\n": typeof types.EvidenceRowFragmentDoc,
    "\n  fragment ReviewItemFields on ReviewItem {\n    cardId\n    source\n    itemKey\n    due\n    module {\n      id\n      slug\n      title\n    }\n    element {\n      ...PlayerElement\n    }\n  }\n": typeof types.ReviewItemFieldsFragmentDoc,
    "\n  fragment ReviewOutcomeFields on ReviewOutcome {\n    cardId\n    rating\n    correct\n    nextDue\n    result {\n      ...AnswerResultFields\n    }\n  }\n": typeof types.ReviewOutcomeFieldsFragmentDoc,
    "\n  mutation AnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      ...ReviewOutcomeFields\n    }\n  }\n": typeof types.AnswerReviewDocument,
    "\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    myRecommendations {\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      competency {\n        code\n        name\n      }\n    }\n    myReviewDueCount\n    myAssignments {\n      id\n      dueOn\n      status\n      overdue\n      cohortName\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query CatalogueDomains {\n    domains {\n      code\n      name\n      competencies {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CatalogueDomainsDocument,
    "\n  query CatalogueModules($filter: ModuleFilter, $first: Int!, $after: String) {\n    modules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ModuleCard\n      }\n    }\n  }\n": typeof types.CatalogueModulesDocument,
    "\n  query ManagedCohort($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      assignments {\n        id\n        dueOn\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    modules(first: 50) {\n      nodes {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n": typeof types.ManagedCohortDocument,
    "\n  query MoreCohortMembers($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MoreCohortMembersDocument,
    "\n  mutation AssignModules($input: AssignModulesInput!) {\n    assignModules(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignModulesDocument,
    "\n  mutation RemoveAssignment($id: ID!) {\n    removeAssignment(id: $id)\n  }\n": typeof types.RemoveAssignmentDocument,
    "\n  fragment ImportReportFields on PeopleImportReport {\n    applied\n    created\n    updated\n    unchanged\n    cohortsCreated\n    lines {\n      line\n      displayName\n      email\n      identifier\n      cohort\n      role\n      outcome\n    }\n    rejected {\n      line\n      reason\n      raw\n    }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.PreviewPeopleImportDocument,
    "\n  mutation ImportPeople($input: PeopleImportInput!) {\n    importPeople(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportPeopleDocument,
    "\n  query ManagedOrganisations {\n    managedOrganisations {\n      id\n      kind\n      name\n      uai\n      cohorts {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n": typeof types.ManagedOrganisationsDocument,
    "\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n": typeof types.StartAttemptDocument,
    "\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n": typeof types.ModulePageDocument,
    "\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myAttempt {\n        id\n        status\n        completedAt\n        score {\n          correct\n          total\n          percent\n        }\n        evidence {\n          ...EvidenceRow\n        }\n      }\n    }\n  }\n": typeof types.ModuleSummaryDocument,
    "\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n": typeof types.PlayerDocument,
    "\n  fragment PositioningSessionFields on PositioningSession {\n    id\n    status\n    answeredCount\n    completedAt\n    competencies {\n      code\n      name\n    }\n    question {\n      versionId\n      itemKey\n      number\n      competency {\n        code\n        name\n      }\n      element {\n        ...PlayerElement\n      }\n    }\n    results {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n    }\n  }\n": typeof types.PositioningSessionFieldsFragmentDoc,
    "\n  query Positioning {\n    myPositioning {\n      ...PositioningSessionFields\n    }\n    testableCompetencies {\n      competency {\n        code\n        name\n      }\n      questions\n    }\n  }\n": typeof types.PositioningDocument,
    "\n  mutation StartPositioning($input: StartPositioningInput!) {\n    startPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n": typeof types.StartPositioningDocument,
    "\n  mutation AnswerPositioning($input: AnswerPositioningInput!) {\n    answerPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n": typeof types.AnswerPositioningDocument,
    "\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n    myProfile {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n      nextLevelPercent\n      validatedSkills\n      invalidatedSkills\n      lessonPix\n      measuredPix\n      measuredLevel\n    }\n    myProfileHistory {\n      day\n      totalPix\n    }\n  }\n": typeof types.MyProgressDocument,
    "\n  query ReviewSession {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n": typeof types.ReviewSessionDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      sso {\n        label\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  fragment ModuleCard on Module {\n    id\n    slug\n    title\n    summary\n    theme\n    audience\n    durationMinutes\n    competencies {\n      code\n      name\n    }\n  }\n": types.ModuleCardFragmentDoc,
    "\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    graded\n    skillId\n    nextStepId\n    quality\n    response {\n      choiceIds\n      text\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n      rating\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n    }\n    poll {\n      total\n      choices {\n        choiceId\n        count\n        percent\n      }\n    }\n  }\n": types.AnswerResultFieldsFragmentDoc,
    "\n  fragment PlayerElement on Element {\n    __typename\n    id\n    ... on TextElement {\n      html\n    }\n    ... on ImageElement {\n      src\n      alt\n      longDescription\n    }\n    ... on VideoElement {\n      src\n      captionsSrc\n      transcriptHtml\n    }\n    ... on CalloutElement {\n      variant\n      title\n      html\n    }\n    ... on SingleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on MultipleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on ShortAnswerElement {\n      promptHtml\n    }\n    ... on OrderingElement {\n      promptHtml\n      items {\n        id\n        html\n      }\n    }\n    ... on MatchingElement {\n      promptHtml\n      lefts {\n        id\n        html\n      }\n      rights {\n        id\n        html\n      }\n    }\n    ... on TrueFalseElement {\n      promptHtml\n      statements {\n        id\n        html\n      }\n    }\n    ... on FlashcardsElement {\n      cards {\n        id\n        frontHtml\n        backHtml\n      }\n    }\n    ... on ScenarioElement {\n      # Aliased: a callout's title is nullable, a scenario's is not, and one selection cannot hold both.\n      scenarioTitle: title\n      startStepId\n      steps {\n        id\n        situationHtml\n        ending\n        image {\n          src\n          alt\n          longDescription\n        }\n        choices {\n          id\n          html\n        }\n      }\n    }\n    ... on PollElement {\n      promptHtml\n      multiple\n      choices {\n        id\n        html\n      }\n    }\n  }\n": types.PlayerElementFragmentDoc,
    "\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      ...PlayerElement\n    }\n  }\n": types.PlayerGrainFragmentDoc,
    "\n  mutation SubmitAnswer($input: SubmitAnswerInput!) {\n    submitAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n": types.SubmitAnswerDocument,
    "\n  mutation MoveInAttempt($attemptId: ID!, $grainIndex: Int!) {\n    moveInAttempt(attemptId: $attemptId, grainIndex: $grainIndex) {\n      id\n      currentGrainIndex\n    }\n  }\n": types.MoveInAttemptDocument,
    "\n  mutation FinishAttempt($attemptId: ID!) {\n    finishAttempt(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n": types.FinishAttemptDocument,
    "\n  fragment EvidenceRow on CompetencyEvidence {\n    skillsValidated\n    skillsFailed\n    answers\n    competency {\n      code\n      name\n    }\n  }\n": types.EvidenceRowFragmentDoc,
    "\n  fragment ReviewItemFields on ReviewItem {\n    cardId\n    source\n    itemKey\n    due\n    module {\n      id\n      slug\n      title\n    }\n    element {\n      ...PlayerElement\n    }\n  }\n": types.ReviewItemFieldsFragmentDoc,
    "\n  fragment ReviewOutcomeFields on ReviewOutcome {\n    cardId\n    rating\n    correct\n    nextDue\n    result {\n      ...AnswerResultFields\n    }\n  }\n": types.ReviewOutcomeFieldsFragmentDoc,
    "\n  mutation AnswerReview($input: AnswerReviewInput!) {\n    answerReview(input: $input) {\n      ...ReviewOutcomeFields\n    }\n  }\n": types.AnswerReviewDocument,
    "\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    myRecommendations {\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      competency {\n        code\n        name\n      }\n    }\n    myReviewDueCount\n    myAssignments {\n      id\n      dueOn\n      status\n      overdue\n      cohortName\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query CatalogueDomains {\n    domains {\n      code\n      name\n      competencies {\n        code\n        name\n      }\n    }\n  }\n": types.CatalogueDomainsDocument,
    "\n  query CatalogueModules($filter: ModuleFilter, $first: Int!, $after: String) {\n    modules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ModuleCard\n      }\n    }\n  }\n": types.CatalogueModulesDocument,
    "\n  query ManagedCohort($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      name\n      memberCount\n      organisation {\n        id\n        name\n      }\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      assignments {\n        id\n        dueOn\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    modules(first: 50) {\n      nodes {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n": types.ManagedCohortDocument,
    "\n  query MoreCohortMembers($id: ID!, $after: String) {\n    cohort(id: $id) {\n      id\n      members(first: 50, after: $after) {\n        nodes {\n          id\n          displayName\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MoreCohortMembersDocument,
    "\n  mutation AssignModules($input: AssignModulesInput!) {\n    assignModules(input: $input) {\n      id\n    }\n  }\n": types.AssignModulesDocument,
    "\n  mutation RemoveAssignment($id: ID!) {\n    removeAssignment(id: $id)\n  }\n": types.RemoveAssignmentDocument,
    "\n  fragment ImportReportFields on PeopleImportReport {\n    applied\n    created\n    updated\n    unchanged\n    cohortsCreated\n    lines {\n      line\n      displayName\n      email\n      identifier\n      cohort\n      role\n      outcome\n    }\n    rejected {\n      line\n      reason\n      raw\n    }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  mutation PreviewPeopleImport($input: PeopleImportInput!) {\n    previewPeopleImport(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": types.PreviewPeopleImportDocument,
    "\n  mutation ImportPeople($input: PeopleImportInput!) {\n    importPeople(input: $input) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportPeopleDocument,
    "\n  query ManagedOrganisations {\n    managedOrganisations {\n      id\n      kind\n      name\n      uai\n      cohorts {\n        id\n        name\n        memberCount\n      }\n    }\n  }\n": types.ManagedOrganisationsDocument,
    "\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n": types.StartAttemptDocument,
    "\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n": types.ModulePageDocument,
    "\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myAttempt {\n        id\n        status\n        completedAt\n        score {\n          correct\n          total\n          percent\n        }\n        evidence {\n          ...EvidenceRow\n        }\n      }\n    }\n  }\n": types.ModuleSummaryDocument,
    "\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n": types.PlayerDocument,
    "\n  fragment PositioningSessionFields on PositioningSession {\n    id\n    status\n    answeredCount\n    completedAt\n    competencies {\n      code\n      name\n    }\n    question {\n      versionId\n      itemKey\n      number\n      competency {\n        code\n        name\n      }\n      element {\n        ...PlayerElement\n      }\n    }\n    results {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n    }\n  }\n": types.PositioningSessionFieldsFragmentDoc,
    "\n  query Positioning {\n    myPositioning {\n      ...PositioningSessionFields\n    }\n    testableCompetencies {\n      competency {\n        code\n        name\n      }\n      questions\n    }\n  }\n": types.PositioningDocument,
    "\n  mutation StartPositioning($input: StartPositioningInput!) {\n    startPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n": types.StartPositioningDocument,
    "\n  mutation AnswerPositioning($input: AnswerPositioningInput!) {\n    answerPositioning(input: $input) {\n      ...PositioningSessionFields\n    }\n  }\n": types.AnswerPositioningDocument,
    "\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n    myProfile {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n      nextLevelPercent\n      validatedSkills\n      invalidatedSkills\n      lessonPix\n      measuredPix\n      measuredLevel\n    }\n    myProfileHistory {\n      day\n      totalPix\n    }\n  }\n": types.MyProgressDocument,
    "\n  query ReviewSession {\n    myReviewSession {\n      dueCount\n      items {\n        ...ReviewItemFields\n      }\n    }\n  }\n": types.ReviewSessionDocument,
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
export function graphql(source: "\n  fragment ModuleCard on Module {\n    id\n    slug\n    title\n    summary\n    theme\n    audience\n    durationMinutes\n    competencies {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ModuleCard on Module {\n    id\n    slug\n    title\n    summary\n    theme\n    audience\n    durationMinutes\n    competencies {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    graded\n    skillId\n    nextStepId\n    quality\n    response {\n      choiceIds\n      text\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n      rating\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n    }\n    poll {\n      total\n      choices {\n        choiceId\n        count\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    graded\n    skillId\n    nextStepId\n    quality\n    response {\n      choiceIds\n      text\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n      rating\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n      order\n      pairs {\n        leftId\n        rightId\n      }\n      value\n    }\n    poll {\n      total\n      choices {\n        choiceId\n        count\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlayerElement on Element {\n    __typename\n    id\n    ... on TextElement {\n      html\n    }\n    ... on ImageElement {\n      src\n      alt\n      longDescription\n    }\n    ... on VideoElement {\n      src\n      captionsSrc\n      transcriptHtml\n    }\n    ... on CalloutElement {\n      variant\n      title\n      html\n    }\n    ... on SingleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on MultipleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on ShortAnswerElement {\n      promptHtml\n    }\n    ... on OrderingElement {\n      promptHtml\n      items {\n        id\n        html\n      }\n    }\n    ... on MatchingElement {\n      promptHtml\n      lefts {\n        id\n        html\n      }\n      rights {\n        id\n        html\n      }\n    }\n    ... on TrueFalseElement {\n      promptHtml\n      statements {\n        id\n        html\n      }\n    }\n    ... on FlashcardsElement {\n      cards {\n        id\n        frontHtml\n        backHtml\n      }\n    }\n    ... on ScenarioElement {\n      # Aliased: a callout's title is nullable, a scenario's is not, and one selection cannot hold both.\n      scenarioTitle: title\n      startStepId\n      steps {\n        id\n        situationHtml\n        ending\n        image {\n          src\n          alt\n          longDescription\n        }\n        choices {\n          id\n          html\n        }\n      }\n    }\n    ... on PollElement {\n      promptHtml\n      multiple\n      choices {\n        id\n        html\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlayerElement on Element {\n    __typename\n    id\n    ... on TextElement {\n      html\n    }\n    ... on ImageElement {\n      src\n      alt\n      longDescription\n    }\n    ... on VideoElement {\n      src\n      captionsSrc\n      transcriptHtml\n    }\n    ... on CalloutElement {\n      variant\n      title\n      html\n    }\n    ... on SingleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on MultipleChoiceElement {\n      promptHtml\n      choices {\n        id\n        html\n      }\n    }\n    ... on ShortAnswerElement {\n      promptHtml\n    }\n    ... on OrderingElement {\n      promptHtml\n      items {\n        id\n        html\n      }\n    }\n    ... on MatchingElement {\n      promptHtml\n      lefts {\n        id\n        html\n      }\n      rights {\n        id\n        html\n      }\n    }\n    ... on TrueFalseElement {\n      promptHtml\n      statements {\n        id\n        html\n      }\n    }\n    ... on FlashcardsElement {\n      cards {\n        id\n        frontHtml\n        backHtml\n      }\n    }\n    ... on ScenarioElement {\n      # Aliased: a callout's title is nullable, a scenario's is not, and one selection cannot hold both.\n      scenarioTitle: title\n      startStepId\n      steps {\n        id\n        situationHtml\n        ending\n        image {\n          src\n          alt\n          longDescription\n        }\n        choices {\n          id\n          html\n        }\n      }\n    }\n    ... on PollElement {\n      promptHtml\n      multiple\n      choices {\n        id\n        html\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    myRecommendations {\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      competency {\n        code\n        name\n      }\n    }\n    myReviewDueCount\n    myAssignments {\n      id\n      dueOn\n      status\n      overdue\n      cohortName\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n    myRecommendations {\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n      competency {\n        code\n        name\n      }\n    }\n    myReviewDueCount\n    myAssignments {\n      id\n      dueOn\n      status\n      overdue\n      cohortName\n      module {\n        id\n        slug\n        title\n        durationMinutes\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myAttempt {\n        id\n        status\n        completedAt\n        score {\n          correct\n          total\n          percent\n        }\n        evidence {\n          ...EvidenceRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myAttempt {\n        id\n        status\n        completedAt\n        score {\n          correct\n          total\n          percent\n        }\n        evidence {\n          ...EvidenceRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PositioningSessionFields on PositioningSession {\n    id\n    status\n    answeredCount\n    completedAt\n    competencies {\n      code\n      name\n    }\n    question {\n      versionId\n      itemKey\n      number\n      competency {\n        code\n        name\n      }\n      element {\n        ...PlayerElement\n      }\n    }\n    results {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n    }\n  }\n"): (typeof documents)["\n  fragment PositioningSessionFields on PositioningSession {\n    id\n    status\n    answeredCount\n    completedAt\n    competencies {\n      code\n      name\n    }\n    question {\n      versionId\n      itemKey\n      number\n      competency {\n        code\n        name\n      }\n      element {\n        ...PlayerElement\n      }\n    }\n    results {\n      competency {\n        code\n        name\n      }\n      pix\n      level\n    }\n  }\n"];
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