// A zod v4 schema costs more to build than most of its uses cost to run: each one is an
// object with closures of its own (some fifty each with classic zod; fewer with the zod/mini
// the app uses now, yet 100 small objects of 6 schemas still take ~25 ms to build here), and
// the app declares about a hundred at module level.
// Built at load, they sat between the main process starting and its first tray image, and
// in every CLI command. `lazySchema` defers building a schema to its first use and keeps
// that one instance, so what is never used (most IPC channels at boot, the whole contract
// in the CLI) is never built.
//
// The stand-in forwards every read to the built schema, so `schema.safeParse(...)`,
// `z.optional(schema)`, nesting it in `z.object({...})` and `z.infer<typeof schema>` all
// behave as with the schema itself: the same instance parses, with the same messages.

/** A stand-in for `build()`'s result that builds it on first use, once. */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(schema(), key),
    set: (_target, key, value) => Reflect.set(schema(), key, value),
    has: (_target, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
