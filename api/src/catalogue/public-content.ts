import { createHash } from 'node:crypto';
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
  | { kind: 'short-answer'; id: string; skillId: string; promptHtml: string }
  | { kind: 'ordering'; id: string; skillId: string; promptHtml: string; items: Html[] }
  | { kind: 'matching'; id: string; skillId: string; promptHtml: string; lefts: Html[]; rights: Html[] }
  | { kind: 'true-false'; id: string; skillId: string; promptHtml: string; statements: Html[] }
  | { kind: 'flashcards'; id: string; skillId: string; cards: { id: string; frontHtml: string; backHtml: string }[] }
  | { kind: 'scenario'; id: string; skillId: string; title: string; startStepId: string; steps: PublicScenarioStep[] }
  | { kind: 'poll'; id: string; promptHtml: string; multiple: boolean; choices: Html[] }
  | { kind: 'h5p'; id: string; skillId: string; packageId: string; title: string | null; playerUrl: string };

type Html = { id: string; html: string };
interface PublicScenarioStep {
  id: string;
  situationHtml: string;
  image: { src: string; alt: string; longDescription: string | null } | null;
  choices: Html[];
  ending: boolean;
}

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

/**
 * `secret` (the hash of the whole file, never published) seeds the shuffles and the opaque ids of
 * matching answers, so that neither the order sent nor an id gives the solution away.
 */
export function toPublicContent(module: ContentModule, secret: string): PublicModuleContent {
  return {
    grains: module.grains.map((grain) => ({
      id: grain.id,
      type: grain.type,
      title: grain.title,
      elements: grain.elements.map((element) => toPublicElement(module.slug, element, secret)),
    })),
  };
}

/** The id under which a matching element's right-hand item is shown: unrelated to its pair id for anyone without the secret. */
export function opaqueRightId(secret: string, elementId: string, pairId: string): string {
  return `r${createHash('sha256').update(`${secret}:${elementId}:${pairId}`).digest('hex').slice(0, 12)}`;
}

/** A deterministic shuffle that never returns the original order (for two items or more). */
export function shuffled<T>(items: T[], seed: string): T[] {
  const keyed = items.map((item, index) => ({ item, index, key: createHash('sha256').update(`${seed}:${index}`).digest('hex') }));
  keyed.sort((a, b) => a.key.localeCompare(b.key));
  if (items.length > 1 && keyed.every((entry, position) => entry.index === position)) keyed.push(keyed.shift()!);
  return keyed.map((entry) => entry.item);
}

function toPublicElement(slug: string, element: Element, secret: string): PublicElement {
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
    case 'ordering':
      return {
        kind: 'ordering',
        id: element.id,
        skillId: element.skill,
        promptHtml: renderMarkdown(element.prompt),
        items: shuffled(element.items, `${secret}:${element.id}`).map((item) => ({ id: item.id, html: renderInline(item.text) })),
      };
    case 'matching':
      return {
        kind: 'matching',
        id: element.id,
        skillId: element.skill,
        promptHtml: renderMarkdown(element.prompt),
        lefts: element.pairs.map((pair) => ({ id: pair.id, html: renderInline(pair.left) })),
        rights: shuffled(element.pairs, `${secret}:${element.id}`).map((pair) => ({
          id: opaqueRightId(secret, element.id, pair.id),
          html: renderInline(pair.right),
        })),
      };
    case 'true-false':
      return {
        kind: 'true-false',
        id: element.id,
        skillId: element.skill,
        promptHtml: element.prompt ? renderMarkdown(element.prompt) : '',
        statements: element.statements.map((statement) => ({ id: statement.id, html: renderInline(statement.text) })),
      };
    case 'flashcards':
      return {
        kind: 'flashcards',
        id: element.id,
        skillId: element.skill,
        cards: element.cards.map((card) => ({ id: card.id, frontHtml: renderMarkdown(card.front), backHtml: renderMarkdown(card.back) })),
      };
    case 'scenario':
      return {
        kind: 'scenario',
        id: element.id,
        skillId: element.skill,
        title: element.title,
        startStepId: element.start,
        steps: element.steps.map((step) => ({
          id: step.id,
          situationHtml: renderMarkdown(step.situation),
          image: step.image
            ? { src: mediaUrl(slug, step.image.src), alt: step.image.alt, longDescription: step.image.longDescription ?? null }
            : null,
          choices: (step.choices ?? []).map((choice) => ({ id: choice.id, html: renderInline(choice.text) })),
          ending: !step.choices || step.choices.length === 0,
        })),
      };
    case 'poll':
      return {
        kind: 'poll',
        id: element.id,
        promptHtml: renderMarkdown(element.prompt),
        multiple: element.multiple ?? false,
        choices: element.choices.map((choice) => ({ id: choice.id, html: renderInline(choice.text) })),
      };
    case 'h5p':
      // Played in a sandboxed frame served by the api (h5p/h5p.routes.ts); the page only knows its address.
      return {
        kind: 'h5p',
        id: element.id,
        skillId: element.skill,
        packageId: element.package,
        title: element.title ?? null,
        playerUrl: `/h5p/play/${element.package}`,
      };
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
