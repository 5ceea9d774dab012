import { RuntimeArgumentError } from '../../../../local/runtime/errors';
import { createMathUtils } from '../../../../local/runtime/util/math';
import { testDeps } from './deps';

// https://docs.aws.amazon.com/appsync/latest/devguide/math-helpers-in-util-math.html
const math = createMathUtils(testDeps());

describe('util.math.roundNum', () => {
  test.each([
    [2.7, 3],
    [2.2, 2],
    [2.5, 3],
    [-2.5, -2],
    [-2.7, -3],
    [7, 7],
  ])('%d → %d', (input, rounded) => {
    expect(math.roundNum(input)).toBe(rounded);
  });
});

test('minVal and maxVal pick between two numbers', () => {
  expect(math.minVal(3.5, 1.25)).toBe(1.25);
  expect(math.maxVal(3.5, 1.25)).toBe(3.5);
  expect(math.minVal(-1, -2)).toBe(-2);
  expect(math.maxVal(-1, -2)).toBe(-1);
});

test('non-numbers are refused', () => {
  expect(() => math.roundNum('2' as never)).toThrow(RuntimeArgumentError);
  expect(() => math.maxVal(1, NaN)).toThrow(/util\.math\.maxVal: expected a number/);
});

describe('random values come from the environment’s random bytes', () => {
  const fixed = (fill: number) => createMathUtils(testDeps({ randomBytes: (n) => new Uint8Array(n).fill(fill) }));

  test('randomDouble spans [0, 1)', () => {
    expect(fixed(0x00).randomDouble()).toBe(0);
    expect(fixed(0xff).randomDouble()).toBe(1 - 2 ** -53);
    expect(fixed(0x80).randomDouble()).toBeCloseTo(0.502, 3);
  });

  test('randomWithinRange includes both ends', () => {
    expect(fixed(0x00).randomWithinRange(3, 7)).toBe(3);
    expect(fixed(0xff).randomWithinRange(3, 7)).toBe(7);
    expect(fixed(0x80).randomWithinRange(-10, 10)).toBe(0);
    expect(fixed(0x42).randomWithinRange(5, 5)).toBe(5);
  });

  test('with real randomness, values stay in range and vary', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) {
      const value = math.randomWithinRange(1, 6);
      expect(Number.isInteger(value) && value >= 1 && value <= 6).toBe(true);
      seen.add(value);
      const double = math.randomDouble();
      expect(double >= 0 && double < 1).toBe(true);
    }
    expect(seen.size).toBe(6);
  });

  test('an empty range is refused', () => {
    expect(() => math.randomWithinRange(5, 4)).toThrow(/end \(4\) is lower than the start \(5\)/);
  });
});
