/**
 * Why a sign-in through the ENT did not end in a session. The code travels in the address of the
 * sign-in page (`/connexion?erreur=sso-state`), where the web turns it into a French sentence.
 */
export type SsoFailureCode =
  'sso-unavailable' | 'sso-denied' | 'sso-state' | 'sso-claim-missing' | 'sso-email-unverified' | 'sso-organisation-unknown' | 'sso-failed';

export class SsoFailure extends Error {
  constructor(
    readonly code: SsoFailureCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const SsoErrors = {
  unavailable: (cause?: unknown) =>
    new SsoFailure('sso-unavailable', 'Single sign-on is off or its provider cannot be reached.', { cause }),
  denied: (cause?: unknown) => new SsoFailure('sso-denied', 'The provider answered with an error (cancelled or refused).', { cause }),
  state: () => new SsoFailure('sso-state', 'No sign-in from this browser waits for this answer (state missing, expired or forged).'),
  claimMissing: (claim: string) => new SsoFailure('sso-claim-missing', `The provider did not send the claim "${claim}".`),
  emailUnverified: () =>
    new SsoFailure('sso-email-unverified', 'The provider does not vouch for this e-mail (email_verified is not true).'),
  organisationUnknown: () => new SsoFailure('sso-organisation-unknown', 'No organisation has the UAI that new accounts should go into.'),
  failed: (cause?: unknown) => new SsoFailure('sso-failed', 'The code exchange or the ID token check failed.', { cause }),
};
