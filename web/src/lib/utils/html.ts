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
