const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of sanitised HTML from the public content, for reports and CSV files (never rendered as HTML). */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<[^>]*>/g, ' ')
      // Ordinary white space only: the no-break spaces of French typography stay.
      .replace(/[ \t\r\n\f]+/g, ' ')
      .trim()
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name.startsWith('#')) {
          const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[name.toLowerCase()] ?? whole;
      })
  );
}

/** At most `length` characters, cut at a word when one ends close enough, with an ellipsis when cut. */
export function excerpt(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > length * 0.6 ? cut.slice(0, space) : cut}…`;
}
