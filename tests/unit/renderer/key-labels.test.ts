import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../electron/shared/i18n/catalogues';
import { displayAccelerator } from '../../../src/lib/key-capture';

describe('shortcut labels in the window’s language', () => {
  it('writes modifiers as each language’s keyboards label them, off macOS', () => {
    const keys = 'CommandOrControl+Alt+Shift+Y';
    expect(displayAccelerator(keys, 'win32', 'de')).toBe('Strg+Alt+Umschalt+Y');
    expect(displayAccelerator(keys, 'linux', 'fr')).toBe('Ctrl+Alt+Maj+Y');
    expect(displayAccelerator(keys, 'linux', 'es')).toBe('Ctrl+Alt+Mayús+Y');
    expect(displayAccelerator(keys, 'win32', 'ja')).toBe('Ctrl+Alt+Shift+Y');
    expect(displayAccelerator(keys, 'win32', 'pt-BR')).toBe('Ctrl+Alt+Shift+Y');
    expect(displayAccelerator(keys, 'darwin', 'de')).toBe('⌘⌥⇧Y');
    expect(displayAccelerator('Super+F9', 'win32', 'de')).toBe('Win+F9');
  });

  it('agrees with the combination each catalogue gives as an example', () => {
    for (const language of ['de', 'fr', 'es', 'ja', 'pt-BR'] as const) {
      const example = displayAccelerator('Control+Alt+Shift', 'win32', language);
      expect(CATALOGUES[language]['shortcut.needsModifiers'], language).toContain(example);
    }
  });
});
