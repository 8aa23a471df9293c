import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './csv.js';

describe('neutralise', () => {
  it.each(['=HYPERLINK("http://x")', '+33 6', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('prefixes %j with a quote', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it('leaves other text and numbers as they are, and writes null as an empty cell', () => {
    expect(neutralise('Léa Durand')).toBe('Léa Durand');
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise(42)).toBe('42');
    expect(neutralise(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a byte order mark, semicolons and CRLF lines, quoting what needs it', () => {
    const csv = toCsv([
      ['Nom', 'Note'],
      ['Durand; Léa', 3],
      ['=1+1', 'dit "bonjour"'],
    ]);

    expect(csv).toBe('\uFEFFNom;Note\r\n"Durand; Léa";3\r\n\'=1+1;"dit ""bonjour"""\r\n');
  });
});
