import { describe, expect, it } from 'vitest';
import { fr } from '#lib/i18n/fr.ts';
import { ssoErrorKey } from './sso.ts';

describe('ssoErrorKey', () => {
  it('turns each code of the api into a sentence of the catalogue', () => {
    const codes = [
      'sso-unavailable',
      'sso-denied',
      'sso-state',
      'sso-claim-missing',
      'sso-email-unverified',
      'sso-organisation-unknown',
      'sso-failed',
    ];

    for (const code of codes) expect(fr[ssoErrorKey(code)!]).toBeTruthy();
  });

  it('ignores an absent or unknown code', () => {
    expect(ssoErrorKey(null)).toBeNull();
    expect(ssoErrorKey('toString')).toBeNull();
    expect(ssoErrorKey('<script>')).toBeNull();
  });
});
