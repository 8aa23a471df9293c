import { INTERACTIVE_ELEMENT_TYPES, gradedItemsOf, isInteractive, type Element } from './elements.js';
import type { ContentModule } from './module.js';

/**
 * The catalogue bar of issue 3, beyond what the format itself requires: `pnpm content:check`
 * applies it to the files in `content/`; the API import does not (a draft from the trainer screens
 * may be shorter). Pure functions, so the rules are tested without files.
 */

export const READING_WORDS_PER_MINUTE = 180;
export const SECONDS_PER_GRADED_ITEM = 20;
/** A flashcard or a poll: looked at and answered, not graded. */
export const SECONDS_PER_SELF_CHECK = 10;
export const MIN_DURATION_MINUTES = 3;
export const MAX_DURATION_MINUTES = 7;
/** How far the estimate may stray from the declared `durationMinutes`. */
export const DURATION_TOLERANCE_MINUTES = 2;
export const MIN_GRADED_ITEMS = 10;
export const MIN_ACTIVITY_TYPES = 3;
export const MIN_V2_ACTIVITY_TYPES = 2;
export const V2_ACTIVITY_TYPES = ['ordering', 'matching', 'true-false', 'flashcards', 'scenario', 'poll'] as const;

export interface DurationEstimate {
  /** Words of the reading elements: text, callout, video transcript, scenario endings. */
  words: number;
  gradedItems: number;
  /** Flashcards and polls. */
  selfChecks: number;
  seconds: number;
}

/** Words a reader reads in a Markdown text (link targets and markup left out). */
export function countWords(markdown: string): number {
  const plain = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_#>`|~]/g, ' ');
  return plain.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function readingWords(element: Element): number {
  switch (element.type) {
    case 'text':
      return countWords(element.markdown);
    case 'callout':
      return countWords(`${element.title ?? ''} ${element.markdown}`);
    case 'video':
      return element.transcript ? countWords(element.transcript) : 0;
    case 'scenario':
      // Steps with choices are graded items (their time is counted per item); endings are read.
      return element.steps.filter((step) => !step.choices).reduce((sum, step) => sum + countWords(step.situation), 0);
    default:
      return 0;
  }
}

/**
 * Estimated time to follow a module: words read at 180 words a minute, plus 20 s per graded item
 * and 10 s per flashcard or poll (prompts, choices and feedback are part of an item's time).
 */
export function estimateDuration(module: ContentModule): DurationEstimate {
  let words = 0;
  let gradedItems = 0;
  let selfChecks = 0;
  for (const grain of module.grains)
    for (const element of grain.elements) {
      words += readingWords(element);
      gradedItems += gradedItemsOf(element).length;
      if (element.type === 'flashcards') selfChecks += element.cards.length;
      if (element.type === 'poll') selfChecks += 1;
    }
  const seconds = Math.round(
    (words / READING_WORDS_PER_MINUTE) * 60 + gradedItems * SECONDS_PER_GRADED_ITEM + selfChecks * SECONDS_PER_SELF_CHECK,
  );
  return { words, gradedItems, selfChecks, seconds };
}

export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${String(rest).padStart(2, '0')} s`;
}

export interface AuditIssue {
  /** Where in the module, as zod paths are written (`sources[1].url`, "" for the whole module). */
  path: string;
  segments: (string | number)[];
  message: string;
}

const URL_IN_TEXT = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./i;

/** Every string of a value with its path, to look for URLs in what learners read. */
function* stringsOf(value: unknown, at: (string | number)[]): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, at];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsOf(item, [...at, i]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...at, key]);
}

const pathOf = (segments: (string | number)[]) =>
  segments.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? key : `${out}.${key}`), '');

/** What keeps a valid module out of the catalogue: duration, graded items, activity mix, summary, sources, URLs. */
export function auditModule(module: ContentModule): AuditIssue[] {
  const issues: AuditIssue[] = [];
  const report = (segments: (string | number)[], message: string) => issues.push({ path: pathOf(segments), segments, message });

  const estimate = estimateDuration(module);
  const declared = module.durationMinutes * 60;
  const detail = `${estimate.words} mots lus à ${READING_WORDS_PER_MINUTE} mots/min, ${estimate.gradedItems} items notés × ${SECONDS_PER_GRADED_ITEM} s, ${estimate.selfChecks} cartes ou sondages × ${SECONDS_PER_SELF_CHECK} s`;
  if (estimate.seconds < MIN_DURATION_MINUTES * 60 || estimate.seconds > MAX_DURATION_MINUTES * 60) {
    report(
      ['durationMinutes'],
      `Durée estimée ${formatDuration(estimate.seconds)} (${detail}) : une micro-leçon dure de ${MIN_DURATION_MINUTES} à ${MAX_DURATION_MINUTES} minutes.`,
    );
  }
  if (Math.abs(estimate.seconds - declared) > DURATION_TOLERANCE_MINUTES * 60) {
    report(
      ['durationMinutes'],
      `Durée annoncée ${module.durationMinutes} min, durée estimée ${formatDuration(estimate.seconds)} (${detail}) : écart de plus de ${DURATION_TOLERANCE_MINUTES} minutes.`,
    );
  }

  if (estimate.gradedItems < MIN_GRADED_ITEMS) {
    report(['grains'], `${estimate.gradedItems} item(s) noté(s) : au moins ${MIN_GRADED_ITEMS} par module.`);
  }

  const types = new Set(module.grains.flatMap((grain) => grain.elements.filter(isInteractive).map((element) => element.type)));
  const v2 = [...types].filter((type) => (V2_ACTIVITY_TYPES as readonly string[]).includes(type));
  if (types.size < MIN_ACTIVITY_TYPES || v2.length < MIN_V2_ACTIVITY_TYPES) {
    report(
      ['grains'],
      `Activités trop peu variées (${[...types].join(', ') || 'aucune'}) : au moins ${MIN_ACTIVITY_TYPES} types parmi ${INTERACTIVE_ELEMENT_TYPES.join(', ')}, dont ${MIN_V2_ACTIVITY_TYPES} parmi ${V2_ACTIVITY_TYPES.join(', ')}.`,
    );
  }

  const last = module.grains.length - 1;
  if (module.grains[last]?.type !== 'summary') {
    report(['grains', last, 'type'], 'Le module se termine par un grain « À retenir » de type summary.');
  }

  module.sources.forEach((source, s) => {
    if (source.url === undefined) report(['sources', s, 'url'], 'Chaque source donne son adresse (https://) pour être vérifiable.');
  });

  for (const [text, at] of stringsOf(module.grains, ['grains'])) {
    if (URL_IN_TEXT.test(text)) {
      report(at, 'Pas d’URL dans le contenu : les médias sont dans le dossier du module, les adresses vont dans « sources ».');
    }
  }
  return issues;
}
