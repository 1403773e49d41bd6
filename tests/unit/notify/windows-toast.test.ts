import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  buildToastXml,
  TOAST_MAX_BYTES,
  toastActionArguments,
  toastLaunchArguments,
} from '../../../electron/main/core/notify/windows-toast';
import type { ToastInput } from '../../../electron/main/core/notify/windows-toast';

// The toast is loaded the way the Electron double loads it: a strict XML parser plus Windows'
// toast schema limits (tests/support/electron-double/toast-xml.cjs).
const require = createRequire(import.meta.url);
const { parseToastXml } = require('../../support/electron-double/toast-xml.cjs') as {
  parseToastXml(xml: string): {
    launch: string;
    scenario: string;
    texts: string[];
    actions: { arguments: string; content: string }[];
    images: Record<string, string>[];
    audioSilent: boolean;
  };
};

const ID = 'ivt.n.0a1b2c3d.9ce88802f07591e5ce0457ef51ece021';
const BUTTONS = [
  { id: 'accept' as const, label: 'Accept' },
  { id: 'decline' as const, label: 'Decline' },
];

function toast(spec: Partial<ToastInput['spec']> = {}, logoPath?: string) {
  const xml = buildToastXml({ id: ID, spec: { title: 'Invitation', body: 'Body', ...spec }, logoPath });
  return { xml, parsed: parseToastXml(xml) };
}

/** A deterministic generator of hostile text: markup, quotes, entities, controls, emoji, surrogates. */
function* hostileStrings(seed: number, count: number): Generator<string> {
  const pieces = [
    '"',
    "'",
    '<',
    '>',
    '&',
    '&amp;',
    ']]>',
    '<!--',
    '\u0000',
    '\u0008',
    '\u001b',
    '\ud83d',
    '\ude00',
    '😀',
    'é',
    '日本',
    '\uffff',
    '\t',
    '\n',
    'toast',
    ' launch="x"',
    '%26',
    '=',
    'type=action&tag=ivt.x',
  ];
  let state = seed;
  for (let i = 0; i < count; i += 1) {
    let text = '';
    const length = (state % 9) + 1;
    for (let j = 0; j < length; j += 1) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      text += pieces[state % pieces.length];
    }
    yield text;
  }
}

/** XML 1.0's Char production (a lone surrogate is a code point of its own here). */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

describe('buildToastXml: the toast Windows loads', () => {
  it('a body click launches with the notification id, in the grammar HandleToastActivation parses', () => {
    const { parsed } = toast({ actions: BUTTONS });
    expect(parsed.launch).toBe(toastLaunchArguments(ID));
    expect(parsed.launch).toBe(`type=click&tag=${ID}`);
    // Not "structured" (ToastEventHandler::Invoke): a live body click still reaches the instance event.
    expect(parsed.launch).not.toMatch(/type=(action|reply)/);
  });

  it("buttons carry Electron's own arguments and the translated labels", () => {
    const { parsed } = toast({
      actions: [
        { id: 'accept', label: 'Annehmen' },
        { id: 'decline', label: 'Ablehnen' },
      ],
    });
    expect(parsed.actions).toEqual([
      { arguments: toastActionArguments(ID, 0), content: 'Annehmen', activationType: 'foreground' },
      { arguments: `type=action&action=1&tag=${ID}`, content: 'Ablehnen', activationType: 'foreground' },
    ]);
  });

  it('title and body are the two texts; the app logo is an appLogoOverride image; sound off is <audio silent>', () => {
    const { parsed } = toast({ silent: true }, 'C:\\Program Files\\Invitray\\resources\\icon.png');
    expect(parsed.texts).toEqual(['Invitation', 'Body']);
    expect(parsed.images).toEqual([
      {
        placement: 'appLogoOverride',
        'hint-crop': 'none',
        src: 'C:\\Program Files\\Invitray\\resources\\icon.png',
      },
    ]);
    expect(parsed.audioSilent).toBe(true);
    expect(toast().parsed.audioSilent).toBe(false);
  });

  it('urgent toasts use the reminder scenario, which Windows honours only with a button', () => {
    expect(toast({ urgent: true, actions: BUTTONS }).parsed.scenario).toBe('reminder');
    expect(toast({ urgent: true }).parsed.scenario).toBe('');
    expect(toast({ actions: BUTTONS }).parsed.scenario).toBe('');
  });

  it('an organisation named `"><toast launch="x` stays text', () => {
    const evil = `"><toast launch="x`;
    const { xml, parsed } = toast(
      { title: `Invitation to ${evil}`, body: evil, actions: [{ id: 'accept', label: evil }] },
      evil,
    );
    expect(parsed.texts).toEqual([`Invitation to ${evil}`, evil]);
    expect(parsed.actions[0]!.content).toBe(evil);
    expect(parsed.images[0]!.src).toBe(evil);
    expect(parsed.launch).toBe(toastLaunchArguments(ID));
    expect(xml.match(/<toast[ >]/g)).toHaveLength(1);
  });

  it('hostile text of every kind still loads, keeping every character XML can carry', () => {
    for (const text of hostileStrings(7, 300)) {
      const { parsed } = toast({ title: text, body: 'Body', actions: [{ id: 'accept', label: text }] });
      const carried = [...text].filter(isXmlChar).join('');
      // A title with nothing left is left out rather than shown as an empty line.
      expect(parsed.texts).toEqual(carried ? [carried, 'Body'] : ['Body']);
      expect(parsed.actions[0]!.content).toBe(carried);
      expect(parsed.launch).toBe(toastLaunchArguments(ID));
    }
  });

  it('stays within 5 KB whatever the body, shortening only the body', () => {
    const long = 'Ünïcødé 日本語 & <b> '.repeat(2000);
    const { xml, parsed } = toast({ title: 'Kept', body: long, actions: BUTTONS }, 'C:\\icon.png');
    expect(Buffer.byteLength(xml, 'utf8')).toBeLessThanOrEqual(TOAST_MAX_BYTES);
    expect(parsed.texts[0]).toBe('Kept');
    expect(parsed.texts[1]!.endsWith('…')).toBe(true);
    expect(parsed.actions).toHaveLength(2);
  });

  it('returns (within 5 KB, or an error) when the body alone cannot bring the toast under 5 KB', () => {
    // The shortening loop cut the body to half its length plus an ellipsis; a one-character body
    // became '…' again, never empty, so a toast whose other parts already exceed 5 KB looped
    // forever on the main thread. Run under a watchdog so the old code fails instead of hanging.
    const labels = Array.from({ length: 5 }, (_, i) => ({
      id: 'accept' as const,
      label: `${i} ${'Ü&'.repeat(600)}`,
    }));
    let xml: string | undefined;
    let error: unknown;
    try {
      xml = runInNewContext(
        'build()',
        {
          build: () =>
            buildToastXml({ id: ID, spec: { title: 'Invitation', body: 'Some body text', actions: labels } }),
        },
        { timeout: 2000 },
      ) as string;
    } catch (caught) {
      error = caught;
    }
    expect((error as { code?: string } | undefined)?.code).not.toBe('ERR_SCRIPT_EXECUTION_TIMEOUT');
    if (xml !== undefined) {
      expect(Buffer.byteLength(xml, 'utf8')).toBeLessThanOrEqual(TOAST_MAX_BYTES);
      expect(parseToastXml(xml).launch).toBe(toastLaunchArguments(ID));
    } else expect(error).toBeInstanceOf(RangeError);
  });

  it('at most five buttons, and an id Windows would refuse is an error here, not a failed toast', () => {
    const six = Array.from({ length: 6 }, () => ({ id: 'accept' as const, label: 'A' }));
    expect(toast({ actions: six }).parsed.actions).toHaveLength(5);
    for (const id of ['', 'x'.repeat(65), 'has space', 'quote"'])
      expect(() => buildToastXml({ id, spec: { title: 't', body: 'b' } })).toThrow(RangeError);
  });

  it('the Electron double refuses what Windows refuses (its rules have teeth)', () => {
    expect(() => parseToastXml('<toast launch="a"><visual>')).toThrow(/Invalid XML/);
    expect(() => parseToastXml(`<toast launch="a""/>`)).toThrow(/Invalid XML/);
    expect(() =>
      parseToastXml(
        `<toast><visual><binding template="ToastGeneric">${'<text>t</text>'.repeat(4)}</binding></visual></toast>`,
      ),
    ).toThrow(/at most 3/);
    expect(() =>
      parseToastXml(
        `<toast><visual><binding template="ToastGeneric"><text>${'x'.repeat(6000)}</text></binding></visual></toast>`,
      ),
    ).toThrow(/too large/);
    expect(() => parseToastXml('<notification/>')).toThrow(/root element/);
    // Raw characters XML 1.0 forbids, which LoadXml refuses as well (sax alone let them through).
    for (const bad of ['\u0000', '\u0001', '\ud83d', '\ude00', '\uffff'])
      expect(() =>
        parseToastXml(
          `<toast><visual><binding template="ToastGeneric"><text>a${bad}b</text></binding></visual></toast>`,
        ),
      ).toThrow(/Invalid XML/);
    expect(
      parseToastXml(
        '<toast><visual><binding template="ToastGeneric"><text>😀\t\n</text></binding></visual></toast>',
      ).texts,
    ).toEqual(['😀\t\n']);
  });
});
