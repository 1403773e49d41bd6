import { describe, expect, it } from 'vitest';
import {
  BATCH,
  FIRST,
  LOOKAHEAD,
  nextChunk,
  shownAfterChange,
  shownForFocus,
} from '../../../src/lib/progressive-list';

const list = (...keys: string[]) => keys.map((key) => ({ key }));
const range = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, n) => ({ key: `${prefix}${n}` }));
const keysOf = (entries: { key: string }[]) => new Set(entries.map((entry) => entry.key));

/** Renders `entries` the way InviteList does: after a change, then chunk by chunk until all are there. */
function landAll(entries: { key: string }[], rendered: ReadonlySet<string> = new Set()) {
  let shown = shownAfterChange(rendered, entries, null);
  const counts = [shown];
  while (shown < entries.length) counts.push((shown = nextChunk(shown, entries.length)));
  return counts;
}

describe('a long list in chunks', () => {
  it('first renders a screenful, then BATCH more per chunk until every card is there', () => {
    const counts = landAll(range('k', 5000));
    expect(counts[0]).toBe(FIRST);
    expect(counts.at(-1)).toBe(5000);
    expect(counts.slice(1).every((n, i) => n - counts[i]! <= BATCH)).toBe(true);
    expect(counts).toHaveLength(1 + Math.ceil((5000 - FIRST) / BATCH));
  });

  it('a short list is whole at once', () => {
    expect(landAll(list('a', 'b'))).toEqual([2]);
    expect(landAll([])).toEqual([0]);
  });

  it('a new snapshot with the same cards keeps every card already made', () => {
    const entries = range('k', 5000);
    const rendered = keysOf(entries.slice(0, 1200));
    expect(shownAfterChange(rendered, entries, null)).toBe(1200);
    // The same list again before the first chunk: still a screenful, no card made at once.
    expect(shownAfterChange(keysOf(entries.slice(0, FIRST)), entries, null)).toBe(FIRST);
  });

  it('an answered card leaving keeps the others; new cards are made at most BATCH at once', () => {
    const before = range('k', 300);
    const rendered = keysOf(before);
    const answered = before.filter((entry) => entry.key !== 'k10');
    expect(shownAfterChange(rendered, answered, null)).toBe(299);
    // A few new ones among them are made at once; 60 sorting to the top are too many: a screenful.
    const few = [...before.slice(0, 100), ...range('new', 3), ...before.slice(100)];
    expect(shownAfterChange(rendered, few, null)).toBe(303);
    const arrived = [...range('new', 60), ...before];
    expect(shownAfterChange(rendered, arrived, null)).toBe(FIRST);
  });

  it('never drops the focused card, even past the new cards that fit in one go', () => {
    const before = range('k', 300);
    const arrived = [...range('new', 60), ...before];
    const shown = shownAfterChange(keysOf(before), arrived, 'k200');
    expect(shown).toBe(60 + 201 + LOOKAHEAD);
    expect(arrived.slice(0, shown).map((e) => e.key)).toContain('k200');
  });

  it('another account filter with none of its cards made starts again from a screenful', () => {
    const all = range('a', 2500);
    expect(shownAfterChange(keysOf(all), range('b', 2500), null)).toBe(FIRST);
    expect(shownAfterChange(keysOf(all), range('b', 3), null)).toBe(3);
  });

  it('focus on a card keeps LOOKAHEAD cards after it, within the list', () => {
    expect(shownForFocus(FIRST, FIRST - 1, 5000)).toBe(FIRST + LOOKAHEAD);
    expect(shownForFocus(500, 3, 5000)).toBe(500);
    expect(shownForFocus(60, 55, 58)).toBe(60);
    expect(shownForFocus(50, 49, 52)).toBe(52);
  });
});
