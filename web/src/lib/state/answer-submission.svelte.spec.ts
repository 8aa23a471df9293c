import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { AnswerQueued, AnswerSubmission } from './answer-submission.svelte.ts';

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

const refused = new CombinedGraphQLErrors({
  data: null,
  errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_RESPONSE' } }],
});

describe('AnswerSubmission', () => {
  it('sends the same idempotency key again after a network failure', async () => {
    const submission = new AnswerSubmission<string>(keys());
    const sent: string[] = [];

    await submission.submit(async (key) => {
      sent.push(key);
      throw new TypeError('Failed to fetch');
    });
    expect(submission.status).toBe('failed');
    expect(submission.errorKey).toBe('error.network');
    expect(submission.locked).toBe(true);
    const result = await submission.submit(async (key) => {
      sent.push(key);
      return 'stored';
    });

    expect(result).toBe('stored');
    expect(sent).toEqual(['key-1', 'key-1']);
    expect(submission.status).toBe('done');
    expect(submission.errorKey).toBeNull();
  });

  it('makes a new key after the server refused the answer, and unlocks the inputs', async () => {
    const submission = new AnswerSubmission<string>(keys());
    const sent: string[] = [];

    await submission.submit(async (key) => {
      sent.push(key);
      throw refused;
    });
    expect(submission.status).toBe('idle');
    expect(submission.locked).toBe(false);
    expect(submission.errorKey).toBe('error.reason.INVALID_RESPONSE');
    await submission.submit(async (key) => {
      sent.push(key);
      return 'ok';
    });

    expect(sent).toEqual(['key-1', 'key-2']);
  });

  it('does not send twice while a request is under way', async () => {
    const submission = new AnswerSubmission<string>(keys());
    let calls = 0;
    let release!: (value: string) => void;

    const first = submission.submit(() => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    });
    const second = await submission.submit(async () => {
      calls++;
      return 'again';
    });
    release('first');

    expect(second).toBeUndefined();
    expect(await first).toBe('first');
    expect(calls).toBe(1);
  });

  it('sends nothing more once answered', async () => {
    const submission = new AnswerSubmission<string>(keys());
    await submission.submit(async () => 'ok');

    const again = await submission.submit(async () => 'again');

    expect(again).toBeUndefined();
    expect(submission.idempotencyKey).toBe('key-1');
  });

  it('shows a message found before sending without making a key', () => {
    const submission = new AnswerSubmission<string>(keys());

    submission.reject('player.chooseOne');

    expect(submission.errorKey).toBe('player.chooseOne');
    expect(submission.idempotencyKey).toBeNull();
  });

  it('waits for the network with its key when the answer was kept offline, and sends nothing more meanwhile', async () => {
    const submission = new AnswerSubmission<string>(keys());
    let calls = 0;

    await submission.submit(async () => {
      calls += 1;
      throw new AnswerQueued();
    });
    await submission.submit(async () => {
      calls += 1;
      return 'again';
    });

    expect(submission.status).toBe('queued');
    expect(submission.locked).toBe(true);
    expect(submission.errorKey).toBeNull();
    expect(submission.idempotencyKey).toBe('key-1');
    expect(calls).toBe(1);
  });

  it('ends the wait when the queued answer is stored, or refused (then a new key is made)', async () => {
    const stored = new AnswerSubmission<string>(keys());
    const refusedLater = new AnswerSubmission<string>(keys());
    stored.markQueued('kept-key');
    refusedLater.markQueued('other-key');

    stored.settle();
    refusedLater.refuse('error.reason.ATTEMPT_COMPLETED');

    expect(stored.status).toBe('done');
    expect(stored.idempotencyKey).toBe('kept-key');
    expect(refusedLater.status).toBe('idle');
    expect(refusedLater.idempotencyKey).toBeNull();
    expect(refusedLater.errorKey).toBe('error.reason.ATTEMPT_COMPLETED');
  });
});
