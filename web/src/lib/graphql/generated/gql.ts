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
    "\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    skillId\n    response {\n      choiceIds\n      text\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n    }\n  }\n": typeof types.AnswerResultFieldsFragmentDoc,
    "\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      __typename\n      id\n      ... on TextElement {\n        html\n      }\n      ... on ImageElement {\n        src\n        alt\n        longDescription\n      }\n      ... on VideoElement {\n        src\n        captionsSrc\n        transcriptHtml\n      }\n      ... on CalloutElement {\n        variant\n        title\n        html\n      }\n      ... on SingleChoiceElement {\n        promptHtml\n        choices {\n          id\n          html\n        }\n      }\n      ... on MultipleChoiceElement {\n        promptHtml\n        choices {\n          id\n          html\n        }\n      }\n      ... on ShortAnswerElement {\n        promptHtml\n      }\n    }\n  }\n": typeof types.PlayerGrainFragmentDoc,
    "\n  mutation SubmitAnswer($input: SubmitAnswerInput!) {\n    submitAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n": typeof types.SubmitAnswerDocument,
    "\n  mutation MoveInAttempt($attemptId: ID!, $grainIndex: Int!) {\n    moveInAttempt(attemptId: $attemptId, grainIndex: $grainIndex) {\n      id\n      currentGrainIndex\n    }\n  }\n": typeof types.MoveInAttemptDocument,
    "\n  mutation FinishAttempt($attemptId: ID!) {\n    finishAttempt(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n": typeof types.FinishAttemptDocument,
    "\n  fragment EvidenceRow on CompetencyEvidence {\n    skillsValidated\n    skillsFailed\n    answers\n    competency {\n      code\n      name\n    }\n  }\n": typeof types.EvidenceRowFragmentDoc,
    "\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query CatalogueDomains {\n    domains {\n      code\n      name\n      competencies {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CatalogueDomainsDocument,
    "\n  query CatalogueModules($filter: ModuleFilter, $first: Int!, $after: String) {\n    modules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ModuleCard\n      }\n    }\n  }\n": typeof types.CatalogueModulesDocument,
    "\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n": typeof types.StartAttemptDocument,
    "\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n": typeof types.ModulePageDocument,
    "\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myAttempt {\n        id\n        status\n        completedAt\n        score {\n          correct\n          total\n          percent\n        }\n        evidence {\n          ...EvidenceRow\n        }\n      }\n    }\n  }\n": typeof types.ModuleSummaryDocument,
    "\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n": typeof types.PlayerDocument,
    "\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n  }\n": typeof types.MyProgressDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  fragment ModuleCard on Module {\n    id\n    slug\n    title\n    summary\n    theme\n    audience\n    durationMinutes\n    competencies {\n      code\n      name\n    }\n  }\n": types.ModuleCardFragmentDoc,
    "\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    skillId\n    response {\n      choiceIds\n      text\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n    }\n  }\n": types.AnswerResultFieldsFragmentDoc,
    "\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      __typename\n      id\n      ... on TextElement {\n        html\n      }\n      ... on ImageElement {\n        src\n        alt\n        longDescription\n      }\n      ... on VideoElement {\n        src\n        captionsSrc\n        transcriptHtml\n      }\n      ... on CalloutElement {\n        variant\n        title\n        html\n      }\n      ... on SingleChoiceElement {\n        promptHtml\n        choices {\n          id\n          html\n        }\n      }\n      ... on MultipleChoiceElement {\n        promptHtml\n        choices {\n          id\n          html\n        }\n      }\n      ... on ShortAnswerElement {\n        promptHtml\n      }\n    }\n  }\n": types.PlayerGrainFragmentDoc,
    "\n  mutation SubmitAnswer($input: SubmitAnswerInput!) {\n    submitAnswer(input: $input) {\n      ...AnswerResultFields\n    }\n  }\n": types.SubmitAnswerDocument,
    "\n  mutation MoveInAttempt($attemptId: ID!, $grainIndex: Int!) {\n    moveInAttempt(attemptId: $attemptId, grainIndex: $grainIndex) {\n      id\n      currentGrainIndex\n    }\n  }\n": types.MoveInAttemptDocument,
    "\n  mutation FinishAttempt($attemptId: ID!) {\n    finishAttempt(attemptId: $attemptId) {\n      id\n      status\n    }\n  }\n": types.FinishAttemptDocument,
    "\n  fragment EvidenceRow on CompetencyEvidence {\n    skillsValidated\n    skillsFailed\n    answers\n    competency {\n      code\n      name\n    }\n  }\n": types.EvidenceRowFragmentDoc,
    "\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query CatalogueDomains {\n    domains {\n      code\n      name\n      competencies {\n        code\n        name\n      }\n    }\n  }\n": types.CatalogueDomainsDocument,
    "\n  query CatalogueModules($filter: ModuleFilter, $first: Int!, $after: String) {\n    modules(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ModuleCard\n      }\n    }\n  }\n": types.CatalogueModulesDocument,
    "\n  mutation StartAttempt($moduleSlug: String!) {\n    startAttempt(moduleSlug: $moduleSlug) {\n      id\n      status\n    }\n  }\n": types.StartAttemptDocument,
    "\n  query ModulePage($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      theme\n      audience\n      durationMinutes\n      objectives\n      competencies {\n        code\n        name\n      }\n      sources {\n        title\n        url\n        publisher\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        completedAt\n      }\n    }\n  }\n": types.ModulePageDocument,
    "\n  query ModuleSummary($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      myAttempt {\n        id\n        status\n        completedAt\n        score {\n          correct\n          total\n          percent\n        }\n        evidence {\n          ...EvidenceRow\n        }\n      }\n    }\n  }\n": types.ModuleSummaryDocument,
    "\n  query Player($slug: String!) {\n    module(slug: $slug) {\n      id\n      slug\n      title\n      grains {\n        ...PlayerGrain\n      }\n      myAttempt {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        answers {\n          ...AnswerResultFields\n        }\n      }\n    }\n  }\n": types.PlayerDocument,
    "\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n  }\n": types.MyProgressDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.SignInDocument,
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
export function graphql(source: "\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    skillId\n    response {\n      choiceIds\n      text\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n    }\n  }\n"): (typeof documents)["\n  fragment AnswerResultFields on AnswerResult {\n    elementId\n    correct\n    feedbackHtml\n    skillId\n    response {\n      choiceIds\n      text\n    }\n    solution {\n      choiceIds\n      acceptedAnswers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      __typename\n      id\n      ... on TextElement {\n        html\n      }\n      ... on ImageElement {\n        src\n        alt\n        longDescription\n      }\n      ... on VideoElement {\n        src\n        captionsSrc\n        transcriptHtml\n      }\n      ... on CalloutElement {\n        variant\n        title\n        html\n      }\n      ... on SingleChoiceElement {\n        promptHtml\n        choices {\n          id\n          html\n        }\n      }\n      ... on MultipleChoiceElement {\n        promptHtml\n        choices {\n          id\n          html\n        }\n      }\n      ... on ShortAnswerElement {\n        promptHtml\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlayerGrain on Grain {\n    id\n    type\n    title\n    elements {\n      __typename\n      id\n      ... on TextElement {\n        html\n      }\n      ... on ImageElement {\n        src\n        alt\n        longDescription\n      }\n      ... on VideoElement {\n        src\n        captionsSrc\n        transcriptHtml\n      }\n      ... on CalloutElement {\n        variant\n        title\n        html\n      }\n      ... on SingleChoiceElement {\n        promptHtml\n        choices {\n          id\n          html\n        }\n      }\n      ... on MultipleChoiceElement {\n        promptHtml\n        choices {\n          id\n          html\n        }\n      }\n      ... on ShortAnswerElement {\n        promptHtml\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    myProgress {\n      attempts {\n        id\n        status\n        currentGrainIndex\n        grainCount\n        module {\n          id\n          slug\n          title\n          durationMinutes\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProgress {\n    myProgress {\n      modulesStarted\n      modulesCompleted\n      attempts {\n        id\n        status\n        startedAt\n        completedAt\n        currentGrainIndex\n        grainCount\n        score {\n          correct\n          total\n          percent\n        }\n        module {\n          id\n          slug\n          title\n        }\n      }\n      competencies {\n        ...EvidenceRow\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;