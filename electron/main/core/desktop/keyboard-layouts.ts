// Which key combinations type a character, per keyboard layout and operating system: the data
// behind the rule that a global shortcut must never take a character from other apps
// (core/desktop/global-shortcut.ts). One table per OS and layout, for the keyboards of the six
// languages Invitray ships: US and UK English, German, French (AZERTY), Spanish, Japanese and
// Brazilian Portuguese (ABNT2).
//
// Keys are written as the accelerator names them (a letter, a digit, or one of ` - = [ ] \ ; ' , . /),
// and each OS decides which physical key that name means; the tables follow the OS:
// - Windows: RegisterHotKey gets a virtual key (Chromium's GlobalAcceleratorListenerWin::
//   StartListeningForAccelerator passes accelerator.key_code()), and the layout decides which key
//   sends it. Letters follow the key's label, digits are the top row on every layout here, and the
//   punctuation names follow the layout's VK_OEM_* assignments (Electron's KeyboardCodeFromCharCode,
//   shell/common/keyboard_util.cc: ';' VK_OEM_1, '=' VK_OEM_PLUS, ',' VK_OEM_COMMA, '-' VK_OEM_MINUS,
//   '.' VK_OEM_PERIOD, '/' VK_OEM_2, '`' VK_OEM_3, '[' VK_OEM_4, '\' VK_OEM_5, ']' VK_OEM_6, "'" VK_OEM_7).
//   So on a French keyboard '[' is the ")" key (VK_OEM_4), and on a German one the "ß" key.
// - macOS: Chromium's GlobalAcceleratorListenerMac::RegisterHotKey (kLayoutAwareGlobalHotkeys, on by
//   default since Chromium 152, so in Electron 45) binds the key that types the accelerator's
//   character without modifiers, then the keypad, then the US position. Keys are therefore named by
//   what the key types alone.
// - Linux: the X11 grab (ui/base/x/x11_global_shortcut_listener.cc) looks the key up by keysym
//   (XKeysymForWindowsKeyCode, then KeysymToKeycode), so by label too.

/** The keyboards of the six languages: English has two (US and UK). */
export const KEYBOARD_LAYOUTS = ['us', 'uk', 'de', 'fr', 'es', 'ja', 'pt-BR'] as const;
export type KeyboardLayout = (typeof KEYBOARD_LAYOUTS)[number];

/** Accelerator key -> the character a chord types with it. */
type Typed = Readonly<Record<string, string>>;

/** "Q@ E€" -> { Q: '@', E: '€' }: each entry is the key, then what the chord types with it. */
function typed(entries: string): Typed {
  return Object.fromEntries(entries.split(' ').map((entry) => [entry[0] as string, entry.slice(1)]));
}

interface WindowsLayout {
  source: string;
  /** AltGr, which Windows delivers to apps as Ctrl+Alt: a hotkey on Ctrl+Alt+X fires on AltGr+X. */
  altGr: Typed;
  altGrShift: Typed;
}

/**
 * Windows: the layout DLLs' character tables, their "Ctl+Alt" and "Shift+Ctl+Alt" columns
 * (VK_TO_WCHARS in kbd*.c). KBDUS, KBDGR, KBDFR and KBD106 are in Microsoft's
 * Windows-driver-samples (input/layout); every table here is checked against the mapping VS Code
 * recorded on Windows (src/vs/workbench/services/keybinding/browser/keyboardLayouts/*.win.ts), which
 * also gives the current KBDGR's capital ẞ and KBDUK's AltGr+#. Dead keys count: they start a
 * character. Keys only ISO/ABNT keyboards have (VK_OEM_102, VK_OEM_8, VK_ABNT_C1) have no
 * accelerator name and are left out.
 */
export const WINDOWS_LAYOUTS: Readonly<Record<KeyboardLayout, WindowsLayout>> = {
  us: { source: 'KBDUS.DLL, 00000409: no AltGr', altGr: {}, altGrShift: {} },
  uk: {
    source: 'KBDUK.DLL, 00000809 (en-uk.win.ts)',
    altGr: typed("4€ Aá Eé Ií Oó Uú '\\"),
    altGrShift: typed("AÁ EÉ IÍ OÓ UÚ '|"),
  },
  de: {
    source: 'KBDGR.DLL, 00000407 (kbdgr.c, de.win.ts)',
    altGr: typed('Q@ E€ Mµ 2² 3³ 7{ 8[ 9] 0} [\\ =~'),
    altGrShift: typed('[ẞ'),
  },
  fr: {
    source: 'KBDFR.DLL, 0000040C (kbdfr.c, fr.win.ts)',
    altGr: typed('E€ 2~ 3# 4{ 5[ 6| 7` 8\\ 9^ 0@ [] =} ;¤'),
    altGrShift: {},
  },
  es: {
    source: 'KBDSP.DLL, 0000040A (es.win.ts)',
    altGr: typed("E€ 1| 2@ 3# 4~ 5€ 6¬ ;[ =] /} '{ \\\\"),
    altGrShift: {},
  },
  ja: {
    source: 'KBDJPN.DLL with KBD106, 00000411 (kbd106.c: Ctrl+Alt is SHFT_INVALID)',
    altGr: {},
    altGrShift: {},
  },
  'pt-BR': {
    source: 'KBDBR.DLL, 00000416 (pt-br.win.ts)',
    altGr: typed('Q/ W? E° C₢ 1¹ 2² 3³ 4£ 5¢ 6¬ =§ ]ª \\º'),
    altGrShift: {},
  },
};

/**
 * Windows' Alt codes: holding Alt and typing a number on the keypad enters the character with
 * that code, on every layout. A hotkey on Alt+numN takes that digit.
 */
export const WINDOWS_ALT_CODE_KEYS: readonly string[] = Array.from(
  { length: 10 },
  (_, digit) => `num${digit}`,
);

interface LinuxLayout {
  /** The xkeyboard-config symbols file. */
  source: string;
  /** What Ctrl+Alt and Ctrl+Alt+Shift type on a typing key: nothing, see below. */
  ctrlAlt: Typed;
  ctrlAltShift: Typed;
}

/**
 * Linux: xkeyboard-config's symbols files (us, gb, de, fr, es, jp, br; xkb-data 2.35), compiled with
 * libxkbcommon for rules evdev, model pc105, and read back per key and modifier state. AltGr is
 * its own modifier there (ISO_Level3_Shift, Mod5): on gb, de, fr, es and br it types a character on
 * 47 to 49 keys, AltGr+Shift on 46 to 49, while the key types those layouts use (FOUR_LEVEL,
 * FOUR_LEVEL_ALPHABETIC, FOUR_LEVEL_SEMIALPHABETIC, …) ignore Control and Alt. So Ctrl+Alt and
 * Ctrl+Alt+Shift type nothing on any typing key of the seven layouts, and an X11 grab of Ctrl+Alt+Q
 * does not take AltGr+Q (a Windows-style Ctrl+Alt level 3 is only a proposal, libxkbcommon#914).
 * What Ctrl+Alt does change is below, the same on all seven.
 */
export const LINUX_LAYOUTS: Readonly<Record<KeyboardLayout, LinuxLayout>> = {
  us: { source: 'symbols/us', ctrlAlt: {}, ctrlAltShift: {} },
  uk: { source: 'symbols/gb', ctrlAlt: {}, ctrlAltShift: {} },
  de: { source: 'symbols/de', ctrlAlt: {}, ctrlAltShift: {} },
  fr: { source: 'symbols/fr', ctrlAlt: {}, ctrlAltShift: {} },
  es: { source: 'symbols/es', ctrlAlt: {}, ctrlAltShift: {} },
  ja: { source: 'symbols/jp', ctrlAlt: {}, ctrlAltShift: {} },
  'pt-BR': { source: 'symbols/br', ctrlAlt: {}, ctrlAltShift: {} },
};

/**
 * Keys whose Ctrl+Alt level is an X server or console action in all seven keymaps (the
 * CTRL+ALT key type of symbols/pc and srvr_ctrl): switching to virtual terminal 1-12, and the
 * keypad's grab and video-mode actions. The desktop takes these before any app.
 */
export const LINUX_CTRL_ALT_ACTIONS: Readonly<Record<string, string>> = {
  F1: 'XF86Switch_VT_1',
  F2: 'XF86Switch_VT_2',
  F3: 'XF86Switch_VT_3',
  F4: 'XF86Switch_VT_4',
  F5: 'XF86Switch_VT_5',
  F6: 'XF86Switch_VT_6',
  F7: 'XF86Switch_VT_7',
  F8: 'XF86Switch_VT_8',
  F9: 'XF86Switch_VT_9',
  F10: 'XF86Switch_VT_10',
  F11: 'XF86Switch_VT_11',
  F12: 'XF86Switch_VT_12',
  nummult: 'XF86ClearGrab',
  numdiv: 'XF86Ungrab',
  numadd: 'XF86Next_VMode',
  numsub: 'XF86Prev_VMode',
};

interface MacLayout {
  source: string;
  /** Option (⌥): how a Mac types its extra characters, with every key on every Apple layout. */
  option: Typed;
  optionShift: Typed;
}

/** U.S.: also Brazilian and the Japanese input sources. */
const MAC_US = {
  option: typed(
    "`` 1¡ 2™ 3£ 4¢ 5∞ 6§ 7¶ 8• 9ª 0º -– =≠ Qœ W∑ E´ R® T† Y¥ U¨ Iˆ Oø Pπ [“ ]‘ \\« Aå Sß D∂ Fƒ G© H˙ J∆ K˚ L¬ ;… 'æ ZΩ X≈ Cç V√ B∫ N˜ Mµ ,≤ .≥ /÷",
  ),
  optionShift: typed(
    "`` 1⁄ 2€ 3‹ 4› 5ﬁ 6ﬂ 7‡ 8° 9· 0‚ -— =± QŒ W„ E´ R‰ Tˇ YÁ U¨ Iˆ OØ P∏ [” ]’ \\» AÅ SÍ DÎ FÏ G˝ HÓ JÔ K\uf8ff LÒ ;Ú 'Æ Z¸ X˛ CÇ V◊ Bı N˜ MÂ ,¯ .˘ /¿",
  ),
};

/**
 * macOS: Apple's keylayouts as VS Code recorded them from macOS
 * (src/vs/workbench/services/keybinding/browser/keyboardLayouts/*.darwin.ts). Keyed by what the key
 * types alone (see above), so a key that types no accelerator character alone (ß, ü, é, the French
 * number row) is absent: an accelerator naming such a character lands on the keypad or the US
 * position instead, and Option types there too. VS Code lists com.apple.keylayout.Brazilian and the
 * Japanese input sources (Kotoeri Romaji and Hiragana) as identical to U.S.; Spanish-ISO cells it
 * records as a bare space are left out. U+F8FF is the Apple logo.
 */
export const MAC_LAYOUTS: Readonly<Record<KeyboardLayout, MacLayout>> = {
  us: { source: 'com.apple.keylayout.US (en.darwin.ts)', ...MAC_US },
  uk: {
    source: 'com.apple.keylayout.British (en-uk.darwin.ts)',
    option: typed(
      "`` 1¡ 2€ 3# 4¢ 5∞ 6§ 7¶ 8• 9ª 0º -– =≠ Qœ W∑ E´ R® T† Y¥ U¨ I^ Oø Pπ [“ ]‘ \\« Aå Sß D∂ Fƒ G© H˙ J∆ K˚ L¬ ;… 'æ ZΩ X≈ Cç V√ B∫ N~ Mµ ,≤ .≥ /÷",
    ),
    optionShift: typed(
      "`Ÿ 1⁄ 2™ 3‹ 4› 5ﬁ 6ﬂ 7‡ 8° 9· 0‚ -— =± QŒ W„ E‰ RÂ TÊ YÁ UË IÈ OØ P∏ [” ]’ \\» AÅ SÍ DÎ FÏ GÌ HÓ JÔ K\uf8ff LÒ ;Ú 'Æ ZÛ XÙ CÇ V◊ Bı Nˆ M˜ ,¯ .˘ /¿",
    ),
  },
  de: {
    source: 'com.apple.keylayout.German (de.darwin.ts)',
    option: typed(
      '1¡ 2“ 3¶ 4¢ 5[ 6] 7| 8{ 9} 0≠ Q« W∑ E€ R® T† ZΩ U¨ I⁄ Oø Pπ Aå S‚ D∂ Fƒ G© Hª Jº K∆ L@ Y¥ X≈ Cç V√ B∫ N~ Mµ ,∞ .… -–',
    ),
    optionShift: typed(
      '1¬ 2” 3# 4£ 5ﬁ 6^ 7\\ 8˜ 9· 0¯ Q» W„ E‰ R¸ T˝ Zˇ UÁ IÛ OØ P∏ AÅ SÍ D™ FÏ GÌ HÓ Jı Kˆ Lﬂ Y‡ XÙ CÇ V◊ B‹ N› M˘ ,˛ .÷ -—',
    ),
  },
  fr: {
    source: 'com.apple.keylayout.French (fr.darwin.ts)',
    option: typed(
      "'‘ -— Aæ ZÂ Eê R® T† YÚ Uº Iî Oœ Pπ `@ Q‡ SÒ D∂ Fƒ Gﬁ HÌ JÏ KÈ L¬ Mµ W‹ X≈ C© V◊ Bß N~ ,∞ ;… =≠",
    ),
    optionShift: typed(
      "'’ -– AÆ ZÅ EÊ R‚ T™ YŸ Uª Iï OŒ P∏ `# QΩ S∑ D∆ F· Gﬂ HÎ JÍ KË L| MÓ W› X⁄ C¢ V√ B∫ Nı ,¿ ;• =±",
    ),
  },
  es: {
    source: 'com.apple.keylayout.Spanish-ISO (es.darwin.ts)',
    option: typed(
      "1| 2@ 3# 4¢ 5∞ 6¬ 7÷ 8“ 9” 0≠ '´ Qœ Wæ E€ R® T† Y¥ Oø Pπ `[ Aå S∫ D∂ Fƒ G\uf8ff H™ J¶ K§ ZΩ X∑ C© V√ Bß Mµ ,„ .… -–",
    ),
    optionShift: typed(
      "1ı 2˝ 3• 4£ 5‰ 7⁄ 8‘ 9’ 0≈ '¸ QŒ WÆ E€ T‡ OØ P∏ `ˆ AÅ D∆ Fﬁ Gﬂ J¯ Kˇ L˘ Z‹ X› V◊ B\uf8ff N˙ M˚ ,\uf8ff .… -—",
    ),
  },
  ja: { source: 'com.apple.inputmethod.Kotoeri.Roman and .Japanese (en.darwin.ts: as U.S.)', ...MAC_US },
  'pt-BR': { source: 'com.apple.keylayout.Brazilian (en.darwin.ts: as U.S.)', ...MAC_US },
};

/** The modifiers the OS sees, CommandOrControl, Command and Super resolved for it (meta: ⌘ or the Windows/Super key). */
export interface Chord {
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

/** On which layout a combination types, and what (null: a character the tables do not name). */
export interface TypedCharacter {
  layout: KeyboardLayout;
  character: string | null;
}

/** A key that types a character on its own: a letter, a digit, unshifted punctuation, Space. */
export function isTypingKey(key: string): boolean {
  return /^[A-Z0-9]$/.test(key) || /^[-=[\]\\;',./`]$/.test(key) || key === 'Space';
}

const NO_BREAK_SPACE = '\u00a0';

function lookup(tables: (layout: KeyboardLayout) => Typed, key: string): TypedCharacter[] {
  return KEYBOARD_LAYOUTS.flatMap((layout) => {
    const character = tables(layout)[key];
    return character === undefined ? [] : [{ layout, character }];
  });
}

/**
 * Where pressing `chord` + `key` types a character instead of reaching a shortcut, on `platform`,
 * over the seven layouts. Empty: it types nothing on any of them.
 */
export function charactersTyped(platform: string, chord: Chord, key: string): TypedCharacter[] {
  if (platform === 'win32') {
    if (chord.meta) return [];
    if (chord.control && chord.alt) {
      return lookup((layout) => WINDOWS_LAYOUTS[layout][chord.shift ? 'altGrShift' : 'altGr'], key);
    }
    if (chord.alt && !chord.control && !chord.shift && WINDOWS_ALT_CODE_KEYS.includes(key)) {
      return KEYBOARD_LAYOUTS.map((layout) => ({ layout, character: null }));
    }
    return [];
  }
  if (platform === 'darwin') {
    // ⌘ and ⌃ combinations type nothing; ⌥ and ⌥⇧ alone are how a Mac types its extra characters.
    if (!chord.alt || chord.control || chord.meta || !isTypingKey(key)) return [];
    return KEYBOARD_LAYOUTS.map((layout) => ({
      layout,
      character:
        key === 'Space'
          ? NO_BREAK_SPACE
          : (MAC_LAYOUTS[layout][chord.shift ? 'optionShift' : 'option'][key] ?? null),
    }));
  }
  if (platform === 'linux' && chord.control && chord.alt && !chord.meta) {
    return lookup((layout) => LINUX_LAYOUTS[layout][chord.shift ? 'ctrlAltShift' : 'ctrlAlt'], key);
  }
  return [];
}
