import { describe, expect, it } from 'vitest';
import { claimText, displayNameOf, isEmailVerified, sameSitePath } from './sso-claims.js';

describe('claimText', () => {
  it('reads a string, a number, or the first string of a list, trimmed', () => {
    expect(claimText({ email: '  ana@ac-test.fr ' }, 'email')).toBe('ana@ac-test.fr');
    expect(claimText({ uai: [42, '0750001A', '0750002B'] }, 'uai')).toBe('0750001A');
    expect(claimText({ ent_id: 1234 }, 'ent_id')).toBe('1234');
  });

  it('says nothing for an absent, empty or structured claim', () => {
    expect(claimText({}, 'email')).toBeUndefined();
    expect(claimText({ email: '   ' }, 'email')).toBeUndefined();
    expect(claimText({ email: { value: 'x' } }, 'email')).toBeUndefined();
  });
});

describe('isEmailVerified', () => {
  it('accepts true and "true" only', () => {
    expect(isEmailVerified({ email_verified: true })).toBe(true);
    expect(isEmailVerified({ email_verified: 'true' })).toBe(true);
    expect(isEmailVerified({ email_verified: false })).toBe(false);
    expect(isEmailVerified({})).toBe(false);
  });
});

describe('displayNameOf', () => {
  it('prefers name, then given and family names, then the fallback', () => {
    expect(displayNameOf({ name: 'Ana Lopez', given_name: 'A' }, 'x')).toBe('Ana Lopez');
    expect(displayNameOf({ given_name: 'Ana', family_name: 'Lopez' }, 'x')).toBe('Ana Lopez');
    expect(displayNameOf({ family_name: 'Lopez' }, 'x')).toBe('Lopez');
    expect(displayNameOf({}, 'ana@ac-test.fr')).toBe('ana@ac-test.fr');
  });
});

describe('sameSitePath', () => {
  it('keeps a path of our site with its query', () => {
    expect(sameSitePath('/catalogue?theme=ENT')).toBe('/catalogue?theme=ENT');
  });

  it('falls back to / for another site or nothing', () => {
    for (const target of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null, undefined]) {
      expect(sameSitePath(target)).toBe('/');
    }
  });
});
