import type { Plugin } from 'vite';
import { windowPart } from '../electron/shared/i18n/window-keys';

// The window's catalogue chunks need only the window's messages: main-only entries (tray,
// notifications) are a quarter of each catalogue and would otherwise count against the first
// screen's 32 KB gzip. The window's own messages come in two chunks: `de.ts` holds what the
// invitation list needs, `de.ts?later` the rest (errors, sign-in, details, Settings), loaded
// right after. Main reads the full catalogues, untouched.

const CATALOGUE = /[\\/]electron[\\/]shared[\\/]i18n[\\/](?:en|de|fr|es|ja|pt-BR)\.ts(\?later)?$/;
const ENTRY = /^ {2}'([^']+)':/;
/** A line that ends an entry: the next entry, a comment between entries, or the object's end. */
const BOUNDARY = /^(?: {2}'| {2}\/\/|\S)/;

/**
 * A catalogue's source with only the entries of one window chunk. The files are
 * Prettier-formatted: each entry starts on a line of its own at two spaces' indent and runs
 * until the next boundary.
 */
export function windowChunkSource(source: string, part: 'first' | 'later'): string {
  let dropping = false;
  return source
    .split('\n')
    .filter((line) => {
      if (BOUNDARY.test(line)) {
        const key = ENTRY.exec(line)?.[1];
        dropping = key !== undefined && windowPart(key) !== part;
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
      const match = CATALOGUE.exec(id);
      if (!match) return null;
      return { code: windowChunkSource(code, match[1] ? 'later' : 'first'), map: null };
    },
  };
}
