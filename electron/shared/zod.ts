// The zod the app uses: zod/mini, with zod's English messages. Import `z` from here, never from
// 'zod' or 'zod/mini' (eslint refuses both elsewhere).
//
// zod/mini is the same zod (core, checks, parsers, issues) behind functions instead of methods:
// `z.optional(s)` for `s.optional()`, `s.check(z.maxLength(n))` for `s.max(n)`. Bundlers keep
// only the functions used, where classic zod's methods bring every schema kind along: the main
// process's shared chunk carried ~180 KB of zod, and loading it cost ~20 ms of every boot and
// CLI command (issue 21, item 6).
//
// Classic zod installs its English messages when it builds its first schema; mini leaves the
// messages generic ("Invalid input") until told. They are installed here, as this module loads,
// so every module that can build a schema has them first: an issue reads as it did with classic.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * as z from 'zod/mini';
