import { describe, expect, it } from 'vitest';
import { externalHref, safeRedirect } from './url.ts';

describe('safeRedirect', () => {
  it('follows a path on this site', () => {
    expect(safeRedirect('/catalogue?theme=ENT')).toBe('/catalogue?theme=ENT');
  });

  it('refuses anything that leaves the site', () => {
    for (const target of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '']) {
      expect(safeRedirect(target), target).toBe('/');
    }
    expect(safeRedirect(null)).toBe('/');
  });
});

describe('externalHref', () => {
  it('keeps http and https links only', () => {
    expect(externalHref('https://www.cnil.fr/fr')).toBe('https://www.cnil.fr/fr');
    expect(externalHref('javascript:alert(1)')).toBeNull();
    expect(externalHref('data:text/html,x')).toBeNull();
    expect(externalHref(null)).toBeNull();
  });
});
