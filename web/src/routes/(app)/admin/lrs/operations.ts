import { graphql } from '#lib/graphql/generated/index.ts';

export const XapiClientFragment = graphql(`
  fragment XapiClientFields on XapiClient {
    id
    name
    key
    permission
    createdAt
    revokedAt
  }
`);

export const XapiForwardingFragment = graphql(`
  fragment XapiForwardingFields on XapiForwarding {
    id
    endpoint
    key
    sentCount
    lastSentAt
    failures
    nextAttemptAt
    lastError
    createdAt
  }
`);

export const LrsOrganisationsQuery = graphql(`
  query LrsOrganisations {
    xapiOrganisations {
      id
      kind
      name
      uai
    }
  }
`);

export const LrsSettingsQuery = graphql(`
  query LrsSettings($organisationId: ID!) {
    xapiClients(organisationId: $organisationId) {
      ...XapiClientFields
    }
    xapiForwarding(organisationId: $organisationId) {
      ...XapiForwardingFields
    }
  }
`);

export const CreateXapiClientMutation = graphql(`
  mutation CreateXapiClient($input: CreateXapiClientInput!) {
    createXapiClient(input: $input) {
      client {
        ...XapiClientFields
      }
      secret
      endpoint
    }
  }
`);

export const RevokeXapiClientMutation = graphql(`
  mutation RevokeXapiClient($id: ID!) {
    revokeXapiClient(id: $id) {
      ...XapiClientFields
    }
  }
`);

export const SetXapiForwardingMutation = graphql(`
  mutation SetXapiForwarding($input: SetXapiForwardingInput!) {
    setXapiForwarding(input: $input) {
      ...XapiForwardingFields
    }
  }
`);

export const RemoveXapiForwardingMutation = graphql(`
  mutation RemoveXapiForwarding($organisationId: ID!) {
    removeXapiForwarding(organisationId: $organisationId)
  }
`);

/** The permissions in the order the form offers them: the narrowest first. */
export const PERMISSIONS = ['WRITE', 'READ', 'READ_WRITE'] as const;
