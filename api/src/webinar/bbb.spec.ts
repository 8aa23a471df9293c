import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bbbApiBase, bbbChecksum, parseBbbResponse, signedBbbUrl } from './bbb.js';

describe('bbbChecksum', () => {
  it('hashes the call name, the query string and the secret, as the BBB API documents', () => {
    const query = 'name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444';
    const secret = '639259d4-9dd8-4b25-bf01-95f9567eaf4b';

    expect(bbbChecksum('create', query, secret, 'sha1')).toBe(createHash('sha1').update(`create${query}${secret}`).digest('hex'));
    expect(bbbChecksum('create', query, secret, 'sha256')).toHaveLength(64);
  });
});

describe('signedBbbUrl', () => {
  it('adds api/ to a server address and signs the encoded query', () => {
    const url = signedBbbUrl({ url: 'https://bbb.test/bigbluebutton/', secret: 's', checksum: 'sha1' }, 'join', {
      fullName: 'Zoé Martin',
      meetingID: 'm1',
    });

    const query = 'fullName=Zo%C3%A9%20Martin&meetingID=m1';
    expect(url).toBe(`https://bbb.test/bigbluebutton/api/join?${query}&checksum=${bbbChecksum('join', query, 's', 'sha1')}`);
    expect(bbbApiBase('https://bbb.test/bigbluebutton/api')).toBe('https://bbb.test/bigbluebutton/api/');
  });
});

describe('parseBbbResponse', () => {
  it('reads the return code, the running flag and the attendees of getMeetingInfo', () => {
    const xml = `<response><returncode>SUCCESS</returncode><running>true</running><attendees>
      <attendee><userID>u-1</userID><fullName>Awa &amp; Co</fullName><role>VIEWER</role></attendee>
      <attendee><userID>u-2</userID><fullName><![CDATA[Léo]]></fullName><role>MODERATOR</role></attendee>
    </attendees></response>`;

    expect(parseBbbResponse(xml)).toEqual({
      returncode: 'SUCCESS',
      messageKey: null,
      message: null,
      running: true,
      attendees: [
        { userId: 'u-1', fullName: 'Awa & Co', role: 'VIEWER' },
        { userId: 'u-2', fullName: 'Léo', role: 'MODERATOR' },
      ],
    });
  });

  it('reads an error', () => {
    const xml =
      '<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey><message>Checksums do not match</message></response>';

    expect(parseBbbResponse(xml)).toMatchObject({ returncode: 'FAILED', messageKey: 'checksumError' });
  });
});
