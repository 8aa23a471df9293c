import type { CohortReportView } from '#lib/graphql/generated/graphql.ts';
import type { I18n } from '#lib/i18n/index.ts';

/** The views of a cohort's follow-up, by the French words of their URLs (`?vue=competences`, `export/competences.csv`). */
export const REPORT_VIEWS = {
  avancement: 'COMPLETION',
  competences: 'HEATMAP',
  questions: 'ITEMS',
} as const satisfies Record<string, CohortReportView>;

export type ReportViewSlug = keyof typeof REPORT_VIEWS;
export const VIEW_SLUGS = Object.keys(REPORT_VIEWS) as ReportViewSlug[];

export function isViewSlug(value: unknown): value is ReportViewSlug {
  return typeof value === 'string' && Object.hasOwn(REPORT_VIEWS, value);
}

/** The view a URL asks for; the first one when it asks for none or for one we do not have. */
export function viewOf(value: string | null): ReportViewSlug {
  return isViewSlug(value) ? value : 'avancement';
}

/** The query string of a view: its name, pseudonyms when chosen, and the page of learners. */
export function reportQuery(view: ReportViewSlug, options: { pseudonymous: boolean; after?: string | null }): string {
  const params = new URLSearchParams({ vue: view });
  if (options.pseudonymous) params.set('pseudonymes', '1');
  if (options.after) params.set('apres', options.after);
  return `?${params}`;
}

/**
 * `attachment` with the name as is when it is plain ASCII, and in RFC 5987 form as well, so that
 * every browser saves the file under its name and nothing in it can break the header.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The colour step of a level (0 to 8) in the heatmap: a second cue only, the number is always written. */
export function levelStep(level: number): number {
  return Math.max(0, Math.min(6, Math.round(level)));
}

/** How a learner is shown: their name, or « Élève 3F9A1C » in a pseudonymous report. */
export function learnerName(i18n: I18n, learner: { displayName: string | null; pseudonym: string | null }): string {
  return learner.pseudonym ? i18n.t('analytics.pseudonym', { code: learner.pseudonym }) : (learner.displayName ?? '');
}
