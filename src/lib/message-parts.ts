// A translated sentence that holds markup (a link button, a <strong>) is kept whole in the
// catalogue with {placeholders} where the markup goes, so each language orders it its own way;
// the component renders the pieces in the order this gives.

export type MessagePart = { text: string } | { slot: string };

/** Splits a message (already translated, its slot placeholders left unfilled) at its {slots}. */
export function messageParts(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of message.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: message.slice(last, match.index) });
    parts.push({ slot: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last) });
  return parts;
}
