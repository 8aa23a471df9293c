import { describe, expect, it } from 'vitest';
import { sanitizeTree } from './sanitize.ts';

describe('sanitizeTree', () => {
  it('passes only the HTML fields of a preview through the sanitiser, whatever their depth', () => {
    const seen: string[] = [];
    const tree = {
      title: '<b>titre en texte</b>',
      elements: [{ promptHtml: '<p>Q</p>', choices: [{ id: 'a', html: '<em>A</em>' }], alt: '<i>alt</i>' }],
    };

    // Without a DOM (vitest runs in node), the sanitiser returns nothing: it never lets HTML through unchecked.
    const out = sanitizeTree(tree);
    JSON.stringify(out, (k, v: unknown) => {
      if (typeof v === 'string') seen.push(`${k}=${v}`);
      return v;
    });

    expect(seen).toEqual(['title=<b>titre en texte</b>', 'promptHtml=', 'id=a', 'html=', 'alt=<i>alt</i>']);
  });
});
