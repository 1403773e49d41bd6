import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertIcon } from 'app-builder-lib/out/util/iconConverter';
import {
  ICNS_TYPES,
  ICO_SIZES,
  LINUX_SIZES,
  generateAppIcons,
} from '../../../scripts/generate-app-icons.mjs';
import { readIcns, readIco, readPngHeader } from './icon-files';

const root = resolve(import.meta.dirname, '../../..');
const buildResources = join(root, 'resources/build');
const read = (relative: string) => readFileSync(join(buildResources, relative));
const scratch = mkdtempSync(join(tmpdir(), 'invitray-icons-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('app icon files', () => {
  it('Linux: a square RGBA PNG at every size panels and menus ask for', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      expect(LINUX_SIZES).toContain(size);
      const info = readPngHeader(read(`icons/${size}x${size}.png`));
      expect(info, `${size}x${size}.png`).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 });
    }
    expect(readPngHeader(read('icon.png'))).toMatchObject({ width: 1024, height: 1024 });
  });

  it('Windows: an ICO with 16-64 px entries and a 256 px PNG entry, all 32-bit', () => {
    const images = readIco(read('icon.ico'));
    expect(images.map((image) => image.size)).toEqual(ICO_SIZES);
    for (const size of [16, 24, 32, 48, 256]) expect(images.map((image) => image.size)).toContain(size);
    for (const image of images) {
      expect(image.bitCount).toBe(32);
      expect([image.width, image.height]).toEqual([image.size, image.size]);
      expect(image.format).toBe(image.size === 256 ? 'png' : 'bmp');
    }
  });

  it('macOS: an ICNS with every 1x and 2x size from 16 to 1024 px', () => {
    const entries = readIcns(read('icon.icns'));
    const expected: [string, number][] = [
      ['icp4', 16],
      ['icp5', 32],
      ['ic11', 32],
      ['ic07', 128],
      ['ic13', 256],
      ['ic08', 256],
      ['ic14', 512],
      ['ic09', 512],
      ['ic10', 1024],
    ];
    for (const [type, size] of expected) {
      expect(entries.get(type), type).toMatchObject({ width: size, height: size, colorType: 6 });
    }
    expect([...entries.keys()].sort()).toEqual(ICNS_TYPES.map(([type]) => type).sort());
  });

  it("electron-builder's own icon resolver accepts each file for its platform", async () => {
    const roots = [buildResources, root];
    const mac = await convertIcon({
      sources: ['icon.icns'],
      fallbackSources: [],
      roots,
      format: 'icns',
      outDir: scratch,
    });
    expect(mac).toMatchObject({ isFallback: false, icons: [{ file: join(buildResources, 'icon.icns') }] });
    const win = await convertIcon({
      sources: ['icon.ico'],
      fallbackSources: [],
      roots,
      format: 'ico',
      outDir: scratch,
    });
    expect(win).toMatchObject({
      isFallback: false,
      icons: [{ file: join(buildResources, 'icon.ico'), size: 256 }],
    });
    const linux = await convertIcon({
      sources: ['icons'],
      fallbackSources: [],
      roots,
      format: 'set',
      outDir: scratch,
    });
    expect(linux.icons.map((icon) => icon.size)).toEqual(LINUX_SIZES);
  });

  it('is up to date with resources/icon.svg (re-run scripts/generate-app-icons.mjs after editing it)', () => {
    const outDir = join(scratch, 'fresh');
    const written = generateAppIcons({ source: join(root, 'resources/icon.svg'), outDir });
    expect(written.sort()).toEqual(
      [
        'icon.icns',
        'icon.ico',
        'icon.png',
        ...readdirSync(join(buildResources, 'icons')).map((f) => `icons/${f}`),
      ].sort(),
    );
    for (const file of written) {
      expect(readFileSync(join(outDir, file)).equals(read(file)), file).toBe(true);
    }
  });
});

describe('the icon readers reject broken files', () => {
  it('ICO: wrong magic, truncated directory, entry outside the file', () => {
    const good = read('icon.ico');
    expect(() => readIco(Buffer.from('not an icon at all'))).toThrow('not an ICO');
    expect(() => readIco(good.subarray(0, 20))).toThrow('directory truncated');
    expect(() => readIco(good.subarray(0, good.length - 10))).toThrow('outside file');
  });

  it('ICNS: wrong magic, length mismatch, a non-PNG entry', () => {
    const good = read('icon.icns');
    expect(() => readIcns(read('icon.png'))).toThrow('not an ICNS');
    expect(() => readIcns(good.subarray(0, good.length - 1))).toThrow('length does not match');
    const corrupt = Buffer.from(good);
    corrupt.write('XXXX', 16, 'latin1');
    expect(() => readIcns(corrupt)).toThrow('not a PNG');
  });

  it('electron-builder refuses an ICO without a 256 px image', async () => {
    const small = join(scratch, 'small.ico');
    const ico = read('icon.ico');
    // Keep only the first (16 px) directory entry.
    const onlyFirst = Buffer.from(ico);
    onlyFirst.writeUInt16LE(1, 4);
    writeFileSync(small, onlyFirst);
    await expect(
      convertIcon({
        sources: [small],
        fallbackSources: [],
        roots: [scratch],
        format: 'ico',
        outDir: scratch,
      }),
    ).rejects.toThrow('at least 256x256');
  });
});
