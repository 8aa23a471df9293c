import { createHmac } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand stays unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 6;

/**
 * A learner's pseudonym code in cohort reports: six characters of a keyed hash (HMAC-SHA-256) of the
 * user id. The same learner keeps the same code in every report and export, and nobody without the
 * server's key can link a code to an account. 30 bits: two members of a cohort of 1,000 share a code
 * about once in 2,000 cohorts.
 */
export function pseudonymCode(key: Buffer, userId: string): string {
  const digest = createHmac('sha256', key).update(`learner-pseudonym:${userId}`).digest();
  let bits = digest.readUInt32BE(0);
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) {
    code += ALPHABET[bits & 31];
    bits >>>= 5;
  }
  return code;
}
