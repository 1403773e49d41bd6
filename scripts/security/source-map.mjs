// Just enough of Source Map v3 to trace one generated position to its original line:
// Base64 VLQ decoding of `mappings`. (No dependency: the packages that do this are only
// transitive here.)

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one segment ("AAgBC") into its numbers. */
export function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`invalid source map character ${JSON.stringify(char)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * The original { source, line (1-based), column } of generated `line` (1-based) and
 * `column` (0-based): the last mapped segment at or before the column, else the first
 * mapped segment on the line. Null when the line maps to nothing.
 */
export function originalPosition(map, line, column) {
  const state = { source: 0, line: 0, column: 0 };
  const lines = map.mappings.split(';');
  let best = null;
  for (let index = 0; index < lines.length && index < line; index++) {
    let generatedColumn = 0;
    for (const segment of lines[index].split(',')) {
      if (segment === '') continue;
      const [columnDelta, sourceDelta, lineDelta, originalColumnDelta] = decodeSegment(segment);
      generatedColumn += columnDelta;
      if (sourceDelta === undefined) continue;
      state.source += sourceDelta;
      state.line += lineDelta;
      state.column += originalColumnDelta;
      if (index !== line - 1) continue;
      const here = { source: map.sources[state.source], line: state.line + 1, column: state.column };
      if (generatedColumn <= column) {
        best = here;
      } else {
        best ??= here;
        break;
      }
    }
  }
  return best;
}
