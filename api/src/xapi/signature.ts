import { X509Certificate, createVerify } from 'node:crypto';
import { sameStatement } from './statement-compare.js';

/**
 * Signed statements (Data 2.6): the signature is an attachment whose bytes are a JWS in compact form
 * over the statement as it was before the signature was attached. The LRS checks, at least, that the
 * JWS decodes, uses RS256, RS384 or RS512, carries a statement equal to the one received, and, when
 * its header holds an X.509 certificate, that the signature verifies with it. Pure.
 */
export const SIGNATURE_USAGE = 'http://adlnet.gov/expapi/attachments/signature';
const ALGORITHMS: Record<string, string> = { RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' };

type Json = Record<string, any>;

/** The problem with the signature, or null when it is well formed and matches the statement. */
export function signatureProblem(jws: string, statement: Json): string | null {
  const pieces = jws.trim().split('.');
  if (pieces.length !== 3 || pieces.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) return 'the signature is not a JWS in compact serialization';
  const [encodedHeader, encodedPayload, encodedSignature] = pieces as [string, string, string];
  let header: Json;
  let payload: Json;
  try {
    header = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8'));
  } catch {
    return 'the JWS header or payload is not JSON';
  }
  const algorithm = ALGORITHMS[String(header?.alg)];
  if (!algorithm) return 'the JWS algorithm must be RS256, RS384 or RS512';
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return 'the JWS payload is not a statement';
  const ignore = ['attachments', ...(payload.id === undefined ? ['id'] : [])];
  if (!sameStatement(payload, statement, { ignore })) return 'the JWS payload is not the statement it signs';
  if (Array.isArray(header.x5c) && typeof header.x5c[0] === 'string') {
    try {
      const certificate = new X509Certificate(Buffer.from(header.x5c[0], 'base64'));
      const verifier = createVerify(algorithm);
      verifier.update(`${encodedHeader}.${encodedPayload}`);
      if (!verifier.verify(certificate.publicKey, Buffer.from(encodedSignature, 'base64url'))) return 'the JWS signature does not verify';
    } catch {
      return 'the certificate of the JWS header is unreadable';
    }
  }
  return null;
}
