import { createHmac } from 'node:crypto';

/**
 * The learner as an xAPI actor: an account on the platform (homePage: PUBLIC_URL) named by a keyed
 * hash of the user id, never an e-mail. The key is the pseudonyms' key (PSEUDONYM_SECRET); the input
 * is domain-separated from the six-character report codes, so neither can be derived from the other.
 * 128 bits: two learners never share a name in practice. Pure.
 */
export function learnerAccountName(key: Buffer, userId: string): string {
  return createHmac('sha256', key).update(`xapi-actor:${userId}`).digest().subarray(0, 16).toString('hex');
}

export interface XapiAgent {
  objectType: 'Agent';
  account: { homePage: string; name: string };
}

export function learnerActor(homePage: string, name: string): XapiAgent {
  return { objectType: 'Agent', account: { homePage, name } };
}

/** PUBLIC_URL as the account homePage of learners, without a trailing slash. */
export function platformHomePage(publicUrl: string): string {
  return publicUrl.replace(/\/+$/, '');
}
