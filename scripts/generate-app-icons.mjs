#!/usr/bin/env node
// Renders the app icon (resources/icon.svg, the one vector source) into every file the
// installers need, under resources/build (electron-builder's buildResources):
//   icon.icns          macOS app and dmg volume icon
//   icon.ico           Windows exe, NSIS installer and Start-menu shortcut icon
//   icon.png           1024 px master
//   icons/NxN.png      Linux icon set (AppImage, deb, desktop entry): the name carries the size
// ICO and ICNS are written here rather than with another dependency: both are small
// containers of images with a fixed header. Re-run after editing the SVG:
//   node scripts/generate-app-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngjs from 'pngjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
// Windows picks 16/20/24/32/40/48/64 for shell views at 100-250 % scaling and 256 for large tiles.
export const ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 256];
// OSType -> pixel size. The @2x types (ic11-ic14, ic10) serve Retina displays.
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

/** Renders the SVG to a PNG of `size` x `size` pixels. */
export function renderPng(svg, size) {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' });
  return Buffer.from(resvg.render().asPng());
}

/**
 * A 32-bit BMP entry for an ICO: BITMAPINFOHEADER with doubled height, BGRA rows bottom-up,
 * then the 1-bit AND mask. Small sizes are stored this way rather than as PNG because some
 * Windows tools (resource editors, older NSIS builds) only read BMP entries below 256 px.
 */
export function bmpIconEntry(png) {
  const { width, height, data } = pngjs.PNG.sync.read(png);
  const maskStride = Math.ceil(width / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(width * height * 4 + maskStride * height, 20);
  const pixels = Buffer.alloc(width * height * 4);
  const mask = Buffer.alloc(maskStride * height);
  for (let y = 0; y < height; y += 1) {
    const row = height - 1 - y;
    for (let x = 0; x < width; x += 1) {
      const from = (y * width + x) * 4;
      const to = (row * width + x) * 4;
      pixels[to] = data[from + 2];
      pixels[to + 1] = data[from + 1];
      pixels[to + 2] = data[from];
      pixels[to + 3] = data[from + 3];
      if (data[from + 3] === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, pixels, mask]);
}

/** ICONDIR + one ICONDIRENTRY per image + the images. `images`: [{ size, data }]. */
export function writeIco(images) {
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size, data }, index) => {
    const at = 6 + index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, at);
    directory.writeUInt8(size >= 256 ? 0 : size, at + 1);
    directory.writeUInt16LE(1, at + 4);
    directory.writeUInt16LE(32, at + 6);
    directory.writeUInt32LE(data.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...images.map((image) => image.data)]);
}

/** 'icns' + total length, then per image its OSType, its length (8-byte header included) and PNG data. */
export function writeIcns(entries) {
  const chunks = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 4, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 4, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

/** Renders every file into `outDir` and returns their paths relative to it. */
export function generateAppIcons({
  source = join(root, 'resources/icon.svg'),
  outDir = join(root, 'resources/build'),
} = {}) {
  const svg = readFileSync(source);
  const cache = new Map();
  const png = (size) => {
    if (!cache.has(size)) cache.set(size, renderPng(svg, size));
    return cache.get(size);
  };
  const written = [];
  const write = (relative, data) => {
    mkdirSync(dirname(join(outDir, relative)), { recursive: true });
    writeFileSync(join(outDir, relative), data);
    written.push(relative);
  };
  for (const size of LINUX_SIZES) write(`icons/${size}x${size}.png`, png(size));
  write('icon.png', png(1024));
  write(
    'icon.ico',
    writeIco(ICO_SIZES.map((size) => ({ size, data: size >= 256 ? png(size) : bmpIconEntry(png(size)) }))),
  );
  write('icon.icns', writeIcns(ICNS_TYPES.map(([type, size]) => ({ type, data: png(size) }))));
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = generateAppIcons();
  console.log(`wrote ${files.length} files to resources/build: ${files.join(', ')}`);
}
