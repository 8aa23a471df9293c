import DOMPurify from 'dompurify';

/**
 * The browser's own pass over the preview's HTML, with the allowlist the api applies at publication
 * (api/src/catalogue/render.ts, sanitize-html): the preview never trusts more than a learner's page.
 * Kept identical by hand: change both together.
 */
export const ALLOWED_TAGS = [
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
export const ALLOWED_ATTR = ['href', 'title', 'hreflang', 'lang', 'rel', 'target', 'scope'];
/** https, mailto and tel only, as on the server. */
const ALLOWED_URI = /^(?:https:|mailto:|tel:)/i;

/** Sanitised HTML, or nothing where no DOM is there to do it (the preview renders in the browser only). */
export function sanitizeHtml(html: string): string {
  if (!DOMPurify.isSupported) return '';
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

/** Every `html` or `…Html` string of a preview (grains, elements, choices, steps) through sanitizeHtml. */
export function sanitizeTree<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (/(^html$|Html$)/.test(key) ? sanitizeHtml(value) : value) as T;
  if (Array.isArray(value)) return value.map((item) => sanitizeTree(item, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitizeTree(v, k)])) as T;
  }
  return value;
}
