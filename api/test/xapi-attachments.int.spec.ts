import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from '../src/xapi/multipart.js';
import { databaseKinds } from './test-database.js';
import { type Lrs, multipart, sha256, startLrs, statement } from './xapi/lrs.js';
import { signStatement } from './xapi/signing.js';

const SIGNATURE = 'http://adlnet.gov/expapi/attachments/signature';

function attachmentOf(content: string, contentType = 'text/plain') {
  return {
    usageType: 'http://id.tincanapi.com/attachment/supporting_media',
    display: { 'fr-FR': 'Production de l\u2019élève' },
    contentType,
    length: Buffer.byteLength(content),
    sha2: sha256(content),
  };
}

describe.each(databaseKinds())('xAPI attachments and signed statements on %s', (kind) => {
  let lrs: Lrs;
  beforeAll(async () => {
    lrs = await startLrs(kind);
  });
  afterAll(() => lrs.stop());

  describe('attachments', () => {
    it('An LRS stores the attachments of a multipart/mixed request and returns them with attachments=true', async () => {
      const text = 'Ma réponse rédigée.';
      const sent = statement({ id: randomUUID(), attachments: [attachmentOf(text)] });
      const { body, contentType } = multipart(sent, [{ contentType: 'text/plain', content: text }]);

      const post = await lrs.lrs('POST', '/statements', { body, contentType });
      const get = await lrs.lrs('GET', '/statements', { query: { statementId: sent.id, attachments: true } });

      expect(post.status).toBe(200);
      expect(get.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=/);
      const [json, attachment] = parseMultipart(get.body, boundaryOf(get.headers.get('content-type')!)!);
      expect(JSON.parse(json!.body.toString()).id).toBe(sent.id);
      expect(attachment!.headers['x-experience-api-hash']).toBe(sha256(text));
      expect(attachment!.headers['content-transfer-encoding']).toBe('binary');
      expect(attachment!.body.toString()).toBe(text);
    });

    it('An LRS returns a query result with its attachments as multipart/mixed', async () => {
      const text = 'Deuxième production';
      const sent = statement({ attachments: [attachmentOf(text)] });
      const { body, contentType } = multipart(sent, [{ contentType: 'text/plain', content: text }]);
      await lrs.lrs('POST', '/statements', { body, contentType });

      const get = await lrs.lrs('GET', '/statements', { query: { limit: 1, attachments: true } });

      const parts = parseMultipart(get.body, boundaryOf(get.headers.get('content-type')!)!);
      expect(JSON.parse(parts[0]!.body.toString()).statements).toHaveLength(1);
      expect(parts[1]!.body.toString()).toBe(text);
    });

    it('An LRS returns plain JSON without the attachment bytes when attachments is false', async () => {
      const text = 'Troisième';
      const sent = statement({ id: randomUUID(), attachments: [attachmentOf(text)] });
      const { body, contentType } = multipart(sent, [{ contentType: 'text/plain', content: text }]);
      await lrs.lrs('POST', '/statements', { body, contentType });

      const get = await lrs.lrs('GET', '/statements', { query: { statementId: sent.id } });

      expect(get.headers.get('content-type')).toContain('application/json');
      expect(get.json().attachments[0].sha2).toBe(sha256(text));
    });

    it('An LRS rejects with 400 an attachment without fileUrl sent as application/json (no bytes)', async () => {
      const response = await lrs.lrs('POST', '/statements', { json: statement({ attachments: [attachmentOf('absent')] }) });

      expect(response.status).toBe(400);
    });

    it('An LRS accepts an attachment with a fileUrl and no bytes', async () => {
      const response = await lrs.lrs('POST', '/statements', {
        json: statement({ attachments: [{ ...attachmentOf('ailleurs'), fileUrl: 'https://example.org/fichier.txt' }] }),
      });

      expect(response.status).toBe(200);
    });

    it('An LRS rejects with 400 a part whose bytes do not have the hash its header claims', async () => {
      const sent = statement({ attachments: [attachmentOf('original')] });
      const { body, contentType } = multipart(sent, [{ contentType: 'text/plain', content: 'original' }]);
      const tampered = Buffer.from(body.toString('latin1').replace('\r\noriginal\r\n', '\r\nmodified\r\n'), 'latin1');

      const response = await lrs.lrs('POST', '/statements', { body: tampered, contentType });

      expect(response.status).toBe(400);
    });

    it('An LRS rejects with 400 a part that matches no attachment of the statement', async () => {
      const { body, contentType } = multipart(statement(), [{ contentType: 'text/plain', content: 'en trop' }]);

      const response = await lrs.lrs('POST', '/statements', { body, contentType });

      expect(response.status).toBe(400);
    });

    it('An LRS rejects with 400 a multipart request whose first part is not JSON', async () => {
      const body = Buffer.from('--b\r\nContent-Type: text/plain\r\n\r\nbonjour\r\n--b--\r\n');

      const response = await lrs.lrs('POST', '/statements', { body, contentType: 'multipart/mixed; boundary=b' });

      expect(response.status).toBe(400);
    });
  });

  describe('signed statements', () => {
    function signed(original: Record<string, unknown>, jws: string) {
      const signature = {
        usageType: SIGNATURE,
        display: { en: 'Signature' },
        contentType: 'application/octet-stream',
        length: jws.length,
        sha2: sha256(jws),
      };
      const sent = { ...original, attachments: [signature] };
      return multipart(sent, [{ contentType: 'application/octet-stream', content: jws }]);
    }

    it('An LRS stores a signed statement whose JWS payload is the statement, verified with the x5c certificate', async () => {
      const original = statement({ id: randomUUID() });
      const { body, contentType } = signed(original, signStatement(original));

      const response = await lrs.lrs('POST', '/statements', { body, contentType });

      expect(response.status).toBe(200);
    });

    it('An LRS rejects with 400 a signed statement whose JWS payload is another statement', async () => {
      const original = statement({ id: randomUUID() });
      const { body, contentType } = signed(original, signStatement({ ...original, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } }));

      const response = await lrs.lrs('POST', '/statements', { body, contentType });

      expect(response.status).toBe(400);
    });

    it('An LRS rejects with 400 a signature that is not a JWS', async () => {
      const { body, contentType } = signed(statement(), 'not-a-jws');

      const response = await lrs.lrs('POST', '/statements', { body, contentType });

      expect(response.status).toBe(400);
    });

    it('An LRS rejects with 400 a JWS with an algorithm other than RS256, RS384 or RS512', async () => {
      const original = statement();
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const jws = `${encode({ alg: 'HS256' })}.${encode(original)}.c2lnbmF0dXJl`;

      const response = await lrs.lrs('POST', '/statements', { ...signed(original, jws) });

      expect(response.status).toBe(400);
    });

    it('An LRS rejects with 400 a JWS whose signature does not verify with its certificate', async () => {
      const original = statement();
      const [header, payload] = signStatement(original).split('.');
      const forged = `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;

      const response = await lrs.lrs('POST', '/statements', { ...signed(original, forged) });

      expect(response.status).toBe(400);
    });
  });
});
