'use strict';
// Preloaded (`node --require`) into an app under the double by
// tests/boot/work-at-load.boot.test.ts: records, on the double's clock (performance.now()),
// each zod schema built and each Intl formatter made, so the test can tell what the main
// process did before its first tray image and before the count.
//   - zod is bundled into the app, so it is seen from inside: every schema zod builds adds the
//     trait 'ZodType' to its internal Set of traits, once (zod v4's $constructor).
//   - Each Intl formatter class is replaced by a subclass that notes each construction (the
//     first one loads ICU's data).
const built = { zodSchemas: [], intlFormatters: [] };
globalThis.__workAtLoad = built;

const add = Set.prototype.add;
Set.prototype.add = function recordTrait(value) {
  if (value === 'ZodType') built.zodSchemas.push(performance.now());
  return add.call(this, value);
};

for (const name of [
  'RelativeTimeFormat',
  'NumberFormat',
  'PluralRules',
  'DateTimeFormat',
  'ListFormat',
  'Collator',
]) {
  const Original = Intl[name];
  Intl[name] = class extends Original {
    constructor(...args) {
      super(...args);
      built.intlFormatters.push({ name, t: performance.now() });
    }
  };
}
