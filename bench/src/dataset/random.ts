/** A seeded generator (mulberry32) with named forks: the same seed gives the same dataset everywhere. */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export class Rng {
  readonly float: () => number;

  constructor(private readonly seed: number) {
    this.float = mulberry32(seed);
  }

  /** An independent stream for one part of the dataset, so parts do not shift each other. */
  fork(name: string): Rng {
    return new Rng((this.seed ^ hashOf(name)) >>> 0);
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.float() * list.length)] as T;
  }

  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [list[i], list[j]] = [list[j] as T, list[i] as T];
    }
    return list;
  }
}

/** Picks by weight in O(log n): for choices made a million times. */
export class WeightedPicker<T> {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly values: readonly T[],
    weights: readonly number[],
  ) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
  }

  pick(rng: Rng): T {
    const r = rng.float() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo] as T;
  }
}

/** A picker from `[value, weight]` pairs. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedPicker<T> {
  return new WeightedPicker(
    entries.map(([v]) => v),
    entries.map(([, w]) => w),
  );
}
