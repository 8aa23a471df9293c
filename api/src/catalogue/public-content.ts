import type { ContentModule, Element } from '@continuite/schemas/content';
import { renderMarkdown } from './render.js';

/**
 * What a learner's browser may receive of a module version: Markdown rendered and sanitised, media
 * addressed on our own origin, and no solution or feedback. It is computed once at import and stored
 * beside the full content, so that a lesson query cannot return a solution by construction.
 */
export type PublicElement =
  | { kind: 'text'; id: string; html: string }
  | { kind: 'image'; id: string; src: string; alt: string; longDescription: string | null }
  | { kind: 'video'; id: string; src: string; captionsSrc: string | null; transcriptHtml: string | null }
  | { kind: 'callout'; id: string; variant: string; title: string | null; html: string }
  | { kind: 'single-choice' | 'multiple-choice'; id: string; skillId: string; promptHtml: string; choices: { id: string; html: string }[] }
  | { kind: 'short-answer'; id: string; skillId: string; promptHtml: string };

export interface PublicGrain {
  id: string;
  type: string;
  title: string;
  elements: PublicElement[];
}

export interface PublicModuleContent {
  grains: PublicGrain[];
}

export function mediaUrl(slug: string, file: string): string {
  return `/media/modules/${encodeURIComponent(slug)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

export function toPublicContent(module: ContentModule): PublicModuleContent {
  return {
    grains: module.grains.map((grain) => ({
      id: grain.id,
      type: grain.type,
      title: grain.title,
      elements: grain.elements.map((element) => toPublicElement(module.slug, element)),
    })),
  };
}

function toPublicElement(slug: string, element: Element): PublicElement {
  switch (element.type) {
    case 'text':
      return { kind: 'text', id: element.id, html: renderMarkdown(element.markdown) };
    case 'image':
      return {
        kind: 'image',
        id: element.id,
        src: mediaUrl(slug, element.src),
        alt: element.alt,
        longDescription: element.longDescription ?? null,
      };
    case 'video':
      return {
        kind: 'video',
        id: element.id,
        src: mediaUrl(slug, element.src),
        captionsSrc: element.captions ? mediaUrl(slug, element.captions) : null,
        transcriptHtml: element.transcript ? renderMarkdown(element.transcript) : null,
      };
    case 'callout':
      return {
        kind: 'callout',
        id: element.id,
        variant: element.variant,
        title: element.title ?? null,
        html: renderMarkdown(element.markdown),
      };
    case 'single-choice':
    case 'multiple-choice':
      return {
        kind: element.type,
        id: element.id,
        skillId: element.skill,
        promptHtml: renderMarkdown(element.prompt),
        choices: element.choices.map((choice) => ({ id: choice.id, html: renderInline(choice.text) })),
      };
    case 'short-answer':
      return { kind: 'short-answer', id: element.id, skillId: element.skill, promptHtml: renderMarkdown(element.prompt) };
    default: {
      // A type the format knows but the player does not play yet: the module is refused, not half-shown.
      const unknown = element as { type: string; id: string };
      throw new UnsupportedElement(unknown.type, unknown.id);
    }
  }
}

export class UnsupportedElement extends Error {
  constructor(
    readonly type: string,
    readonly elementId: string,
  ) {
    super(`element type ${type} is not playable yet`);
  }
}

/** A choice is one line: drop the paragraph that Markdown wraps it in. */
function renderInline(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
