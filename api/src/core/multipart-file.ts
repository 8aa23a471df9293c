import busboy from 'busboy';
import type { Request } from 'express';

/** Why an upload could not be read: no file in the named field, or more bytes than allowed. */
export class UploadUnreadable extends Error {
  constructor(readonly reason: 'missing' | 'too-large') {
    super(reason);
  }
}

export interface UploadedFile {
  data: Buffer;
  /** The name the browser gave, as sent (never used as a path without checking). */
  filename: string;
}

/**
 * The one file of a multipart upload in `field`, held in memory up to `maxBytes` (H5P packages
 * and studio media are checked whole before anything is written).
 */
export function readUploadedFile(req: Request, field: string, maxBytes: number): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes, fields: 4, parts: 5, fieldSize: 1024 },
      });
    } catch {
      return reject(new UploadUnreadable('missing'));
    }
    let file: UploadedFile | null = null;
    let tooLarge = false;
    parser.on('file', (name, stream, info) => {
      if (name !== field || file) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (tooLarge = true));
      stream.on('end', () => (file = { data: Buffer.concat(chunks), filename: info.filename ?? '' }));
    });
    parser.on('error', () => reject(new UploadUnreadable('missing')));
    parser.on('close', () => {
      if (tooLarge) reject(new UploadUnreadable('too-large'));
      else if (!file || file.data.length === 0) reject(new UploadUnreadable('missing'));
      else resolve(file);
    });
    req.pipe(parser);
  });
}
