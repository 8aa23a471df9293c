/** Reading what an OpenID Connect provider says about a person: pure functions, no Nest, no SQL. */
export type Claims = Record<string, unknown>;

/** A claim as one text: a string, or the first string of a list (ENTs often give several UAIs). */
export function claimText(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  const first = Array.isArray(value) ? (value as unknown[]).find((v) => typeof v === 'string') : value;
  if (typeof first !== 'string' && typeof first !== 'number') return undefined;
  const text = String(first).trim();
  return text === '' ? undefined : text;
}

/** Some providers send `"true"` as a string; anything else (absent, false) is not verified. */
export function isEmailVerified(claims: Claims): boolean {
  return claims['email_verified'] === true || claims['email_verified'] === 'true';
}

/** `name`, else given and family names, else what identifies the person. */
export function displayNameOf(claims: Claims, fallback: string): string {
  const name = claimText(claims, 'name');
  if (name) return name.slice(0, 200);
  const parts = [claimText(claims, 'given_name'), claimText(claims, 'family_name')].filter(Boolean);
  return (parts.length > 0 ? parts.join(' ') : fallback).slice(0, 200);
}

/**
 * Keeps the address to come back to on our own site: only a path such as `/catalogue?theme=ENT`,
 * never `https://…`, `//host` or `/\host` (browsers read the last two as another site).
 */
export function sameSitePath(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  try {
    const parsed = new URL(target, 'http://continuite.invalid');
    if (parsed.origin !== 'http://continuite.invalid') return '/';
    return parsed.pathname + parsed.search + parsed.hash;
  } catch {
    return '/';
  }
}
