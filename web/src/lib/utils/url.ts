/**
 * Keeps a `redirect` parameter on our own site: only a path such as `/catalogue?theme=ENT` is
 * followed, never `https://…`, `//host` or `/\host` (browsers read the last two as another site).
 */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback;
  }
  try {
    const parsed = new URL(target, 'http://continuite.invalid');
    if (parsed.origin !== 'http://continuite.invalid') return fallback;
    return parsed.pathname + parsed.search + parsed.hash;
  } catch {
    return fallback;
  }
}

/** A source link from content is followed only if it is plain http(s): never `javascript:` or `data:`. */
export function externalHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
