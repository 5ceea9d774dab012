/** HTTP load through autocannon's programmatic API, for the server benchmark. */
import autocannon from 'autocannon';

export interface LoadTarget {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  /** Milliseconds. */
  readonly p99: number;
}

/** A failed or refused request during a run: the numbers would not mean what they say. */
export class LoadRunError extends Error {
  override readonly name = 'LoadRunError';
}

export interface LoadOptions {
  readonly connections: number;
  readonly seconds: number;
}

/**
 * POSTs `target` from `connections` keep-alive connections for `seconds`. The load is generated on a
 * worker thread, so the client does not share the server's event loop.
 */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections: options.connections,
    duration: options.seconds,
    workers: 1,
  });
  if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0) {
    throw new LoadRunError(`${target.url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`);
  }
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99 };
}

export interface Comparison {
  /** Each side's median round. */
  readonly engine: LoadResult;
  readonly baseline: LoadResult;
  /** Engine req/s over baseline req/s: the median of the rounds' ratios. */
  readonly ratio: number;
}

export interface CompareOptions extends LoadOptions {
  readonly warmUpSeconds: number;
  readonly rounds: number;
}

/**
 * Warms both servers up, then runs rounds of engine then baseline. Each round's two runs see nearly the
 * same machine, so the ratio is taken per round and the median kept: on a shared machine the load of
 * other processes drifts, and this cancels most of it.
 */
export async function compareLoad(targets: { engine: LoadTarget; baseline: LoadTarget }, options: CompareOptions): Promise<Comparison> {
  for (const target of [targets.engine, targets.baseline]) await runLoad(target, { ...options, seconds: options.warmUpSeconds });
  const rounds: { engine: LoadResult; baseline: LoadResult }[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    rounds.push({ engine: await runLoad(targets.engine, options), baseline: await runLoad(targets.baseline, options) });
  }
  return {
    engine: medianBy(rounds.map((round) => round.engine), (result) => result.requestsPerSecond),
    baseline: medianBy(rounds.map((round) => round.baseline), (result) => result.requestsPerSecond),
    ratio: medianBy(rounds.map((round) => round.engine.requestsPerSecond / round.baseline.requestsPerSecond), (ratio) => ratio),
  };
}

function medianBy<T>(values: readonly T[], key: (value: T) => number): T {
  return [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)]!;
}
