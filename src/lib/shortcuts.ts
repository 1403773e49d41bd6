import type { MessageKey } from '../../electron/shared/i18n/catalogue';

/**
 * Said when the clipboard refused a write and the text was selected instead: the copy
 * shortcut as the platform's own keyboard shows it (⌘C on macOS; Ctrl+C, or Strg+C on a
 * German keyboard, elsewhere), so each language's catalogue writes it out.
 */
export function manualCopyHintKey(platform: string | undefined): MessageKey {
  return platform === 'darwin' ? 'copy.manualMac' : 'copy.manual';
}
