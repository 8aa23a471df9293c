import { createHash } from 'node:crypto';

/**
 * The BigBlueButton API as its documentation defines it: every call is signed with
 * checksum = hash(callName + queryString + sharedSecret), the query string exactly as sent, without
 * the checksum itself. The server tells sha1 from sha256 by the checksum's length.
 */
export type BbbHash = 'sha1' | 'sha256';

export function bbbChecksum(call: string, query: string, secret: string, hash: BbbHash): string {
  return createHash(hash)
    .update(call + query + secret)
    .digest('hex');
}

/** Values encoded as BBB's own clients do (encodeURIComponent: a space is %20). */
export function bbbQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The API's base: BBB_URL may name the server (…/bigbluebutton/) or its API (…/bigbluebutton/api). */
export function bbbApiBase(url: string): string {
  const base = url.endsWith('/') ? url : `${url}/`;
  return /\/api\/$/.test(base) ? base : `${base}api/`;
}

export function signedBbbUrl(
  config: { url: string; secret: string; checksum: BbbHash },
  call: string,
  params: Record<string, string>,
): string {
  const query = bbbQuery(params);
  const checksum = bbbChecksum(call, query, config.secret, config.checksum);
  return `${bbbApiBase(config.url)}${call}?${query}${query ? '&' : ''}checksum=${checksum}`;
}

export interface BbbAttendee {
  userId: string;
  fullName: string;
  role: string;
}

export interface BbbResponse {
  returncode: string;
  messageKey: string | null;
  message: string | null;
  running: boolean;
  attendees: BbbAttendee[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .trim();
}

function element(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? decode(match[1]!) : null;
}

/** The few fields we read of BBB's XML answers (create, getMeetingInfo, errors); no XML library needed for them. */
export function parseBbbResponse(xml: string): BbbResponse {
  const attendees = [...xml.matchAll(/<attendee>([\s\S]*?)<\/attendee>/g)].map(([, body]) => ({
    userId: element(body!, 'userID') ?? '',
    fullName: element(body!, 'fullName') ?? '',
    role: element(body!, 'role') ?? '',
  }));
  return {
    returncode: element(xml, 'returncode') ?? 'FAILED',
    messageKey: element(xml, 'messageKey'),
    message: element(xml, 'message'),
    running: element(xml, 'running') === 'true',
    attendees,
  };
}
