import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../electron/shared/types';
import { EXPECTED } from './expected-lines';
import { scenes, type Scenes } from './language-scenes';

// Each language's exact text for the same scenes (language-scenes.ts): the pending count for
// 0, 1, 2, 5 and 21 (CLDR: French and Brazilian Portuguese put 0 with 1, Japanese has one form),
// the tray menu and tooltip, and every kind of notification, as a native speaker would write
// them (expected-lines/<language>.ts). A new language fails here until its lines are written.

describe.each(LANGUAGES)('%s: what the tray and the notifications say', (language) => {
  const actual = scenes(language);
  const expected: Scenes | undefined = EXPECTED[language];

  it.each(Object.keys(scenes('en')) as (keyof Scenes)[])('%s', (scene) => {
    expect(expected, `expected-lines/${language}.ts`).toBeDefined();
    expect(actual[scene]).toEqual(expected?.[scene]);
  });
});
