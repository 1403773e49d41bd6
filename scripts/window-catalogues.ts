import type { Plugin } from 'vite';
import { MAIN_ONLY_PREFIXES } from '../electron/shared/i18n/window-keys';

// The window's catalogue chunks need only the window's messages: main-only entries (tray,
// notifications) are a quarter of each catalogue and would otherwise count against the first
// screen's 32 KB gzip. Main reads the full catalogues, untouched.

const CATALOGUE = /[\\/]electron[\\/]shared[\\/]i18n[\\/](?:en|de|fr|es|ja|pt-BR)\.ts$/;
const ENTRY = /^ {2}'([^']+)':/;
/** A line that ends an entry: the next entry, a comment between entries, or the object's end. */
const BOUNDARY = /^(?: {2}'| {2}\/\/|\S)/;

/**
 * A catalogue's source without its main-only entries. The files are Prettier-formatted: each
 * entry starts on a line of its own at two spaces' indent and runs until the next boundary.
 */
export function withoutMainOnlyEntries(source: string): string {
  let dropping = false;
  return source
    .split('\n')
    .filter((line) => {
      if (BOUNDARY.test(line)) {
        const key = ENTRY.exec(line)?.[1];
        dropping = key !== undefined && MAIN_ONLY_PREFIXES.some((prefix) => key.startsWith(prefix));
      }
      return !dropping;
    })
    .join('\n');
}

export function windowCatalogues(): Plugin {
  return {
    name: 'invitray-window-catalogues',
    enforce: 'pre',
    transform(code, id) {
      return CATALOGUE.test(id) ? { code: withoutMainOnlyEntries(code), map: null } : null;
    },
  };
}
