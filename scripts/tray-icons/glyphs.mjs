// A hand-made 5x7 pixel font for the tray badges. resvg needs a font file to draw
// <text>, and CI machines have different fonts (or none), so the digits are drawn as
// rectangles: the icons come out byte-identical everywhere.
//
// Every horizontal stroke sits on row 0, 3 or 6 and every vertical one on column 0, 2
// or 4, so a size can make exactly those rows/columns thicker (see `grid`) and all
// strokes keep one weight.

const FONT = {
  0: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  1: ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  2: ['.###.', '#...#', '....#', '.###.', '#....', '#....', '#####'],
  3: ['####.', '....#', '....#', '.###.', '....#', '....#', '####.'],
  4: ['#...#', '#...#', '#...#', '#####', '....#', '....#', '....#'],
  5: ['#####', '#....', '#....', '####.', '....#', '....#', '####.'],
  6: ['.###.', '#....', '#....', '####.', '#...#', '#...#', '.###.'],
  7: ['#####', '....#', '....#', '...#.', '..#..', '..#..', '..#..'],
  8: ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  9: ['.###.', '#...#', '#...#', '.####', '....#', '....#', '.###.'],
  '+': ['.....', '..#..', '..#..', '#####', '..#..', '..#..', '.....'],
  '!': ['..#..', '..#..', '..#..', '..#..', '..#..', '.....', '..#..'],
  '/': ['....#', '...#.', '...#.', '..#..', '.#...', '.#...', '#....'],
};

/**
 * Pixel widths of the 5 columns and heights of the 7 rows: strokes `thick`, the
 * counters between them `thin`; `counter` (optional) widens the two counter rows
 * nearest the middle bar so 3, 8 and 9 keep open holes at bold weights.
 */
export function grid(thick, thin, counter = thin) {
  return {
    cols: [thick, thin, thick, thin, thick],
    rows: [thick, thin, counter, thick, counter, thin, thick],
  };
}

const sum = (values) => values.reduce((total, value) => total + value, 0);

/** Width and height in pixels of `text` set in `g`, glyphs separated by `gap` pixels. */
export function measure(text, g, gap) {
  return { width: text.length * sum(g.cols) + (text.length - 1) * gap, height: sum(g.rows) };
}

/** SVG path data (rectangles, horizontal runs merged) drawing `text` with its top-left at (x, y). */
export function textPath(text, g, gap, x, y) {
  const colStart = g.cols.map((_, i) => sum(g.cols.slice(0, i)));
  const rowStart = g.rows.map((_, i) => sum(g.rows.slice(0, i)));
  const glyphWidth = sum(g.cols);
  const parts = [];
  [...text].forEach((char, index) => {
    const rows = FONT[char];
    if (!rows) throw new Error(`No glyph for ${JSON.stringify(char)}`);
    const left = x + index * (glyphWidth + gap);
    rows.forEach((row, r) => {
      for (const run of row.matchAll(/#+/g)) {
        const first = run.index;
        const last = first + run[0].length - 1;
        const px = left + colStart[first];
        const width = colStart[last] + g.cols[last] - colStart[first];
        parts.push(`M${px} ${y + rowStart[r]}h${width}v${g.rows[r]}h${-width}z`);
      }
    });
  });
  return parts.join('');
}
