import { FIRST_CARDS } from '../../electron/shared/first-screen';

// How many cards of a long list are in the DOM (components/InviteList.svelte). The window shows
// about four cards: the first render holds only FIRST, so the heading and the first screenful
// are painted at once; the rest follow BATCH at a time, each after the previous one was painted.
// Every card ends up in the DOM (not a window over the list): Tab reaches each one, find-in-page
// finds each one once it has landed, and screen readers hear the full size from aria-setsize.

/** Also all main sends of the list with the first screen (electron/shared/first-screen.ts). */
export const FIRST = FIRST_CARDS;
export const BATCH = 50;
/** Cards kept ahead of the focused one, so Tab never leaves the list before its end. */
export const LOOKAHEAD = 10;

/** The count after the next chunk lands. */
export function nextChunk(shown: number, total: number): number {
  return Math.min(total, shown + BATCH);
}

/**
 * The count when the list itself changed (a new snapshot, an answer, another account filter):
 * cards already in the DOM stay, so neither focus nor scroll position is lost, and at most
 * BATCH new cards are made at once among them; the rest come in chunks as before. The focused card is
 * kept whatever it costs. A first render (nothing rendered yet) shows FIRST.
 */
export function shownAfterChange(
  rendered: ReadonlySet<string>,
  next: readonly { key: string }[],
  focusedKey: string | null,
): number {
  const first = Math.min(FIRST, next.length);
  if (rendered.size === 0) return first;
  // Up to the last card already made, with at most BATCH new ones among them. Never further: the
  // same list arriving again (main's answer and a push of the same state) makes no card at once.
  let shown = 0;
  let fresh = 0;
  for (const [index, entry] of next.entries()) {
    if (rendered.has(entry.key)) shown = index + 1;
    else if (++fresh > BATCH) break;
  }
  const focused = focusedKey === null ? -1 : next.findIndex((entry) => entry.key === focusedKey);
  return Math.max(first, shown, focused >= 0 ? Math.min(next.length, focused + 1 + LOOKAHEAD) : 0);
}

/** The count once focus is on the card at `index`: LOOKAHEAD cards after it are there to Tab to. */
export function shownForFocus(shown: number, index: number, total: number): number {
  return Math.max(shown, Math.min(total, index + 1 + LOOKAHEAD));
}
