import type { XapiPermission } from '#lib/graphql/generated/graphql.ts';
import type { MessageKey } from '#lib/i18n/index.ts';

/** The api's limit on an LRS client's name (CreateXapiClientInput). */
export const CLIENT_NAME_MAX = 120;

export interface ClientDraft {
  name: string;
  permission: XapiPermission;
}

/** What the create form may send, or why not: checked here so the learner-facing sentence sits beside the field. */
export function validateClientDraft(draft: ClientDraft): { input: ClientDraft } | { errors: { name: MessageKey } } {
  const name = draft.name.trim();
  if (!name) return { errors: { name: 'admin.lrs.create.name.required' } };
  if (name.length > CLIENT_NAME_MAX) return { errors: { name: 'admin.lrs.create.name.tooLong' } };
  return { input: { name, permission: draft.permission } };
}

export type ForwardingField = 'endpoint' | 'key' | 'secret';

export interface ForwardingDraft {
  endpoint: string;
  key: string;
  secret: string;
}

/**
 * Only presence is checked here: whether an endpoint can be used (scheme, credentials in it, https in
 * production) is the api's rule, and its reason comes back beside the field.
 */
export function validateForwardingDraft(
  draft: ForwardingDraft,
): { input: ForwardingDraft } | { errors: Partial<Record<ForwardingField, MessageKey>> } {
  const input = { endpoint: draft.endpoint.trim(), key: draft.key.trim(), secret: draft.secret };
  const errors: Partial<Record<ForwardingField, MessageKey>> = {};
  if (!input.endpoint) errors.endpoint = 'admin.lrs.forwarding.form.required.endpoint';
  if (!input.key) errors.key = 'admin.lrs.forwarding.form.required.key';
  if (!input.secret) errors.secret = 'admin.lrs.forwarding.form.required.secret';
  return Object.keys(errors).length > 0 ? { errors } : { input };
}

/** The field of the forwarding form a reason of the api is about, if any. */
export function forwardingFieldOfReason(reason: string | undefined): ForwardingField | null {
  return reason === 'XAPI_ENDPOINT_INVALID' ? 'endpoint' : null;
}

export type ForwardingState = 'waiting' | 'working' | 'failing';

/** Failing while sends fail in a row (they are retried); working once one went through; waiting before. */
export function forwardingState(forwarding: { failures: number; lastSentAt: string | null }): ForwardingState {
  if (forwarding.failures > 0) return 'failing';
  return forwarding.lastSentAt ? 'working' : 'waiting';
}
