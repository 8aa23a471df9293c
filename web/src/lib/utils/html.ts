/**
 * Content HTML arrives as blocks (`<p>…</p>`) while a <legend> or a <label> only takes inline content:
 * a single wrapping paragraph is dropped there. Anything richer is left as the api sanitised it.
 */
export function unwrapParagraph(html: string): string {
  const trimmed = html.trim();
  const match = /^<p>([\s\S]*)<\/p>$/i.exec(trimmed);
  if (!match || /<\/?p[\s>]/i.test(match[1] ?? '')) return trimmed;
  return match[1] ?? '';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Plain text of inline content HTML, for places that take no markup (an <option>, an announcement).
 * Runs on the server too, so no DOMParser: the api's sanitised HTML only needs tags dropped and the
 * few entities it writes decoded.
 */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[name.toLowerCase()] ?? whole;
      })
      // ASCII whitespace only: no-break spaces of French typography stay.
      .replace(/[ \t\n\r\f]+/g, ' ')
      .trim()
  );
}
