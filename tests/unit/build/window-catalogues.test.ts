import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import { windowPart } from '../../../electron/shared/i18n/window-keys';
import { LANGUAGES } from '../../../electron/shared/types';
import { windowChunkSource } from '../../../scripts/window-catalogues';

const I18N = join(import.meta.dirname, '../../../electron/shared/i18n');

/** Runs a catalogue module's source (type-only imports) and returns what it exports. */
function evaluate(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', js)(exports);
  return exports;
}

describe('the window’s catalogue chunks', () => {
  it.each(LANGUAGES)(
    '%s: the two chunks hold exactly the window’s entries, with the same texts',
    (language) => {
      const source = readFileSync(join(I18N, `${language}.ts`), 'utf8');
      const [first] = Object.values(evaluate(windowChunkSource(source, 'first')));
      const [later] = Object.values(evaluate(windowChunkSource(source, 'later')));
      const full: Record<string, unknown> = CATALOGUES[language];
      const part = (name: string) =>
        Object.fromEntries(Object.entries(full).filter(([key]) => windowPart(key) === name));
      expect(first).toEqual(part('first'));
      expect(later).toEqual(part('later'));
      // Main-only entries were dropped; the list is in the first chunk, sign-in in the later one.
      expect(Object.keys(part('main-only')).length).toBeGreaterThan(40);
      expect(first).toHaveProperty(['invites.title']);
      expect(later).toHaveProperty(['signin.title']);
    },
  );

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
    expect(windowChunkSource(source, 'first').split('\n')).toEqual([
      'export const x = {',
      '  // Tray',
      '  // Window',
      "  'app.loading': 'Loading…',",
      '} as const;',
    ]);
    expect(windowChunkSource(source, 'later').split('\n')).toEqual([
      'export const x = {',
      '  // Tray',
      '  // Window',
      "  'prefs.notify': 'Notify me',",
      '} as const;',
    ]);
  });

  it('every key the invitation list writes is in the first chunk', () => {
    // The components App.svelte shows with only the first chunk (firstChunkSuffices).
    const listComponents = ['App', 'InvitesScreen', 'InviteList', 'InviteCard', 'InviteActions', 'InviteMeta']
      .concat(['StatusBar', 'EmptyState', 'ScreenHeader'])
      .map((name) =>
        readFileSync(
          join(import.meta.dirname, `../../../src/components/${name}.svelte`).replace(
            'components/App',
            'App',
          ),
          'utf8',
        ),
      );
    const keys = listComponents.flatMap((code) =>
      [...code.matchAll(/\bt\('([a-zA-Z]+\.[\w.]+)'/g)].map((m) => m[1] as string),
    );
    expect(keys.length).toBeGreaterThan(30);
    const notFirst = [...new Set(keys)].filter((key) => windowPart(key) !== 'first');
    // Errors, the unreadable line and notices are written only when firstChunkSuffices is false.
    expect(notFirst.filter((key) => !/^(error|problem|banner|notice)\./.test(key))).toEqual([]);
  });
});
