/**
 * Runs `fn` with Math.random replaced by a seeded generator (mulberry32). fcose draws its initial
 * positions from Math.random and has no seed option; seeding it makes the corpus open with the same
 * picture every time, so people can learn where things are, and screenshots and tests are stable.
 * Only valid for synchronous work (the layout runs with `animate: false`).
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let a = seed >>> 0;
  Math.random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
