/**
 * Sends values one request at a time and, when several arrive meanwhile, only the last of them:
 * a learner clicking "Suivant" quickly must leave the server on the grain it stopped at, whatever
 * the order the answers come back in. Failures are ignored (the next value sends again).
 */
export function latestOnly<T>(send: (value: T) => Promise<unknown>): {
  push(value: T): void;
  idle(): Promise<void>;
} {
  let inFlight: Promise<void> | null = null;
  let pending: { value: T } | null = null;

  async function drain(): Promise<void> {
    while (pending) {
      const { value } = pending;
      pending = null;
      try {
        await send(value);
      } catch {
        // a lost update is not worth bothering the learner: the next move saves the position again
      }
    }
    inFlight = null;
  }

  return {
    push(value: T) {
      pending = { value };
      inFlight ??= drain();
    },
    idle() {
      return inFlight ?? Promise.resolve();
    },
  };
}
