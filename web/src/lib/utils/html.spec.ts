import { describe, expect, it } from 'vitest';
import { htmlToText, unwrapParagraph } from './html.ts';

describe('unwrapParagraph', () => {
  it('drops a single wrapping paragraph so the text can sit in a legend or a label', () => {
    expect(unwrapParagraph('<p>Quel mot de passe est <strong>le plus sûr</strong> ?</p>')).toBe(
      'Quel mot de passe est <strong>le plus sûr</strong> ?',
    );
  });

  it('leaves several paragraphs and plain text alone', () => {
    expect(unwrapParagraph('<p>Un</p><p>Deux</p>')).toBe('<p>Un</p><p>Deux</p>');
    expect(unwrapParagraph('Texte')).toBe('Texte');
  });
});

describe('htmlToText', () => {
  it('drops tags and joins lines, as an option label shows the text', () => {
    expect(htmlToText('<p>Lire sa page <strong>« À propos »</strong>\n(il peut être satirique).</p>')).toBe(
      'Lire sa page « À propos » (il peut être satirique).',
    );
  });

  it('decodes the entities the api writes and keeps no-break spaces', () => {
    expect(htmlToText('Q&amp;R &lt;b&gt; &#39;a&#x27; l&#8217;info\u00a0: oui')).toBe("Q&R <b> 'a' l’info\u00a0: oui");
  });

  it('leaves an unknown entity as written', () => {
    expect(htmlToText('a &bogus; b')).toBe('a &bogus; b');
  });
});
