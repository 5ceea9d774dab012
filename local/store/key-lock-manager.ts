/**
 * Exclusive per-item locks. Every write through the gateway holds the locks of the items it touches from
 * reading them to committing, so a transaction's condition checks and writes see no interleaved write, and a
 * single-item write waits for a transaction on the same item instead of slipping between its reads and its
 * commit. Waiters are served first come, first served.
 */

export type ReleaseLocks = () => void;

export class KeyLockManager {
  /** Per key, a promise that settles when the last holder or waiter in its queue releases it. */
  private readonly queues = new Map<string, Promise<void>>();

  /**
   * Takes the locks of all `keys` (duplicates allowed) and resolves once all are held. Keys are taken in
   * sorted order, so two callers wanting overlapping sets can never each hold what the other waits for.
   */
  async acquire(keys: Iterable<string>): Promise<ReleaseLocks> {
    const releases: ReleaseLocks[] = [];
    for (const key of [...new Set(keys)].sort()) releases.push(await this.acquireOne(key));
    return () => releases.forEach((release) => release());
  }

  /** How many keys are locked or waited for; zero when the store is idle. */
  get busyKeyCount(): number {
    return this.queues.size;
  }

  private acquireOne(key: string): Promise<ReleaseLocks> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const queue = previous.then(() => held);
    this.queues.set(key, queue);
    return previous.then(() => () => {
      release();
      // Nobody queued behind this holder: forget the key so the map does not grow with every item ever written.
      if (this.queues.get(key) === queue) this.queues.delete(key);
    });
  }
}
