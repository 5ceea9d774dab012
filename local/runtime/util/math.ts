import type { Util } from '@aws-appsync/utils';
import { RuntimeArgumentError } from '../errors';
import { requireNumber } from './arguments';
import type { RuntimeDeps } from './deps';

/**
 * `util.math`. Random values come from the injected environment's random bytes, so tests can fix them.
 * https://docs.aws.amazon.com/appsync/latest/devguide/math-helpers-in-util-math.html
 */
export function createMathUtils({ env }: RuntimeDeps): Util['math'] {
  const randomDouble = () => toUnitInterval(env.randomBytes(7));
  return {
    // Half-way cases go up (2.5 → 3, -2.5 → -2), like Java's Math.round.
    roundNum: (input) => Math.round(requireNumber('util.math.roundNum', input)),
    minVal: (a, b) => Math.min(requireNumber('util.math.minVal', a), requireNumber('util.math.minVal', b)),
    maxVal: (a, b) => Math.max(requireNumber('util.math.maxVal', a), requireNumber('util.math.maxVal', b)),
    randomDouble,
    randomWithinRange(start, end) {
      // The documented signature is (Integer, Integer): fractions are dropped as a Java int conversion would.
      const low = Math.trunc(requireNumber('util.math.randomWithinRange', start));
      const high = Math.trunc(requireNumber('util.math.randomWithinRange', end));
      if (high < low) {
        throw new RuntimeArgumentError(
          `util.math.randomWithinRange: the end (${high}) is lower than the start (${low})`,
        );
      }
      // Both ends are included: "a random integer value within the specified range".
      return low + Math.floor(randomDouble() * (high - low + 1));
    },
  };
}

/** 53 random bits (the precision of a double) from 7 bytes, as a number in [0, 1). */
function toUnitInterval(bytes: Uint8Array): number {
  const bits = BigInt(`0x${Buffer.from(bytes).toString('hex')}`) >> 3n;
  return Number(bits) / 2 ** 53;
}
