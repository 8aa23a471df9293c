/** The small lexical forms xAPI names: IRI, IRL, UUID, RFC 5646 language tag. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// An absolute IRI: a scheme, a colon, then no space, no control character, none of <>"{}|\^`.
// eslint-disable-next-line no-control-regex -- control characters are exactly what an IRI must not hold
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f]+$/i;
// RFC 5646 in its common shape: language, then optional script, region, variants, extensions, private use.
const LANGUAGE_TAG =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wy-z](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+|und)$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isIri(value: string): boolean {
  return IRI.test(value);
}

/** An IRL is an IRI that can be looked up: we ask for a URL with an authority (http:, https:…). */
export function isIrl(value: string): boolean {
  if (!isIri(value)) return false;
  try {
    const url = new URL(value);
    return url.host !== '' || url.protocol === 'file:';
  } catch {
    return false;
  }
}

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}
