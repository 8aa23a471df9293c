/**
 * multipart/mixed as xAPI uses it for attachments (Communication 1.5.2): the first part is the
 * statement (or statements) as application/json, each further part one attachment's bytes with its
 * `X-Experience-API-Hash`. busboy reads multipart/form-data only, so this small reader does mixed. Pure.
 */
export interface Part {
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Buffer;
}

export class MultipartError extends Error {}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  if (at < 0) throw new MultipartError('no boundary in the body');
  const parts: Part[] = [];
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString() === '--') return parts;
    // Transport padding then CRLF after the boundary line.
    const lineEnd = body.indexOf(CRLF, at);
    if (lineEnd < 0) throw new MultipartError('a boundary line does not end');
    const headerEnd = body.indexOf(HEADER_END, lineEnd);
    const next = body.indexOf(Buffer.concat([CRLF, delimiter]), lineEnd);
    if (next < 0) throw new MultipartError('the last part is not closed');
    let headers: Record<string, string> = {};
    let start: number;
    if (headerEnd >= 0 && headerEnd < next) {
      headers = parseHeaders(body.subarray(lineEnd + 2, headerEnd).toString('latin1'));
      start = headerEnd + 4;
    } else if (body.subarray(lineEnd, lineEnd + 4).equals(HEADER_END)) {
      start = lineEnd + 4;
    } else {
      start = lineEnd + 2;
    }
    parts.push({ headers, body: body.subarray(start, next) });
    at = next + 2;
  }
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\r\n')) {
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError('a part header has no name');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function buildMultipart(parts: Part[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head = Object.entries(part.headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n`), part.body, CRLF);
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
