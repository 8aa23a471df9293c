import type { Audience, ModuleFilter, Theme } from '#lib/graphql/generated/graphql.ts';

// Records keyed by the enums, so adding a value to the contract fails the build until it is listed here.
const themeSet: Record<Theme, true> = {
  ENT: true,
  CYBERSECURITY: true,
  PERSONAL_DATA: true,
  MEDIA_LITERACY: true,
  CYBERBULLYING: true,
  PIX: true,
};
const audienceSet: Record<Audience, true> = { STAFF: true, STUDENTS: true, ALL: true };

export const THEMES = Object.keys(themeSet) as Theme[];
export const AUDIENCES = Object.keys(audienceSet) as Audience[];

export const PAGE_SIZE = 12;
const MAX_SEARCH_LENGTH = 100;
/** The contract pages forward only; going back replays the cursors seen so far, kept in the URL. */
const MAX_PREVIOUS = 50;

/** What the catalogue URL says: filters, the cursor of this page, and the cursors of the pages before it. */
export interface CatalogueQuery {
  theme?: Theme;
  audience?: Audience;
  competency?: string;
  search?: string;
  after?: string;
  /** `after` of each earlier page, oldest first ('' for the first page). */
  previous: string[];
}

// The URL speaks French, like the rest of the interface: /catalogue?theme=ENT&public=STAFF&q=mot
const PARAM = {
  theme: 'theme',
  audience: 'public',
  competency: 'competence',
  search: 'q',
  after: 'apres',
  previous: 'avant',
} as const;

function isTheme(value: string | null): value is Theme {
  return value !== null && value in themeSet;
}
function isAudience(value: string | null): value is Audience {
  return value !== null && value in audienceSet;
}

export function parseCatalogueQuery(params: URLSearchParams): CatalogueQuery {
  const theme = params.get(PARAM.theme);
  const audience = params.get(PARAM.audience);
  const competency = params.get(PARAM.competency)?.trim();
  const search = params.get(PARAM.search)?.trim().slice(0, MAX_SEARCH_LENGTH);
  const after = params.get(PARAM.after) || undefined;
  return {
    theme: isTheme(theme) ? theme : undefined,
    audience: isAudience(audience) ? audience : undefined,
    competency: competency || undefined,
    search: search || undefined,
    after,
    // a stack without a current cursor means nothing: drop it rather than show a wrong page number
    previous: after ? params.getAll(PARAM.previous).slice(-MAX_PREVIOUS) : [],
  };
}

export function toSearchParams(query: CatalogueQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search) params.set(PARAM.search, query.search);
  if (query.theme) params.set(PARAM.theme, query.theme);
  if (query.audience) params.set(PARAM.audience, query.audience);
  if (query.competency) params.set(PARAM.competency, query.competency);
  if (query.after) {
    params.set(PARAM.after, query.after);
    for (const cursor of query.previous) params.append(PARAM.previous, cursor);
  }
  return params;
}

/** The query part of a catalogue link, typed so that `resolve(`/(app)/catalogue${…}`)` accepts it. */
export function catalogueSearch(query: CatalogueQuery): '' | `?${string}` {
  const search = toSearchParams(query).toString();
  return search ? `?${search}` : '';
}

/** What the filter form holds, as the URL would carry it after a plain GET submission. */
export function queryFromForm(form: FormData): CatalogueQuery {
  const params = new URLSearchParams();
  for (const [name, value] of form) {
    if (typeof value === 'string') params.append(name, value);
  }
  return parseCatalogueQuery(params);
}

export function nextPage(query: CatalogueQuery, endCursor: string): CatalogueQuery {
  return { ...query, after: endCursor, previous: [...query.previous, query.after ?? ''] };
}

export function previousPage(query: CatalogueQuery): CatalogueQuery {
  const previous = query.previous.slice(0, -1);
  const after = query.previous.at(-1) || undefined;
  return { ...query, after, previous: after ? previous : [] };
}

export function pageNumber(query: CatalogueQuery): number {
  return query.after ? query.previous.length + 1 : 1;
}

export function filterOf(query: CatalogueQuery): ModuleFilter {
  return {
    theme: query.theme,
    audience: query.audience,
    competency: query.competency,
    search: query.search,
  };
}

export function hasFilters(query: CatalogueQuery): boolean {
  return Boolean(query.theme || query.audience || query.competency || query.search);
}
