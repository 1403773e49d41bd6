import { describe, expect, it } from 'vitest';
import { copyShortcut, manualCopyHint } from '../../../src/lib/shortcuts';

describe('copy hint', () => {
  it('names ⌘C on macOS and Ctrl+C on Windows and Linux', () => {
    expect(manualCopyHint('darwin')).toBe('Selected: press ⌘C to copy');
    expect(copyShortcut('win32')).toBe('Ctrl+C');
    expect(copyShortcut('linux')).toBe('Ctrl+C');
    // Before app info has arrived: the common case rather than nothing.
    expect(copyShortcut(undefined)).toBe('Ctrl+C');
  });
});
