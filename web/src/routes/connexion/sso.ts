import type { MessageKey } from '#lib/i18n/index.ts';

/** What the api's ENT callback puts in `/connexion?erreur=…`, as sentences of the catalogue. */
const SSO_ERRORS: Record<string, MessageKey> = {
  'sso-unavailable': 'sso.error.unavailable',
  'sso-denied': 'sso.error.denied',
  'sso-state': 'sso.error.state',
  'sso-claim-missing': 'sso.error.claimMissing',
  'sso-email-unverified': 'sso.error.emailUnverified',
  'sso-organisation-unknown': 'sso.error.organisationUnknown',
  'sso-failed': 'sso.error.failed',
};

/** An unknown code (a hand-made address) shows nothing rather than a wrong message. */
export function ssoErrorKey(code: string | null): MessageKey | null {
  return (code && Object.hasOwn(SSO_ERRORS, code) ? SSO_ERRORS[code] : null) ?? null;
}
