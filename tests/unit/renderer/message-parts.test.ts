import { describe, expect, it } from 'vitest';
import { messageParts } from '../../../src/lib/message-parts';

describe('messageParts', () => {
  it('splits a sentence at its slots, in the language’s own order', () => {
    expect(messageParts('Create a token with {permissions}: {link}.')).toEqual([
      { text: 'Create a token with ' },
      { slot: 'permissions' },
      { text: ': ' },
      { slot: 'link' },
      { text: '.' },
    ]);
    expect(messageParts('{link} にあります')).toEqual([{ slot: 'link' }, { text: ' にあります' }]);
  });

  it('leaves a sentence without slots whole', () => {
    expect(messageParts('No slots here.')).toEqual([{ text: 'No slots here.' }]);
    expect(messageParts('')).toEqual([]);
  });
});
