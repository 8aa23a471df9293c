import { describe, expect, it } from 'vitest';
import { attachmentDisposition, levelStep, reportQuery, viewOf } from './report-views.ts';

describe('report views', () => {
  it('reads the view of a URL, the completion one by default', () => {
    expect(viewOf('competences')).toBe('competences');
    expect(viewOf(null)).toBe('avancement');
    expect(viewOf('toString')).toBe('avancement');
  });

  it('writes the query string of a view with pseudonyms and a page', () => {
    expect(reportQuery('questions', { pseudonymous: false })).toBe('?vue=questions');
    expect(reportQuery('avancement', { pseudonymous: true, after: 'abc=' })).toBe('?vue=avancement&pseudonymes=1&apres=abc%3D');
  });
});

describe('attachmentDisposition', () => {
  it('names the file for every browser, with nothing that could break the header', () => {
    expect(attachmentDisposition('3e-a-avancement-2026-11-29.csv')).toBe(
      `attachment; filename="3e-a-avancement-2026-11-29.csv"; filename*=UTF-8''3e-a-avancement-2026-11-29.csv`,
    );
    expect(attachmentDisposition('é"\r\n.csv')).toBe(`attachment; filename="____.csv"; filename*=UTF-8''%C3%A9%22%0D%0A.csv`);
  });
});

describe('levelStep', () => {
  it('keeps levels within the colour scale', () => {
    expect([0, 1, 6, 8, 2.6].map(levelStep)).toEqual([0, 1, 6, 6, 3]);
  });
});
