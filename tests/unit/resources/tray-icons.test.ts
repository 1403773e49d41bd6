import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  iconFor,
  isUrgentState,
  LINUX_TRAY_SIZES,
  TRAY_ICON_STATES,
  TRAY_URGENT_STATES,
  trayIconFiles,
  type TrayIconFile,
} from '../../../electron/main/core/tray/tray-icons';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const RESOURCES = join(ROOT, 'resources');
const TRAY = join(RESOURCES, 'tray');

function listFiles(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return listFiles(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

const toPosix = (path: string) => path.split(sep).join('/');
const files = trayIconFiles();
const decoded = new Map(files.map((file) => [file.path, PNG.sync.read(readFileSync(join(RESOURCES, file.path)))]));
const image = (file: TrayIconFile) => decoded.get(file.path) as PNG;

/** Pixels whose colour or opacity differ noticeably (premultiplied, so invisible colour does not count). */
function differingPixels(a: PNG, b: PNG): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const alphaA = (a.data[i + 3] ?? 0) / 255;
    const alphaB = (b.data[i + 3] ?? 0) / 255;
    let delta = Math.abs(alphaA - alphaB) * 255;
    for (let c = 0; c < 3; c++) {
      delta = Math.max(delta, Math.abs((a.data[i + c] ?? 0) * alphaA - (b.data[i + c] ?? 0) * alphaB));
    }
    if (delta > 64) count++;
  }
  return count;
}

describe('tray icon files', () => {
  it('are exactly the catalog: nothing missing, nothing stray', () => {
    const onDisk = listFiles(TRAY, '.png').map((path) => toPosix(relative(RESOURCES, path)));
    expect(onDisk.sort()).toEqual(files.map((file) => file.path).sort());
    expect(files.length).toBeGreaterThanOrEqual(15 * 5 + 5 * 2);
  });

  it('each has its SVG source', () => {
    const sources = new Set(listFiles(join(TRAY, 'src'), '.svg').map((path) => toPosix(relative(TRAY, path))));
    for (const file of files) expect(sources).toContain(`src/${file.path.slice('tray/'.length, -4)}.svg`);
  });

  it.each(files.map((file) => [file.path, file] as const))('%s decodes at its size with a transparent background', (_, file) => {
    const png = image(file);
    expect([png.width, png.height]).toEqual([file.size, file.size]);
    let opaque = 0;
    for (let i = 3; i < png.data.length; i += 4) if ((png.data[i] ?? 0) > 64) opaque++;
    expect(opaque).toBeGreaterThan(file.size * 2);
    expect(png.data[3]).toBe(0);
  });

  it('templates are black with alpha only', () => {
    const templates = files.filter((file) => file.template);
    expect(templates.length).toBeGreaterThanOrEqual(10);
    for (const file of templates) {
      const { data } = image(file);
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i + 3] ?? 0) > 0) expect([data[i], data[i + 1], data[i + 2]], file.path).toEqual([0, 0, 0]);
      }
    }
  });

  it('colour icons are not monochrome (the badge is coloured)', () => {
    const badge = image(files.find((file) => file.path === 'tray/tray-3.png') as TrayIconFile);
    const reds = [];
    for (let i = 0; i < badge.data.length; i += 4) {
      const [r, g, b, a] = [badge.data[i] ?? 0, badge.data[i + 1] ?? 0, badge.data[i + 2] ?? 0, badge.data[i + 3] ?? 0];
      if (a > 200 && r > 180 && g < 90 && b < 90) reds.push(i);
    }
    expect(reds.length).toBeGreaterThan(20);
  });

  it('urgent icons carry the orange clock mark top-left, and the plain ones do not (issue 22)', () => {
    const orangeTopLeft = (file: TrayIconFile) => {
      const png = image(file);
      const corner = Math.ceil(file.size / 2);
      let count = 0;
      for (let y = 0; y < corner; y++) {
        for (let x = 0; x < corner; x++) {
          const i = (y * png.width + x) * 4;
          const [r, g, b, a] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0, png.data[i + 3] ?? 0];
          if (a > 200 && r > 200 && g > 80 && g < 140 && b < 40) count++;
        }
      }
      return count;
    };
    const colour = files.filter((file) => !file.template);
    const urgent = colour.filter((file) => isUrgentState(file.state));
    expect(urgent).toHaveLength(TRAY_URGENT_STATES.length * (2 + LINUX_TRAY_SIZES.length));
    for (const file of urgent) expect(orangeTopLeft(file), file.path).toBeGreaterThanOrEqual(file.size);
    for (const file of colour.filter((entry) => !isUrgentState(entry.state)))
      expect(orangeTopLeft(file), file.path).toBe(0);
    expect(files.filter((file) => file.template).map((file) => file.path)).toContain(
      'tray/mac/trayUrgentTemplate@2x.png',
    );
  });

  it('every state is visibly distinct from every other at the same size', () => {
    const groups = new Map<string, TrayIconFile[]>();
    for (const file of files) {
      const key = `${file.size}:${file.template}:${file.path.includes('@2x')}`;
      groups.set(key, [...(groups.get(key) ?? []), file]);
    }
    for (const group of groups.values()) {
      for (const [i, a] of group.entries()) {
        for (const b of group.slice(i + 1)) {
          expect(differingPixels(image(a), image(b)), `${a.path} vs ${b.path}`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });

  it('iconFor only names files that exist, for every state and platform', () => {
    const existing = new Set(files.map((file) => file.path));
    for (const state of TRAY_ICON_STATES) {
      for (const platform of ['darwin', 'win32', 'linux', 'freebsd']) {
        expect(existing, `${state} on ${platform}`).toContain(iconFor(state, platform));
      }
      for (const linuxSize of LINUX_TRAY_SIZES) expect(existing).toContain(iconFor(state, 'linux', { linuxSize }));
    }
  });

  it('on Windows and Linux each state has its own file', () => {
    for (const platform of ['win32', 'linux']) {
      const icons = TRAY_ICON_STATES.map((state) => iconFor(state, platform));
      expect(new Set(icons).size).toBe(TRAY_ICON_STATES.length);
    }
  });
});

describe('generate-icons script', () => {
  const out = mkdtempSync(join(tmpdir(), 'invitray-icons-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('regenerates the committed files byte for byte (deterministic and up to date)', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-icons.mjs'), '--out', out], { stdio: 'pipe' });
    const generated = listFiles(out, '').map((path) => toPosix(relative(out, path)));
    const committed = listFiles(TRAY, '').map((path) => toPosix(relative(TRAY, path)));
    expect(generated.sort()).toEqual(committed.sort());
    for (const path of generated) {
      expect(readFileSync(join(out, path)).equals(readFileSync(join(TRAY, path))), path).toBe(true);
    }
  });
});
