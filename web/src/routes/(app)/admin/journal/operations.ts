import { graphql } from '#lib/graphql/generated/index.ts';
import type { MessageKey } from '#lib/i18n/index.ts';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $before: String, $action: String) {
    auditLog(first: $first, before: $before, action: $action) {
      nodes {
        id
        at
        action
        actor {
          id
          displayName
        }
        actorErased
        target {
          id
          displayName
        }
        targetErased
        organisation {
          id
          name
        }
        details
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The actions the api records (privacy/audit.service.ts), each with its French and English label. */
export const AUDIT_ACTIONS = [
  'ROLE_GRANTED',
  'ROLE_REVOKED',
  'PEOPLE_IMPORTED',
  'ASSIGNMENT_CREATED',
  'ASSIGNMENT_REMOVED',
  'ACCOUNT_ERASED',
  'ACCOUNT_ERASED_FOR_INACTIVITY',
  'DATA_EXPORTED',
  'REPORT_EXPORTED',
  'MODULE_PUBLISHED',
  'MODULE_CO_AUTHOR_ADDED',
  'XAPI_CLIENT_CREATED',
  'XAPI_CLIENT_REVOKED',
  'XAPI_FORWARDING_SET',
  'XAPI_FORWARDING_REMOVED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string | null): value is AuditAction {
  return value !== null && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The label of an action; an action added to the api later shows as its code until it has one. */
export function actionLabelKey(action: string): MessageKey | null {
  return isAuditAction(action) ? `admin.journal.action.${action}` : null;
}
