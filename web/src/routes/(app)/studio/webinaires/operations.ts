import { graphql } from '#lib/graphql/generated/index.ts';

export const ManagedWebinarsQuery = graphql(`
  query ManagedWebinars {
    managedWebinars(first: 100) {
      nodes {
        ...WebinarSummaryFields
      }
    }
  }
`);

/** What the schedule form offers: the organisations (and cohorts) the trainer may address, and the catalogue's modules. */
export const WebinarFormChoicesQuery = graphql(`
  query WebinarFormChoices {
    webinarHostOrganisations {
      ...WebinarOrganisationChoice
    }
    modules(first: 50) {
      nodes {
        slug
        title
      }
    }
  }
`);

export const WebinarOrganisationChoice = graphql(`
  fragment WebinarOrganisationChoice on Organisation {
    id
    name
    cohorts {
      id
      name
      memberCount
    }
  }
`);

export const ScheduleWebinarMutation = graphql(`
  mutation ScheduleWebinar($input: WebinarInput!) {
    scheduleWebinar(input: $input) {
      id
    }
  }
`);
