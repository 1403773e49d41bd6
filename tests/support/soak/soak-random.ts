/** mulberry32: a small seeded generator, so a soak run replays exactly from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function picker(random: () => number): {
  int(max: number): number;
  one<T>(items: readonly T[]): T | undefined;
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  chance(p: number): boolean;
} {
  const int = (max: number) => Math.floor(random() * max);
  return {
    int,
    one: (items) => (items.length === 0 ? undefined : items[int(items.length)]),
    weighted(weights) {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = random() * total;
      for (const [name, weight] of entries) {
        roll -= weight;
        if (roll < 0) return name;
      }
      return entries[entries.length - 1]![0];
    },
    chance: (p) => random() < p,
  };
}
