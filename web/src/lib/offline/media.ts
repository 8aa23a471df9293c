import type { PlayerGrainFragment } from '#lib/graphql/generated/graphql.ts';

/** The files a module's elements (or a review session's) show (images, videos, captions), on our origin only. */
export function mediaUrls(grains: readonly Pick<PlayerGrainFragment, 'elements'>[]): string[] {
  const urls = new Set<string>();
  const add = (src: string | null | undefined) => {
    if (src && src.startsWith('/') && !src.startsWith('//')) urls.add(src);
  };
  for (const grain of grains) {
    for (const element of grain.elements) {
      if (element.__typename === 'ImageElement') add(element.src);
      if (element.__typename === 'VideoElement') {
        add(element.src);
        add(element.captionsSrc);
      }
      if (element.__typename === 'ScenarioElement') for (const step of element.steps) add(step.image?.src);
    }
  }
  return [...urls];
}

/** "1,2 Mo" / "340 ko": sizes as a learner reads them (decimal units, as the browsers' storage pages). */
export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes, 1000) / 1000, 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}
