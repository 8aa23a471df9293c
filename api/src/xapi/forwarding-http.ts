import { randomBytes } from 'node:crypto';
import { statementToForward, statementsUrl, versionOfBatch } from './forwarding-rules.js';

type Json = Record<string, any>;

export interface Destination {
  endpoint: string;
  key: string;
  secret: string;
}

export interface OutgoingStatement {
  statement: Json;
  /** The attachment bytes the store holds for it (those given only by fileUrl have none). */
  attachments: { sha2: string; contentType: string; content: Buffer }[];
}

export interface SendOutcome {
  /** How many statements, from the first, the other side now has. */
  delivered: number;
  /** Ids it already held with another content (409 on a single PUT): left as they are there. */
  conflicts: string[];
  error?: string;
}

const TIMEOUT_MS = 30_000;

/**
 * Sends statements to another LRS as the xAPI Statements resource asks: one POST of the batch. A
 * conforming LRS stores a batch all or none and answers 409 when one id is already there with another
 * content; then each goes alone by PUT, where 204 and 409 both mean the other side has that id.
 */
export async function sendStatements(destination: Destination, batch: OutgoingStatement[]): Promise<SendOutcome> {
  const version = versionOfBatch(batch.map((b) => b.statement));
  let response: Response;
  try {
    response = await request(destination, 'POST', statementsUrl(destination.endpoint), batch, version);
  } catch (error) {
    return { delivered: 0, conflicts: [], error: describe(error) };
  }
  if (response.status === 200) return { delivered: batch.length, conflicts: [] };
  if (response.status !== 409) return { delivered: 0, conflicts: [], error: await statusError(response) };
  await response.body?.cancel();

  const conflicts: string[] = [];
  for (let i = 0; i < batch.length; i++) {
    const item = batch[i]!;
    const url = statementsUrl(destination.endpoint);
    url.searchParams.set('statementId', String(item.statement.id));
    let single: Response;
    try {
      single = await request(destination, 'PUT', url, [item], version);
    } catch (error) {
      return { delivered: i, conflicts, error: describe(error) };
    }
    if (single.status === 409) conflicts.push(String(item.statement.id));
    else if (single.status !== 204 && single.status !== 200) return { delivered: i, conflicts, error: await statusError(single) };
    else await single.body?.cancel();
  }
  return { delivered: batch.length, conflicts };
}

async function request(destination: Destination, method: 'POST' | 'PUT', url: URL, batch: OutgoingStatement[], version: string) {
  const statements = batch.map((b) => statementToForward(b.statement));
  const json = JSON.stringify(method === 'PUT' ? statements[0] : statements);
  const attachments = batch.flatMap((b) => b.attachments);
  const headers: Record<string, string> = {
    Authorization: `Basic ${Buffer.from(`${destination.key}:${destination.secret}`).toString('base64')}`,
    'X-Experience-API-Version': version,
  };
  let body: string | Buffer = json;
  if (attachments.length === 0) headers['Content-Type'] = 'application/json';
  else {
    const boundary = `continuite-${randomBytes(12).toString('hex')}`;
    headers['Content-Type'] = `multipart/mixed; boundary=${boundary}`;
    body = multipartMixed(boundary, json, attachments);
  }
  const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
  if (response.status === 200 && method === 'POST') await response.body?.cancel();
  return response;
}

/** The statements first, then each attachment's bytes with its hash (xAPI Communication 1.5.2). */
function multipartMixed(boundary: string, json: string, attachments: OutgoingStatement['attachments']): Buffer {
  const seen = new Set<string>();
  const chunks: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n${json}\r\n`)];
  for (const a of attachments) {
    if (seen.has(a.sha2)) continue;
    seen.add(a.sha2);
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Type: ${a.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${a.sha2}\r\n\r\n`,
      ),
      a.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

async function statusError(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  return `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
