import { describe, expect, it } from 'vitest';
import { type LiveAction, LiveOutbox, type OutboxStorage } from './live-outbox.ts';
import type { LiveEvent } from './live-state.ts';

class MemoryStorage implements OutboxStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const NETWORK = new Error('network');
const REFUSED = new Error('POLL_CLOSED');
const nothing: LiveEvent = { question: null, poll: null };

function outbox(storage: MemoryStorage, send: (a: LiveAction) => Promise<LiveEvent>) {
  const sent: LiveAction[] = [];
  const refused: LiveAction[] = [];
  let n = 0;
  const box = new LiveOutbox({
    storage,
    storageKey: 'live:w1',
    send,
    retryable: (cause) => cause === NETWORK,
    onSent: (action) => sent.push(action),
    onRefused: (action) => refused.push(action),
    onChange: () => undefined,
    newKey: () => `k${++n}`,
  });
  return { box, sent, refused };
}

describe('LiveOutbox', () => {
  it('keeps a question the network lost and sends it again with the same key', async () => {
    const storage = new MemoryStorage();
    const keys: string[] = [];
    let online = false;
    const { box, sent } = outbox(storage, async (action) => {
      keys.push(action.key);
      if (!online) throw NETWORK;
      return nothing;
    });

    await box.enqueue({ kind: 'ask', text: 'Et les mots de passe ?' });
    expect(box.pending).toHaveLength(1);
    online = true;
    await box.flush();

    expect(sent.map((a) => a.kind)).toEqual(['ask']);
    expect(keys).toEqual(['k1', 'k1']);
    expect(box.pending).toHaveLength(0);
    expect(storage.items.size).toBe(0);
  });

  it('finds what waited after a reload of the page, in order', async () => {
    const storage = new MemoryStorage();
    const first = outbox(storage, async () => {
      throw NETWORK;
    });
    await first.box.enqueue({ kind: 'ask', text: 'Première' });
    await first.box.enqueue({ kind: 'upvote', questionId: 'q1' });

    const order: string[] = [];
    const second = outbox(storage, async (action) => {
      order.push(action.kind);
      return nothing;
    });
    await second.box.flush();

    expect(order).toEqual(['ask', 'upvote']);
  });

  it('drops an action the api refuses for good and goes on with the next', async () => {
    const storage = new MemoryStorage();
    const { box, sent, refused } = outbox(storage, async (action) => {
      if (action.kind === 'answer') throw REFUSED;
      return nothing;
    });

    await box.enqueue({ kind: 'answer', pollId: 'p1', optionIds: ['1'] });
    await box.enqueue({ kind: 'upvote', questionId: 'q1' });

    expect(refused.map((a) => a.kind)).toEqual(['answer']);
    expect(sent.map((a) => a.kind)).toEqual(['upvote']);
  });

  it('ignores what it cannot read in storage', () => {
    const storage = new MemoryStorage();
    storage.setItem('live:w1', '{not json');

    expect(outbox(storage, async () => nothing).box.pending).toEqual([]);
  });
});
