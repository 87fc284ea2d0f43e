import { seededRandom } from '../model/seededRandom';

/**
 * Runs `fn` with Math.random replaced by a seeded generator (mulberry32). fcose draws its initial
 * positions from Math.random and has no seed option; seeding it makes the corpus open with the same
 * picture every time, so people can learn where things are, and screenshots and tests are stable.
 * Only valid for synchronous work (the layout runs with `animate: false`).
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
