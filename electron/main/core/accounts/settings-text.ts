/**
 * The settings file's text as JSON. A leading byte-order mark is dropped first: Windows editors
 * (Notepad until 2019, PowerShell's `Out-File -Encoding utf8`) add one when a user edits the file
 * by hand, and `JSON.parse` refuses it, which would set a good file aside as corrupt and drop the
 * user's accounts and preferences. The next write saves the file without it.
 */
export function parseSettingsText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
