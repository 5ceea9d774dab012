/** How many times `body` ran per second over about `durationMs`, after a warm-up. */
export function operationsPerSecond(body: () => void, durationMs = 1500): number {
  const warmUpEnd = performance.now() + durationMs / 4;
  while (performance.now() < warmUpEnd) body();
  let count = 0;
  const start = performance.now();
  let now = start;
  while (now - start < durationMs) {
    for (let i = 0; i < 100; i += 1) body();
    count += 100;
    now = performance.now();
  }
  return (count * 1000) / (now - start);
}

/** The median of several rounds, so one slow round on a busy machine does not decide the result. */
export function medianOf(rounds: number, measure: () => number): number {
  const results = Array.from({ length: rounds }, measure).sort((a, b) => a - b);
  return results[Math.floor(rounds / 2)];
}
