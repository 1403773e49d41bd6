import { PNG } from 'pngjs';

// A review sheet: every icon at its real size and enlarged (nearest neighbour, so
// each pixel stays visible), on a light and on a dark panel colour. Template images
// are drawn white on the dark panel, as macOS tints them there.
const PANELS = [
  [0xf3, 0xf3, 0xf3],
  [0x20, 0x21, 0x24],
];

function blit(sheet, icon, left, top, scale, invert) {
  for (let y = 0; y < icon.height * scale; y++) {
    for (let x = 0; x < icon.width * scale; x++) {
      const from = ((Math.floor(y / scale) * icon.width + Math.floor(x / scale)) << 2) >>> 0;
      const to = ((top + y) * sheet.width + left + x) << 2;
      const alpha = icon.data[from + 3] / 255;
      for (let c = 0; c < 3; c++) {
        const value = invert ? 255 - icon.data[from + c] : icon.data[from + c];
        sheet.data[to + c] = Math.round(value * alpha + sheet.data[to + c] * (1 - alpha));
      }
    }
  }
}

/** Enlargement for a row: small icons more, so every row is about the same height. */
const scaleFor = (row) => Math.max(2, Math.round(96 / Math.max(...row.map((icon) => icon.height))));

/**
 * rows: arrays of decoded PNGs; each row is drawn at 1x and enlarged, on each panel.
 * templateRows: indexes of rows holding template images.
 */
export function contactSheet(rows, templateRows = new Set()) {
  const pad = 6;
  const rowWidth = (row) => row.reduce((w, icon) => w + icon.width * scaleFor(row) + pad, pad);
  const rowHeight = (row) => Math.max(...row.map((icon) => icon.height)) * (scaleFor(row) + 1) + 3 * pad;
  const panelWidth = Math.max(...rows.map(rowWidth));
  const height = rows.reduce((h, row) => h + rowHeight(row), 0);
  const sheet = new PNG({ width: panelWidth * PANELS.length, height });
  PANELS.forEach((rgb, p) => {
    for (let y = 0; y < height; y++) {
      for (let x = p * panelWidth; x < (p + 1) * panelWidth; x++) {
        const i = (y * sheet.width + x) << 2;
        sheet.data.set([...rgb, 255], i);
      }
    }
    let top = pad;
    for (const [index, row] of rows.entries()) {
      const invert = p === 1 && templateRows.has(index);
      let left = p * panelWidth + pad;
      const big = Math.max(...row.map((icon) => icon.height));
      for (const icon of row) {
        blit(sheet, icon, left, top, 1, invert);
        blit(sheet, icon, left, top + big + pad, scaleFor(row), invert);
        left += icon.width * scaleFor(row) + pad;
      }
      top += rowHeight(row);
    }
  });
  return PNG.sync.write(sheet);
}
