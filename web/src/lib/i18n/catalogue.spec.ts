import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { I18n, catalogues, interpolate, isLang, loadCatalogue, translate } from './index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('use the same placeholders in both languages for every key', () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it('have no empty sentence', () => {
    for (const [key, text] of [...Object.entries(fr), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('give every plural key both forms', () => {
    const keys = Object.keys(fr);
    for (const key of keys.filter((k) => k.endsWith('.one'))) {
      expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Bonjour {name} ({missing})', { name: 'Awa' })).toBe('Bonjour Awa ({missing})');
  });

  it('reads the catalogue of the language asked for, English once loaded (French until then)', async () => {
    expect(translate('fr', 'nav.progress')).toBe('Ma progression');
    expect(catalogues.en).toBeUndefined();
    expect(translate('en', 'nav.progress')).toBe('Ma progression');
    await loadCatalogue('en');
    expect(translate('en', 'nav.progress')).toBe('My progress');
  });

  it('accepts only the languages it has', () => {
    expect(isLang('fr')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});

describe('I18n', () => {
  beforeAll(() => loadCatalogue('en'));

  it('follows the language it is given, so a switch needs no new instance', () => {
    let lang: 'fr' | 'en' = 'fr';
    const i18n = new I18n(() => lang);

    expect(i18n.t('nav.home')).toBe('Accueil');
    lang = 'en';

    expect(i18n.t('nav.home')).toBe('Home');
  });

  it('treats zero as singular in French and plural in English', () => {
    expect(new I18n(() => 'fr').plural('catalogue.results', 0)).toBe('0 module');
    expect(new I18n(() => 'en').plural('catalogue.results', 0)).toBe('0 modules');
    expect(new I18n(() => 'fr').plural('catalogue.results', 2)).toBe('2 modules');
  });

  it('shows dates in the Paris time zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris
    expect(new I18n(() => 'fr').date('2025-12-31T23:30:00Z')).toBe('1 janvier 2026');
  });

  it('writes percentages the way each language does', () => {
    expect(new I18n(() => 'fr').percent(75)).toMatch(/^75[\u00a0\u202f]%$/); // no-break space, per ICU version
    expect(new I18n(() => 'en').percent(75)).toBe('75%');
  });
});
