import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Only what authored lessons need; no scripts, styles, frames, forms or event attributes. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
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
  ],
  allowedAttributes: { a: ['href', 'title', 'hreflang', 'lang'], abbr: ['title'], th: ['scope'], '*': ['lang'] },
  allowedSchemes: ['https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    // Links in lessons open where the learner expects, and never hand our page to the target.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
  },
};
SANITIZE.allowedAttributes = { ...SANITIZE.allowedAttributes, a: ['href', 'title', 'hreflang', 'lang', 'rel', 'target'] };

const cache = new Map<string, string>();
const CACHE_SIZE = 5000;

/** Authored Markdown to HTML that is safe to insert in a page. Feedback is rendered per answer, hence the memo. */
export function renderMarkdown(markdown: string): string {
  let html = cache.get(markdown);
  if (html === undefined) {
    html = sanitizeHtml(marked.parse(markdown) as string, SANITIZE).trim();
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(markdown, html);
  }
  return html;
}
