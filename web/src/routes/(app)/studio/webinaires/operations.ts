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

/**
 * What the schedule form offers: the catalogue's modules, and the organisations and cohorts the
 * trainer's earlier webinars name (the api has no query of a trainer's organisations yet; managers
 * and admins also get theirs from `managedOrganisations`).
 */
export const WebinarFormChoicesQuery = graphql(`
  query WebinarFormChoices {
    managedWebinars(first: 100) {
      nodes {
        id
        organisation {
          ...WebinarOrganisationChoice
        }
        audience {
          organisations {
            ...WebinarOrganisationChoice
          }
          cohorts {
            organisation {
              ...WebinarOrganisationChoice
            }
          }
        }
      }
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
