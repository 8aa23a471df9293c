/**
 * Runs a worker's pass one at a time in this instance. A caller always gets a pass that began after
 * its call: a pass already under way may have read its queue before the caller's work was there, so
 * the caller waits for the next one. Callers arriving during the same pass share that next pass.
 */
export class SerialPass<T> {
  private running: Promise<T> | undefined;
  private next: Promise<T> | undefined;

  constructor(private readonly pass: () => Promise<T>) {}

  run(): Promise<T> {
    if (!this.running) return this.start();
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.start();
      });
    return this.next;
  }

  /** Resolves once no pass is under way or waiting (for shutdown); never rejects. */
  async settled(): Promise<void> {
    while (this.running || this.next) await (this.next ?? this.running)!.catch(() => undefined);
  }

  private start(): Promise<T> {
    const pass = this.pass().finally(() => {
      if (this.running === pass) this.running = undefined;
    });
    this.running = pass;
    return pass;
  }
}
