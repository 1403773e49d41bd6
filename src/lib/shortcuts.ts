/** The copy shortcut as the platform's own keyboard shows it: ⌘C on macOS, Ctrl+C elsewhere. */
export function copyShortcut(platform: string | undefined): string {
  return platform === 'darwin' ? '⌘C' : 'Ctrl+C';
}

/** Said when the clipboard refused a write and the text was selected instead. */
export function manualCopyHint(platform: string | undefined): string {
  return `Selected: press ${copyShortcut(platform)} to copy`;
}
