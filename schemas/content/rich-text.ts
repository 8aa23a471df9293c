/**
 * The HTML that authored rich text (Markdown) may hold once rendered: no scripts, styles, frames,
 * forms or event attributes. The api's sanitiser (sanitize-html, at publication) and the studio's
 * preview (DOMPurify, in the browser) both apply this one list.
 */
export const RICH_TEXT_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'a',
  'abbr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'kbd',
  'mark',
  'sup',
  'sub',
];

/** Attributes allowed per tag (`*`: on any tag). Links get `rel` and `target` from the sanitiser. */
export const RICH_TEXT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'hreflang', 'lang', 'rel', 'target'],
  abbr: ['title'],
  th: ['scope'],
  '*': ['lang'],
};

/** URL schemes a link may use: never javascript:, data: or protocol-relative addresses. */
export const RICH_TEXT_SCHEMES = ['https', 'mailto', 'tel'];
