import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The language suite checks that every character on screen has a glyph (tests/e2e/languages.spec.ts).
// Every Settings screen names 日本語 in its language menu, so without a Japanese font all six
// languages fail that check. Chromium on Linux draws with what fontconfig lists: ask it.

export const JAPANESE_FONT_INSTALL = 'apt-get install fonts-vlgothic';

export type FontProbe = { ok: true } | { ok: false; reason: string };

/** Fonts Debian's Japanese packages install, for a system without fc-list to ask. */
const KNOWN_FONT_FILES = [
  '/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
];

type ListFonts = () => string;

const fcList: ListFonts = () => execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });

export function probeJapaneseFont(
  platform: NodeJS.Platform = process.platform,
  listFonts: ListFonts = fcList,
  fileExists: (path: string) => boolean = existsSync,
): FontProbe {
  // macOS and Windows ship Japanese fonts with the OS.
  if (platform !== 'linux') return { ok: true };
  let listed: string;
  try {
    listed = listFonts();
  } catch (error) {
    // No fontconfig tools: fall back to the files Debian's packages install.
    if (KNOWN_FONT_FILES.some(fileExists)) return { ok: true };
    return { ok: false, reason: `fc-list did not run (${(error as Error).message.split('\n')[0]})` };
  }
  return listed.trim() !== '' ? { ok: true } : { ok: false, reason: 'no installed font covers Japanese' };
}

/**
 * Without a Japanese font the glyph checks are skipped on a developer machine, with the reason
 * and the install line in the test's title (as the keychain suites do). In CI they still run,
 * and fail: .ci/run installs fonts-vlgothic, so a missing font there is a broken setup, and a
 * skip would quietly drop the only check that Japanese renders at all.
 */
export function glyphCheckGate(
  probe: FontProbe,
  env: NodeJS.ProcessEnv = process.env,
): { run: boolean; title: string } {
  if (probe.ok) return { run: true, title: '' };
  const why = `${probe.reason}; ${JAPANESE_FONT_INSTALL}`;
  if (env.CI) return { run: true, title: ` — glyph check FAILING in CI: ${why}` };
  return { run: false, title: ` — glyph check SKIPPED: ${why}` };
}
