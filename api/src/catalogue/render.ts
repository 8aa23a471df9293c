import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { RICH_TEXT_ATTRIBUTES, RICH_TEXT_SCHEMES, RICH_TEXT_TAGS } from '@continuite/schemas/rich-text';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Only what authored lessons need (schemas/content/rich-text.ts); no scripts, styles, frames, forms or event attributes. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: RICH_TEXT_TAGS,
  allowedAttributes: RICH_TEXT_ATTRIBUTES,
  allowedSchemes: RICH_TEXT_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: {
    // Links in lessons open where the learner expects, and never hand our page to the target.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
  },
};

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
