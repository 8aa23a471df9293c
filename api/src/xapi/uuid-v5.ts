import { createHash } from 'node:crypto';

/** The namespace of the statements the platform makes of its own events (a random v4, fixed forever). */
export const EVENT_STATEMENTS_NAMESPACE = '6f3c1e52-8a4b-4d0e-9c71-2b5f0a9d4e13';

/**
 * RFC 9562 name-based UUID (version 5, SHA-1): the same name always gives the same id, so an event
 * projected twice is the same statement, which the LRS stores once. Pure.
 */
export function uuidV5(name: string, namespace = EVENT_STATEMENTS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
