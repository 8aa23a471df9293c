import { createHash } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInAttendee {
  userId: string;
  fullName: string;
  role: 'MODERATOR' | 'VIEWER';
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<response>${body}</response>`;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const failed = (key: string, message: string) =>
  xml(`<returncode>FAILED</returncode><messageKey>${key}</messageKey><message>${escape(message)}</message>`);

/**
 * A stand-in BigBlueButton server for tests, in the test process. It checks every call's checksum
 * as BBB does (hash of call name + query string without the checksum + shared secret; sha1 or
 * sha256 told apart by the length) and answers create, join and getMeetingInfo with BBB's XML.
 * Tests say who is in a room with `setAttendees`.
 */
export async function startBbbStandIn(secret: string) {
  const meetings = new Map<string, { name: string; attendees: StandInAttendee[] }>();
  const calls: { call: string; params: Record<string, string>; ok: boolean }[] = [];

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const call = url.pathname.replace(/^\/bigbluebutton\/api\/?/, '');
    const rawQuery = (req.url ?? '').split('?')[1] ?? '';
    const checksum = url.searchParams.get('checksum') ?? '';
    const signedQuery = rawQuery.replace(/&?checksum=[^&]*/, '');
    const hash = checksum.length === 64 ? 'sha256' : 'sha1';
    const expected = createHash(hash)
      .update(call + signedQuery + secret)
      .digest('hex');
    const params = Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'checksum'));
    const send = (body: string, status = 200) => {
      res.writeHead(status, { 'content-type': 'text/xml; charset=utf-8' });
      res.end(body);
    };
    if (!checksum || checksum !== expected) {
      calls.push({ call, params, ok: false });
      return send(failed('checksumError', 'You did not pass the checksum security check'));
    }
    calls.push({ call, params, ok: true });
    const meetingId = params.meetingID ?? '';
    switch (call) {
      case 'create': {
        if (!meetings.has(meetingId)) meetings.set(meetingId, { name: params.name ?? '', attendees: [] });
        return send(
          xml(
            `<returncode>SUCCESS</returncode><meetingID>${escape(meetingId)}</meetingID><internalMeetingID>${createHash('sha1').update(meetingId).digest('hex')}-1</internalMeetingID>` +
              '<parentMeetingID>bbb-none</parentMeetingID><createTime>1</createTime><hasBeenForciblyEnded>false</hasBeenForciblyEnded><messageKey></messageKey><message></message>',
          ),
        );
      }
      case 'join': {
        if (!meetings.has(meetingId))
          return send(failed('invalidMeetingIdentifier', 'The meeting ID that you supplied did not match any existing meetings'));
        res.writeHead(302, { location: `http://stand-in/html5client/join?meeting=${encodeURIComponent(meetingId)}` });
        return res.end();
      }
      case 'getMeetingInfo': {
        const meeting = meetings.get(meetingId);
        if (!meeting) return send(failed('notFound', 'A meeting with that ID does not exist'));
        const attendees = meeting.attendees
          .map(
            (a) =>
              `<attendee><userID>${escape(a.userId)}</userID><fullName>${escape(a.fullName)}</fullName><role>${a.role}</role><isPresenter>false</isPresenter><isListeningOnly>true</isListeningOnly><hasJoinedVoice>false</hasJoinedVoice><hasVideo>false</hasVideo><clientType>HTML5</clientType></attendee>`,
          )
          .join('');
        return send(
          xml(
            `<returncode>SUCCESS</returncode><meetingName>${escape(meeting.name)}</meetingName><meetingID>${escape(meetingId)}</meetingID>` +
              `<running>${meeting.attendees.length > 0}</running><participantCount>${meeting.attendees.length}</participantCount><attendees>${attendees}</attendees>`,
          ),
        );
      }
      default:
        return send(failed('unsupportedRequest', 'This request is not supported.'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/bigbluebutton/`,
    calls,
    meetings,
    setAttendees(meetingId: string, attendees: StandInAttendee[]) {
      const meeting = meetings.get(meetingId);
      if (!meeting) throw new Error(`no meeting ${meetingId}`);
      meeting.attendees = attendees;
    },
    /** What the stand-in answers to any URL (a join link, a hand-made call). */
    async fetch(url: string): Promise<{ status: number; body: string; location: string | null }> {
      const response = await fetch(url, { redirect: 'manual' });
      return { status: response.status, body: await response.text(), location: response.headers.get('location') };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type BbbStandIn = Awaited<ReturnType<typeof startBbbStandIn>>;
