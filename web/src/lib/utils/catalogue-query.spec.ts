import { describe, expect, it } from 'vitest';
import { en } from '#lib/i18n/en.ts';
import { fr } from '#lib/i18n/fr.ts';
import {
  catalogueSearch,
  filterOf,
  nextPage,
  pageNumber,
  parseCatalogueQuery,
  previousPage,
  queryFromForm,
  THEMES,
} from './catalogue-query.ts';

const parse = (search: string) => parseCatalogueQuery(new URLSearchParams(search));

describe('catalogue query', () => {
  it('reads the filters from the URL and ignores values the contract does not know', () => {
    const query = parse('theme=CYBERSECURITY&public=ROBOTS&competence=4.1&q=%20mot%20de%20passe%20');

    expect(filterOf(query)).toEqual({
      theme: 'CYBERSECURITY',
      audience: undefined,
      competency: '4.1',
      search: 'mot de passe',
    });
  });

  it('knows every theme of the contract, PIX included, each with its name in both languages', () => {
    expect(THEMES).toContain('PIX');
    expect(parse('theme=PIX').theme).toBe('PIX');
    for (const theme of THEMES) {
      expect(fr[`theme.${theme}`], theme).toBeTruthy();
      expect(en[`theme.${theme}`], theme).toBeTruthy();
    }
  });

  it('pages forward and back through the cursors kept in the URL', () => {
    const first = parse('theme=ENT');
    const second = nextPage(first, 'c1');
    const third = nextPage(parse(catalogueSearch(second)), 'c2');

    expect(pageNumber(first)).toBe(1);
    expect(pageNumber(second)).toBe(2);
    expect(pageNumber(third)).toBe(3);
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(second)).toEqual({ ...first, after: undefined, previous: [] });
  });

  it('writes a filtered first page without paging parameters', () => {
    expect(catalogueSearch(parse('q=ent&theme=ENT'))).toBe('?q=ent&theme=ENT');
    expect(catalogueSearch(parse(''))).toBe('');
  });

  it('drops the empty fields a submitted filter form carries', () => {
    const form = new FormData();
    form.append('q', '');
    form.append('theme', 'ENT');
    form.append('public', '');

    expect(catalogueSearch(queryFromForm(form))).toBe('?theme=ENT');
  });

  it('bounds what the URL can ask for', () => {
    const query = parse(`q=${'a'.repeat(500)}&apres=c9&${Array.from({ length: 80 }, (_, i) => `avant=c${i}`).join('&')}`);

    expect(query.search).toHaveLength(100);
    expect(query.previous).toHaveLength(50);
  });
});
