'use strict';
// Preloaded (`node --require`) into an app under the double by
// tests/boot/work-at-load.boot.test.ts: records, on the double's clock (performance.now()),
// each zod schema built and each Intl.RelativeTimeFormat made, so the test can tell what the
// main process did before its first tray image.
//   - zod is bundled into the app, so it is seen from inside: every schema zod builds adds the
//     trait 'ZodType' to its internal Set of traits, once (zod v4's $constructor).
//   - Intl.RelativeTimeFormat is replaced by a subclass that notes each construction.
const built = { zodSchemas: [], relativeTimeFormats: [] };
globalThis.__workAtLoad = built;

const add = Set.prototype.add;
Set.prototype.add = function recordTrait(value) {
  if (value === 'ZodType') built.zodSchemas.push(performance.now());
  return add.call(this, value);
};

const Original = Intl.RelativeTimeFormat;
Intl.RelativeTimeFormat = class RecordedRelativeTimeFormat extends Original {
  constructor(...args) {
    super(...args);
    built.relativeTimeFormats.push(performance.now());
  }
};
