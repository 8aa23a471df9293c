import { createContext } from 'svelte';
import { fr } from './fr.ts';
import type { MessageKey, Messages, Params } from './messages.ts';

export type { MessageKey, Messages, Params };

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** French first: whoever has not chosen gets French. */
export const DEFAULT_LANG: Lang = 'fr';
export const LANG_COOKIE = 'lang';

/**
 * French is in every page; English is loaded only for those who chose it (`loadCatalogue`), so that
 * the pages of a learner on a slow link do not carry a second language (about 15 kB compressed).
 */
export const catalogues: { fr: Messages } & Partial<Record<Lang, Messages>> = { fr };

/** Makes `lang` available to `translate`; the root layout awaits it before anything renders. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (lang === 'en' && !catalogues.en) catalogues.en = (await import('./en.ts')).en;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate((catalogues[lang] ?? catalogues.fr)[key], params);
}

type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.one` ? Base : never;
}[MessageKey];

/**
 * What components read the interface language through. `lang` comes from a getter so that the
 * instance follows the layout data when the learner switches language.
 */
export class I18n {
  readonly #getLang: () => Lang;

  constructor(getLang: () => Lang) {
    this.#getLang = getLang;
  }

  get lang(): Lang {
    return this.#getLang();
  }

  t = (key: MessageKey, params?: Params): string => translate(this.lang, key, params);

  /** `plural('catalogue.results', 3)` picks `catalogue.results.one` or `.other` with the language's rules (0 is singular in French). */
  plural = (base: PluralBase, count: number, params: Params = {}): string => {
    const form = new Intl.PluralRules(this.lang).select(count) === 'one' ? 'one' : 'other';
    return this.t(`${base}.${form}` as MessageKey, { count, ...params });
  };

  /** Dates are shown in the académies' time zone whatever the machine's. */
  date = (iso: string): string => new Intl.DateTimeFormat(this.lang, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso));

  percent = (value: number): string => new Intl.NumberFormat(this.lang, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

  pageTitle = (title: string): string => this.t('app.pageTitle', { title });
}

export const [getI18n, setI18n] = createContext<I18n>();
