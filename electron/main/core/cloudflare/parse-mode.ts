// Classic zod compiled an object schema's parser (`new Function`) on its first parse, then ran
// that. Compiling cost more than interpreting the schema dozens of times (~1.5 ms against ~0.1 ms
// for one object on this machine), and a response is read once: the boot's first list and its
// envelope paid it before the tray could show the count (issue 21, item 6). So a response is
// read by zod's interpreter, except a list long enough for the compiled parser to pay back in
// that one read.
//
// The app's zod/mini (electron/shared/zod.ts) has no compiler: its object schema is core's
// interpreter, not classic's compiling one, so today every parse is interpreted whatever these
// say (mini's safeParse takes the same option; tests/boot/work-at-load.boot.test.ts checks that
// nothing compiles). They are kept so each read still states what it should cost, should an
// object schema that compiles ever come back.

/** zod's per-parse option for its interpreter. */
export const INTERPRETED = { jitless: true } as const;

/**
 * Entries from which a list's schema is compiled: below it, interpreting the whole list costs
 * less than compiling (~20 invitations: 2 ms against 4 ms here; equal around 64-200).
 */
export const COMPILE_FROM_ENTRIES = 50;

/** How to parse the entries of a list of `length`: interpreted below COMPILE_FROM_ENTRIES. */
export function listParseMode(length: number): typeof INTERPRETED | undefined {
  return length < COMPILE_FROM_ENTRIES ? INTERPRETED : undefined;
}
