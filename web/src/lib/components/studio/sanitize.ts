import { RICH_TEXT_ATTRIBUTES, RICH_TEXT_SCHEMES, RICH_TEXT_TAGS } from '@continuite/schemas/rich-text';
import DOMPurify from 'dompurify';

/**
 * The browser's own pass over the preview's HTML, with the allowlist the api applies at publication
 * (schemas/content/rich-text.ts): the preview never trusts more than a learner's page.
 */
export const ALLOWED_TAGS = RICH_TEXT_TAGS;
export const ALLOWED_ATTR = [...new Set(Object.values(RICH_TEXT_ATTRIBUTES).flat())];
/** The schemes of the server's list (https, mailto, tel) and nothing else. */
const ALLOWED_URI = new RegExp(`^(?:${RICH_TEXT_SCHEMES.join('|')}):`, 'i');

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
