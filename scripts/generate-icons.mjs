#!/usr/bin/env node
// Builds the tray icons from code: SVG sources under resources/tray/src/, rasterised
// with resvg to the PNGs the app loads (committed, so nothing renders at run time).
// Deterministic: same input, byte-identical output, on any machine (no fonts used).
//
//   node scripts/generate-icons.mjs [--out DIR] [--sheet /tmp/tray-sheet.png]
//
// --out writes somewhere else than resources/tray (a test regenerates into a temp dir
// and compares with the committed files); --sheet also writes a review contact sheet.
//
// The file names must match electron/main/core/tray/tray-icons.ts (a test checks).
import { mkdirSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { trayIconSvg } from './tray-icons/draw.mjs';
import { contactSheet } from './tray-icons/contact-sheet.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = join(ROOT, 'resources', 'tray');

const COLOR_STATES = ['signed-out', 'idle', '1', '2', '3', '4', '5', '6', '7', '8', '9', '9plus'];
COLOR_STATES.push('pending', 'error', 'offline');
// Issue 22: a pending invitation lapses within a day (the clock mark).
const URGENT_STATES = [...COLOR_STATES.filter((state) => /^(\d|9plus$)/.test(state)), 'pending'];
COLOR_STATES.push(...URGENT_STATES.map((state) => `urgent-${state}`));
const LINUX_SIZES = [22, 24, 48];
const TEMPLATES = {
  idle: 'trayTemplate',
  pending: 'trayPendingTemplate',
  error: 'trayErrorTemplate',
  offline: 'trayOfflineTemplate',
  'signed-out': 'traySignedOutTemplate',
  urgent: 'trayUrgentTemplate',
};

/** Every icon: its path under resources/tray (without extension), state, size, template flag. */
function catalog() {
  const icons = [];
  for (const state of COLOR_STATES) {
    icons.push({ name: `tray-${state}`, state, size: 16, template: false });
    icons.push({ name: `tray-${state}@2x`, state, size: 32, template: false });
    for (const size of LINUX_SIZES)
      icons.push({ name: `linux/tray-${state}-${size}`, state, size, template: false });
  }
  for (const [state, base] of Object.entries(TEMPLATES)) {
    icons.push({ name: `mac/${base}`, state, size: 16, template: true });
    icons.push({ name: `mac/${base}@2x`, state, size: 32, template: true });
  }
  return icons;
}

function render(svg) {
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2 }).render();
  return image.asPng();
}

function write(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** Removes generated files that are no longer in the catalog (a renamed state, say). */
function removeStale(out, dir, keep) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) removeStale(out, path, keep);
    else if (/\.(png|svg)$/.test(entry) && !keep.has(relative(out, path))) rmSync(path);
  }
}

/** The value after `name`; `fallback` when the flag is last; undefined without the flag. */
function option(argv, name, fallback) {
  const at = argv.indexOf(name);
  return at === -1 ? undefined : (argv[at + 1] ?? fallback);
}

function main(argv) {
  const out = resolve(option(argv, '--out', DEFAULT_OUT) ?? DEFAULT_OUT);
  const icons = catalog();
  const keep = new Set();
  const rendered = new Map();
  for (const icon of icons) {
    const svg = trayIconSvg(icon.state, icon.size, icon.template);
    const png = render(svg);
    write(join(out, 'src', `${icon.name}.svg`), svg);
    write(join(out, `${icon.name}.png`), png);
    keep.add(join('src', `${icon.name}.svg`)).add(`${icon.name}.png`);
    rendered.set(icon.name, PNG.sync.read(png));
  }
  removeStale(out, out, keep);
  console.log(`Wrote ${icons.length} tray icons (PNG + SVG source) to ${out}`);

  const target = option(argv, '--sheet', '/tmp/tray-sheet.png');
  if (target !== undefined) {
    const group = (filter) => icons.filter(filter).map((icon) => rendered.get(icon.name));
    // Urgent variants on their own rows, under the plain ones, so the two read side by side.
    const urgent = (i) => i.state.startsWith('urgent');
    const rows = [16, 32, 22, 24, 48].flatMap((size) => [
      group((i) => !i.template && i.size === size && !urgent(i)),
      group((i) => !i.template && i.size === size && urgent(i)),
    ]);
    rows.push(group((i) => i.template));
    write(target, contactSheet(rows, new Set([rows.length - 1])));
    console.log(`Contact sheet: ${target}`);
  }
}

main(process.argv.slice(2));
