import { describe, expect, it } from 'vitest';
import { InProcessLiveEvents, eventStream } from './live-events.js';

describe('eventStream', () => {
  it('gives pushed events in order, then stops listening on return', async () => {
    const events = new InProcessLiveEvents();
    const stream = eventStream<string>((push) => events.listen('w1', (event) => push(event.kind)));

    const pending = stream.next();
    await events.publish({ webinarId: 'w1', kind: 'QUESTION_ASKED' });
    await events.publish({ webinarId: 'w2', kind: 'POLL_LAUNCHED' });
    await events.publish({ webinarId: 'w1', kind: 'POLL_CLOSED' });

    expect(await pending).toEqual({ value: 'QUESTION_ASKED', done: false });
    expect(await stream.next()).toEqual({ value: 'POLL_CLOSED', done: false });
    await stream.return!();
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});
