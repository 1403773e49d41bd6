import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import { MAIN_ONLY_PREFIXES } from '../../../electron/shared/i18n/window-keys';
import { LANGUAGES } from '../../../electron/shared/types';
import { withoutMainOnlyEntries } from '../../../scripts/window-catalogues';

const I18N = join(import.meta.dirname, '../../../electron/shared/i18n');
const mainOnly = (key: string) => MAIN_ONLY_PREFIXES.some((prefix) => key.startsWith(prefix));

/** Runs a catalogue module's source (type-only imports) and returns what it exports. */
function evaluate(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', js)(exports);
  return exports;
}

describe('the window’s catalogue chunks', () => {
  it.each(LANGUAGES)('%s: exactly the window’s entries, with the same texts', (language) => {
    const source = readFileSync(join(I18N, `${language}.ts`), 'utf8');
    const [catalogue] = Object.values(evaluate(withoutMainOnlyEntries(source)));
    const full: Record<string, unknown> = CATALOGUES[language];
    const expected = Object.fromEntries(Object.entries(full).filter(([key]) => !mainOnly(key)));
    expect(catalogue).toEqual(expected);
    // Something was dropped, and the window's own sign-in text is still there.
    expect(Object.keys(full).length - Object.keys(expected).length).toBeGreaterThan(40);
    expect(expected).toHaveProperty(['signin.title']);
  });

  it('drops multi-line and plural entries whole, and keeps comments and what follows', () => {
    const source = [
      'export const x = {',
      '  // Tray',
      "  'tray.more': { one: 'a', other: 'b' },",
      "  'notify.long':",
      "    'wrapped',",
      "  'notify.plural': {",
      "    one: 'c',",
      "    other: 'd',",
      '  } as Plural,',
      '  // Window',
      "  'app.loading': 'Loading…',",
      "  'prefs.notify': 'Notify me',",
      '} as const;',
    ].join('\n');
    expect(withoutMainOnlyEntries(source).split('\n')).toEqual([
      'export const x = {',
      '  // Tray',
      '  // Window',
      "  'app.loading': 'Loading…',",
      "  'prefs.notify': 'Notify me',",
      '} as const;',
    ]);
  });
});
