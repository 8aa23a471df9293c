import { describe, expect, it } from 'vitest';
import { unwrapParagraph } from './html.ts';

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
