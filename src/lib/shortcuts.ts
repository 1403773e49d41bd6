import type { WindowMessageKey } from '../../electron/shared/i18n/window-keys';

/**
 * Said when the clipboard refused a write and the text was selected instead: the copy
 * shortcut as the platform's own keyboard shows it (⌘C on macOS; Ctrl+C, or Strg+C on a
 * German keyboard, elsewhere), so each language's catalogue writes it out.
 */
export function manualCopyHintKey(platform: string | undefined): WindowMessageKey {
  return platform === 'darwin' ? 'copy.manualMac' : 'copy.manual';
}
