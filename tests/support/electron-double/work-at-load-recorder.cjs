'use strict';
// Preloaded (`node --require`) into an app under the double by
// tests/boot/work-at-load.boot.test.ts: records, on the double's clock (performance.now()),
// each zod schema built, each parser zod compiles and each Intl formatter made, so the test can
// tell what the main process did before its first tray image and before the count.
//   - zod is bundled into the app, so it is seen from inside: every schema zod builds adds the
//     trait '$ZodType' to its internal Set of traits, once (zod v4 core's $constructor; classic
//     and mini schemas alike).
//   - classic zod compiles an object schema's parser with `new Function(...)` (core/doc.js,
//     looked up as the global at the call): construction through the global `Function` is
//     noted, except zod's probe whether eval is allowed, `new Function('')`, which compiles
//     nothing.
//   - Each Intl formatter class is replaced by a subclass that notes each construction (the
//     first one loads ICU's data).
const built = { zodSchemas: [], compiledFunctions: [], intlFormatters: [] };
globalThis.__workAtLoad = built;

const add = Set.prototype.add;
Set.prototype.add = function recordTrait(value) {
  if (value === '$ZodType') built.zodSchemas.push(performance.now());
  return add.call(this, value);
};

globalThis.Function = new Proxy(Function, {
  construct(target, args, newTarget) {
    if (args.length > 0 && String(args[args.length - 1]) !== '')
      built.compiledFunctions.push(performance.now());
    return Reflect.construct(target, args, newTarget === globalThis.Function ? target : newTarget);
  },
});

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
