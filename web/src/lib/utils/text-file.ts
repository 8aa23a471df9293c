/**
 * The text of an exported file: UTF-8 when it is valid UTF-8 (with or without a byte order mark),
 * else Windows-1252, which spreadsheets and older ENT exports still write in France.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
