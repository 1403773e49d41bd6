import { describe, expect, it } from 'vitest';
import { glyphCheckGate, probeJapaneseFont } from '../../support/japanese-font';

const noFile = () => false;

describe('the Japanese font probe behind the language suite’s glyph checks', () => {
  it('asks fontconfig on Linux: a listed font is enough, none is a reason', () => {
    expect(probeJapaneseFont('linux', () => 'VL Gothic,VL ゴシック\n', noFile)).toEqual({ ok: true });
    expect(probeJapaneseFont('linux', () => '\n', noFile)).toEqual({
      ok: false,
      reason: 'no installed font covers Japanese',
    });
  });

  it('without fc-list, looks for the files Debian’s Japanese fonts install', () => {
    const missing = () => {
      throw new Error('spawnSync fc-list ENOENT');
    };
    expect(probeJapaneseFont('linux', missing, (path) => path.includes('VL-Gothic'))).toEqual({ ok: true });
    expect(probeJapaneseFont('linux', missing, noFile)).toEqual({
      ok: false,
      reason: 'fc-list did not run (spawnSync fc-list ENOENT)',
    });
  });

  it('trusts macOS and Windows, which ship Japanese fonts', () => {
    expect(probeJapaneseFont('darwin', () => '', noFile)).toEqual({ ok: true });
    expect(probeJapaneseFont('win32', () => '', noFile)).toEqual({ ok: true });
  });

  it('skips with the install line on a developer machine, and runs (to fail) in CI', () => {
    const missing = { ok: false as const, reason: 'no installed font covers Japanese' };
    expect(glyphCheckGate({ ok: true }, {})).toEqual({ run: true, title: '' });
    expect(glyphCheckGate(missing, {})).toEqual({
      run: false,
      title: ' — glyph check SKIPPED: no installed font covers Japanese; apt-get install fonts-vlgothic',
    });
    expect(glyphCheckGate(missing, { CI: 'true' })).toEqual({
      run: true,
      title:
        ' — glyph check FAILING in CI: no installed font covers Japanese; apt-get install fonts-vlgothic',
    });
  });
});
